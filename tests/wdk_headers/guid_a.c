/* guid_a.c and guid_b.c both define the same GUID (initguid.h first): selectany storage, so the
 * link keeps one; guid_use.c only declares it. */
#include <ntddk.h>
#include <initguid.h>
#include "test_guids.h"
const GUID* wdkh_guid_from_a(void) {
    return &GUID_WDKH_SHARED;
}
