/* all_headers.c - a driver written as WDK code is: every header name, SAL, MSVC syntax and
 * pragmas, a mixed-case include. Built by wpptrace_add_driver as a user's driver is; loading it
 * (wdk_headers_test) proves that everything it uses links. */
#include "all_headers.h"
#include "CaseMixed.H"

C_ASSERT(sizeof(ULONG) == 4);
C_ASSERT(sizeof(WCHAR) == sizeof(wchar_t));
C_ASSERT(CASE_MIXED_HEADER_FOUND == 1);

DEFINE_GUID(GUID_WDKH_C_INTERFACE, 0x6a5b3c21, 0x1d2e, 0x4f30, 0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6,
            0xe7, 0xf8);
__declspec(selectany) ULONG WdkhSelectAny = 7;
DECLSPEC_ALIGN(16) static UCHAR WdkhAligned[32];

DRIVER_INITIALIZE DriverEntry;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH WdkhCreateClose;
DRIVER_UNLOAD WdkhUnload;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, WdkhCreateClose)
#endif
#pragma warning(push)
#pragma warning(disable : 4201)
#pragma warning(pop)
#pragma code_seg("PAGE")
#pragma code_seg()

#define WDKH_WHILE_ONCE __pragma(warning(suppress : 4127)) while (0)

static FORCEINLINE ULONG WdkhTwice(_In_ ULONG Value) {
    return Value * 2;
}

_Use_decl_annotations_ NTSTATUS WdkhCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
    UNREFERENCED_PARAMETER(DeviceObject);
    PAGED_CODE();
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

_Use_decl_annotations_ VOID WdkhUnload(PDRIVER_OBJECT DriverObject) {
    UNREFERENCED_PARAMETER(DriverObject);
    do {
    }
    WDKH_WHILE_ONCE;
}

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_ static NTSTATUS
    WdkhUseRuntime(_Out_writes_bytes_(cbBuffer) PWCHAR Buffer, _In_ size_t cbBuffer) {
    ULONG product = 0;
    CHAR address[16];
    IN_ADDR v4;
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"RtlULongMult");
    NTSTATUS status = RtlULongMult(WdkhTwice(3), 7, &product);
    if (!NT_SUCCESS(status)) return status;
    _Analysis_assume_(product == 42);
    __analysis_assume(product == 42);
    status = RtlStringCbPrintfW(Buffer, cbBuffer, L"%ws=%lu %wZ", L"product", product, &name);
    if (!NT_SUCCESS(status)) return status;
    v4.S_un.S_addr = 0x0100007f;
    RtlIpv4AddressToStringA(&v4, address);
    ASSERT(WdkhAligned[0] == 0);
    NT_ASSERT(IsEqualGUID(&GUID_WDKH_C_INTERFACE, &GUID_WDKH_C_INTERFACE));
    KdPrint(("wdkh: %s %ws\n", address, Buffer));
    return MmGetSystemRoutineAddress(&name) ? STATUS_SUCCESS : STATUS_NOT_FOUND;
}

_Use_decl_annotations_ NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject,
                                            PUNICODE_STRING RegistryPath) {
    WCHAR buffer[64];
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = WdkhCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = WdkhCreateClose;
    DriverObject->DriverUnload = WdkhUnload;
    return WdkhSelectAny == 7 ? WdkhUseRuntime(buffer, sizeof(buffer)) : STATUS_UNSUCCESSFUL;
}
