/* WppRecorder.h, as drivers include it: the WppRecorder API of wpptrace (wpp/recorder.h). */
#include "wpp/recorder.h"
