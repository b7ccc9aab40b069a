/* wpprecorder.h - the WPP in-flight recorder's header, by the lower-case name drivers also write
 * (Windows file systems ignore case): the WppRecorder API of wpptrace (wpp/recorder.h, which
 * <WppRecorder.h> names too). */
#ifndef WPPTRACE_WPPRECORDER_H
#define WPPTRACE_WPPRECORDER_H
#include <wpp/recorder.h>

#include "wdf.h"
#endif
