/* wpprecorder.h - the WPP in-flight recorder's header name. The WppRecorder* API is declared with
 * the WPP macros (another part of wpptrace); this header gives drivers the name they include. */
#ifndef WPPTRACE_WPPRECORDER_H
#define WPPTRACE_WPPRECORDER_H
#include "wdf.h"
#endif
