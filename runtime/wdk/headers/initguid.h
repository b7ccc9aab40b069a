/* initguid.h - included before the headers whose DEFINE_GUIDs a file must define, not only
 * declare (guiddef.h explains). */
#define INITGUID
#include "guiddef.h"
