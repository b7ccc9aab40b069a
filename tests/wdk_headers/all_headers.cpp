// all_headers.cpp - the same header set from C++: SAL, GUIDs by reference, selectany, pragmas.
#include "all_headers.h"
#include "CaseMixed.H"

static_assert(sizeof(ULONG) == 4, "ULONG stays 32 bits under LP64");

DEFINE_GUID(GUID_WDKH_CPP_INTERFACE, 0x0f1e2d3c, 0x4b5a, 0x6978, 0x87, 0x96, 0xa5, 0xb4, 0xc3, 0xd2,
            0xe1, 0xf0);
EXTERN_C __declspec(selectany) const ULONG WdkhCppSelectAny = 9;

#pragma warning(disable : 4100)

_IRQL_requires_max_(DISPATCH_LEVEL) EXTERN_C __attribute__((visibility("default"))) BOOLEAN
    WdkhCppGuidsEqual(_In_ REFGUID Left, _In_ REFGUID Right) {
    return IsEqualGUID(Left, Right) && Left == Right && WdkhCppSelectAny == 9 &&
           !(GUID_WDKH_CPP_INTERFACE != GUID_WDKH_CPP_INTERFACE);
}
