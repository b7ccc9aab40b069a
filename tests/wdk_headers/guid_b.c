#include <ntddk.h>
#include <initguid.h>
#include "test_guids.h"
const GUID* wdkh_guid_from_b(void) {
    return &GUID_WDKH_SHARED;
}
