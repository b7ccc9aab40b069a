#include <ntddk.h>

/* After the kernel headers, before the header whose GUIDs this file defines. */
#include <initguid.h>

#include "test_guids.h"
const GUID* wdkh_guid_from_b(void) {
    return &GUID_WDKH_SHARED;
}
