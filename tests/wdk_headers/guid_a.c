/* guid_a.c and guid_b.c both define the same GUID (initguid.h first): selectany storage, so the
 * link keeps one; wdk_runtime_test.cpp only declares it. */
#include <ntddk.h>

/* After the kernel headers, before the header whose GUIDs this file defines. */
#include <initguid.h>

#include "test_guids.h"
const GUID* wdkh_guid_from_a(void) {
    return &GUID_WDKH_SHARED;
}
