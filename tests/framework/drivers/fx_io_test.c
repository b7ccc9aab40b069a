/*
 * fx_io_test.c - a KMDF test driver for the framework objects and queue behaviour real drivers
 * rely on: file objects with a per-handle context, WDFMEMORY over request buffers, collections,
 * a manual queue the driver stops, starts and purges, and a power-managed queue whose held,
 * cancelable request sees EvtIoStop / EvtIoResume, purges and surprise removal.
 * Registry parameters: Exclusive=1 (one handle at a time), ControlDevice=1 (a control device
 * created in DriverEntry and deleted at unload). It logs what happens (test_log.h).
 */
#include <wdf.h>

#include "fx_io_ioctl.h"
#include "test_log.h"

typedef struct _DEVICE_CONTEXT {
    WDFQUEUE Parked;
    WDFQUEUE Hold;
    WDFSPINLOCK Lock;
    WDFREQUEST Held;  /* the cancelable request the driver keeps */
    WDFREQUEST Taken; /* a parked request the driver took, not yet cancelable */
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)

typedef struct _FILE_CONTEXT {
    ULONG Requests;
    ULONG Number;
} FILE_CONTEXT, *PFILE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILE_CONTEXT, GetFileContext)

typedef struct _REQUEST_CONTEXT {
    ULONG Marker;
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, GetRequestContext)

typedef struct _ITEM_CONTEXT {
    ULONG Number;
} ITEM_CONTEXT, *PITEM_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(ITEM_CONTEXT, GetItemContext)

static ULONG g_exclusive, g_control, g_children, g_idle_ms, g_child_list, g_files;

typedef struct _CHILD_ID {
    WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Header;
    ULONG Serial;
} CHILD_ID, *PCHILD_ID;

static NTSTATUS EvtChildListCreateDevice(WDFCHILDLIST List,
                                         PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Id,
                                         PWDFDEVICE_INIT ChildInit) {
    DECLARE_CONST_UNICODE_STRING(device_id, L"FxIoBus\\Gadget");
    WCHAR instance_buffer[12] = {0};
    UNICODE_STRING instance;
    WDFDEVICE child;
    NTSTATUS status;
    ULONG serial = CONTAINING_RECORD(Id, CHILD_ID, Header)->Serial;
    (void)List;
    instance_buffer[0] = L'0' + (WCHAR)(serial % 10);
    RtlInitUnicodeString(&instance, instance_buffer);
    status = WdfPdoInitAssignDeviceID(ChildInit, &device_id);
    if (NT_SUCCESS(status)) status = WdfPdoInitAssignInstanceID(ChildInit, &instance);
    if (NT_SUCCESS(status)) status = WdfPdoInitAddHardwareID(ChildInit, &device_id);
    if (NT_SUCCESS(status)) status = WdfDeviceCreate(&ChildInit, WDF_NO_OBJECT_ATTRIBUTES, &child);
    TestLog("EvtChildListCreateDevice %lu: 0x%08lx", (unsigned long)serial,
            (unsigned long)(ULONG)status);
    return status;
}

static void EvtChildIdCleanup(WDFCHILDLIST List, PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER Id) {
    (void)List;
    TestLog("child %lu description cleanup",
            (unsigned long)CONTAINING_RECORD(Id, CHILD_ID, Header)->Serial);
}
static WDFDEVICE g_control_device;

/* ---- File objects ---- */
static void EvtDeviceFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject) {
    PFILE_CONTEXT file = GetFileContext(FileObject);
    file->Number = ++g_files;
    TestLog("file create %lu (same device %d, wdm file %d)", (unsigned long)file->Number,
            WdfFileObjectGetDevice(FileObject) == Device,
            WdfFileObjectWdmGetFileObject(FileObject) != NULL);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}
static void EvtFileCleanup(WDFFILEOBJECT FileObject) {
    TestLog("file cleanup %lu", (unsigned long)GetFileContext(FileObject)->Number);
}
static void EvtFileClose(WDFFILEOBJECT FileObject) {
    TestLog("file close %lu", (unsigned long)GetFileContext(FileObject)->Number);
}
static void EvtFileContextCleanup(WDFOBJECT FileObject) {
    TestLog("file context cleanup %lu", (unsigned long)GetFileContext(FileObject)->Number);
}

/* ---- Collections ---- */
static void EvtItemCleanup(WDFOBJECT Item) {
    TestLog("item %lu cleanup", (unsigned long)GetItemContext(Item)->Number);
}
static void EvtItemDestroy(WDFOBJECT Item) {
    TestLog("item %lu destroy", (unsigned long)GetItemContext(Item)->Number);
}

static void RunCollection(void) {
    WDFCOLLECTION collection;
    WDFOBJECT items[3];
    WDF_OBJECT_ATTRIBUTES attributes;
    ULONG i;
    if (!NT_SUCCESS(WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &collection))) return;
    for (i = 0; i < 3; i++) {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, ITEM_CONTEXT);
        attributes.EvtCleanupCallback = EvtItemCleanup;
        attributes.EvtDestroyCallback = EvtItemDestroy;
        WdfObjectCreate(&attributes, &items[i]);
        GetItemContext(items[i])->Number = i + 1;
        WdfCollectionAdd(collection, items[i]);
    }
    TestLog("collection count %lu", (unsigned long)WdfCollectionGetCount(collection));
    WdfObjectDelete(items[1]); /* cleanup now; destroy waits for the collection's reference */
    TestLog("item 2 deleted, count %lu, item 1 is %lu",
            (unsigned long)WdfCollectionGetCount(collection),
            (unsigned long)GetItemContext(WdfCollectionGetItem(collection, 1))->Number);
    WdfCollectionRemoveItem(collection, 1);
    TestLog("removed index 1, count %lu, first %lu, last %lu",
            (unsigned long)WdfCollectionGetCount(collection),
            (unsigned long)GetItemContext(WdfCollectionGetFirstItem(collection))->Number,
            (unsigned long)GetItemContext(WdfCollectionGetLastItem(collection))->Number);
    TestLog("out of range item is null %d", WdfCollectionGetItem(collection, 7) == NULL);
    WdfCollectionRemove(collection, items[0]);
    WdfObjectDelete(collection);
    TestLog("collection deleted");
    WdfObjectDelete(items[0]);
    WdfObjectDelete(items[2]);
}

/* ---- Queues ---- */
static void EvtParkedStopped(WDFQUEUE Queue, WDFCONTEXT Context) {
    (void)Queue;
    (void)Context;
    TestLog("parked queue stopped");
}
static void EvtParkedPurged(WDFQUEUE Queue, WDFCONTEXT Context) {
    (void)Queue;
    (void)Context;
    TestLog("parked queue purged");
}
static void EvtHoldPurged(WDFQUEUE Queue, WDFCONTEXT Context) {
    (void)Queue;
    (void)Context;
    TestLog("hold queue purged");
}

static void EvtHeldCancel(WDFREQUEST Request) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(WdfIoQueueGetDevice(WdfRequestGetIoQueue(Request)));
    WdfSpinLockAcquire(ctx->Lock);
    ctx->Held = NULL;
    WdfSpinLockRelease(ctx->Lock);
    TestLog("held request cancelled (is canceled %d)", WdfRequestIsCanceled(Request));
    WdfRequestComplete(Request, STATUS_CANCELLED);
}

static void EvtTakenCancel(WDFREQUEST Request) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(WdfIoQueueGetDevice(WdfRequestGetIoQueue(Request)));
    ctx->Taken = NULL;
    TestLog("taken request: EvtRequestCancel");
    WdfRequestComplete(Request, STATUS_CANCELLED);
}

static void EvtHoldIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputLength,
                                   size_t InputLength, ULONG Code) {
    PDEVICE_CONTEXT ctx = GetDeviceContext(WdfIoQueueGetDevice(Queue));
    NTSTATUS status;
    (void)OutputLength;
    (void)InputLength;
    (void)Code;
    status = WdfRequestMarkCancelableEx(Request, EvtHeldCancel);
    if (!NT_SUCCESS(status)) {
        TestLog("hold: already cancelled");
        WdfRequestComplete(Request, status);
        return;
    }
    WdfSpinLockAcquire(ctx->Lock);
    ctx->Held = Request;
    WdfSpinLockRelease(ctx->Lock);
    TestLog("held");
}

static void EvtHoldIoStop(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags) {
    (void)Queue;
    TestLog("EvtIoStop %s%s", (ActionFlags & WdfRequestStopActionPurge) ? "purge" : "suspend",
            (ActionFlags & WdfRequestStopRequestCancelable) ? " cancelable" : "");
    /* Suspend: keep it over the power-down. Purge: it stays cancelable, the purge cancels it. */
    if (ActionFlags & WdfRequestStopActionSuspend) WdfRequestStopAcknowledge(Request, FALSE);
}

static void EvtHoldIoResume(WDFQUEUE Queue, WDFREQUEST Request) {
    (void)Queue;
    (void)Request;
    TestLog("EvtIoResume");
}

static void ReleaseHeld(PDEVICE_CONTEXT ctx) {
    WDFREQUEST held;
    NTSTATUS status;
    WdfSpinLockAcquire(ctx->Lock);
    held = ctx->Held;
    ctx->Held = NULL;
    WdfSpinLockRelease(ctx->Lock);
    if (!held) {
        TestLog("release: nothing held");
        return;
    }
    status = WdfRequestUnmarkCancelable(held);
    if (status == STATUS_CANCELLED) {
        TestLog("release: cancelled meanwhile"); /* EvtHeldCancel completes it */
        return;
    }
    TestLog("release: completing held request");
    WdfRequestComplete(held, STATUS_SUCCESS);
}

static void CompleteWithUlongs(WDFREQUEST Request, const ULONG* values, ULONG count) {
    WDFMEMORY output;
    NTSTATUS status = WdfRequestRetrieveOutputMemory(Request, &output);
    if (NT_SUCCESS(status))
        status = WdfMemoryCopyFromBuffer(output, 0, (PVOID)values, count * sizeof(ULONG));
    WdfRequestCompleteWithInformation(Request, status,
                                      NT_SUCCESS(status) ? count * sizeof(ULONG) : 0);
}

static void EvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputLength,
                               size_t InputLength, ULONG Code) {
    WDFDEVICE device = WdfIoQueueGetDevice(Queue);
    PDEVICE_CONTEXT ctx = GetDeviceContext(device);
    WDFFILEOBJECT file = WdfRequestGetFileObject(Request);
    NTSTATUS status = STATUS_SUCCESS;
    (void)OutputLength;
    (void)InputLength;
    if (file) GetFileContext(file)->Requests++;
    switch (Code) {
        case IOCTL_FX_IO_ECHO_MEMORY: {
            WDFMEMORY input, output, again;
            size_t in_size = 0, out_size = 0;
            PVOID data;
            status = WdfRequestRetrieveInputMemory(Request, &input);
            if (NT_SUCCESS(status)) status = WdfRequestRetrieveOutputMemory(Request, &output);
            if (!NT_SUCCESS(status)) break;
            WdfRequestRetrieveInputMemory(Request, &again);
            data = WdfMemoryGetBuffer(input, &in_size);
            WdfMemoryGetBuffer(output, &out_size);
            TestLog("echo memory: in %lu out %lu same object %d", (unsigned long)in_size,
                    (unsigned long)out_size, again == input);
            status = WdfMemoryCopyFromBuffer(output, 0, data, in_size);
            if (NT_SUCCESS(status)) {
                WdfRequestCompleteWithInformation(Request, status, in_size);
                return;
            }
            break;
        }
        case IOCTL_FX_IO_MEMORY_BOUNDS: {
            WDFMEMORY memory;
            PVOID buffer;
            UCHAR scratch[16] = {0};
            ULONG results[4];
            WDF_OBJECT_ATTRIBUTES attributes;
            WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
            attributes.ParentObject = Request; /* goes with the request */
            status = WdfMemoryCreate(&attributes, NonPagedPoolNx, 'tsMF', sizeof scratch, &memory,
                                     &buffer);
            if (!NT_SUCCESS(status)) break;
            results[0] = (ULONG)WdfMemoryCopyFromBuffer(memory, 0, scratch, 16);
            results[1] = (ULONG)WdfMemoryCopyFromBuffer(memory, 16, scratch, 1);
            results[2] = (ULONG)WdfMemoryCopyFromBuffer(memory, 8, scratch, 9);
            results[3] = (ULONG)WdfMemoryCopyToBuffer(memory, 8, scratch, 9);
            CompleteWithUlongs(Request, results, 4);
            return;
        }
        case IOCTL_FX_IO_COLLECTION:
            RunCollection();
            break;
        case IOCTL_FX_IO_PARK:
            status = WdfRequestForwardToIoQueue(Request, ctx->Parked);
            TestLog("park: %s", NT_SUCCESS(status) ? "parked" : "refused");
            if (NT_SUCCESS(status)) return;
            break;
        case IOCTL_FX_IO_RELEASE_PARKED: {
            WDFREQUEST parked;
            status = WdfIoQueueRetrieveNextRequest(ctx->Parked, &parked);
            if (NT_SUCCESS(status)) WdfRequestComplete(parked, STATUS_SUCCESS);
            break;
        }
        case IOCTL_FX_IO_STOP_PARKED:
            WdfIoQueueStop(ctx->Parked, EvtParkedStopped, NULL);
            break;
        case IOCTL_FX_IO_START_PARKED:
            WdfIoQueueStart(ctx->Parked);
            break;
        case IOCTL_FX_IO_PURGE_PARKED:
            WdfIoQueuePurge(ctx->Parked, EvtParkedPurged, NULL);
            break;
        case IOCTL_FX_IO_PARKED_STATE: {
            ULONG values[3];
            values[0] = (ULONG)WdfIoQueueGetState(ctx->Parked, &values[1], &values[2]);
            CompleteWithUlongs(Request, values, 3);
            return;
        }
        case IOCTL_FX_IO_HOLD:
            status = WdfRequestForwardToIoQueue(Request, ctx->Hold);
            if (NT_SUCCESS(status)) return;
            break;
        case IOCTL_FX_IO_RELEASE_HELD:
            ReleaseHeld(ctx);
            break;
        case IOCTL_FX_IO_PURGE_HOLD:
            WdfIoQueuePurge(ctx->Hold, EvtHoldPurged, NULL);
            break;
        case IOCTL_FX_IO_START_HOLD:
            WdfIoQueueStart(ctx->Hold);
            break;
        case IOCTL_FX_IO_HANDLE_COUNT: {
            ULONG count = file ? GetFileContext(file)->Requests : 0;
            CompleteWithUlongs(Request, &count, 1);
            return;
        }
        case IOCTL_FX_IO_NOT_STOPPABLE:
        case IOCTL_FX_IO_STOPPABLE:
            WdfDeviceSetStaticStopRemove(device, Code == IOCTL_FX_IO_STOPPABLE);
            break;
        case IOCTL_FX_IO_TAKE_PARKED:
            status = WdfIoQueueRetrieveNextRequest(ctx->Parked, &ctx->Taken);
            if (NT_SUCCESS(status)) TestLog("taken");
            break;
        case IOCTL_FX_IO_MARK_TAKEN: {
            WDFREQUEST taken = ctx->Taken;
            UCHAR* plain = NULL;
            if (!taken) {
                status = STATUS_INVALID_DEVICE_STATE;
                break;
            }
            WdfRequestRetrieveInputBuffer(Request, 1, (PVOID*)&plain, NULL);
            TestLog("taken request canceled already %d", WdfRequestIsCanceled(taken));
            if (plain && *plain) {
                WdfRequestMarkCancelable(taken, EvtTakenCancel);
                TestLog("WdfRequestMarkCancelable returned");
            } else {
                NTSTATUS mark = WdfRequestMarkCancelableEx(taken, EvtTakenCancel);
                TestLog("WdfRequestMarkCancelableEx 0x%08lx", (unsigned long)(ULONG)mark);
                if (mark == STATUS_CANCELLED) {
                    ctx->Taken = NULL;
                    WdfRequestComplete(taken, STATUS_CANCELLED);
                }
            }
            break;
        }
        case IOCTL_FX_IO_ECHO_MDL: {
            PMDL in_mdl, out_mdl;
            PIRP irp = WdfRequestWdmGetIrp(Request);
            status = WdfRequestRetrieveInputWdmMdl(Request, &in_mdl);
            if (NT_SUCCESS(status)) status = WdfRequestRetrieveOutputWdmMdl(Request, &out_mdl);
            if (!NT_SUCCESS(status)) break;
            TestLog("mdl echo: in %lu out %lu, output is the irp's %d",
                    (unsigned long)MmGetMdlByteCount(in_mdl),
                    (unsigned long)MmGetMdlByteCount(out_mdl), out_mdl == irp->MdlAddress);
            if (MmGetMdlByteCount(out_mdl) < MmGetMdlByteCount(in_mdl)) {
                status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            RtlCopyMemory(MmGetSystemAddressForMdlSafe(out_mdl, NormalPagePriority),
                          MmGetSystemAddressForMdlSafe(in_mdl, NormalPagePriority),
                          MmGetMdlByteCount(in_mdl));
            WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, MmGetMdlByteCount(in_mdl));
            return;
        }
        case IOCTL_FX_IO_PLUG:
        case IOCTL_FX_IO_UNPLUG:
        case IOCTL_FX_IO_RESCAN: {
            WDFCHILDLIST list = WdfFdoGetDefaultChildList(device);
            ULONG* serials = NULL;
            size_t length = 0;
            CHILD_ID id;
            ULONG result = 0, i;
            status =
                WdfRequestRetrieveInputBuffer(Request, sizeof(ULONG), (PVOID*)&serials, &length);
            if (!NT_SUCCESS(status) || !list) break;
            if (Code == IOCTL_FX_IO_RESCAN) WdfChildListBeginScan(list);
            for (i = 0; i < length / sizeof(ULONG); i++) {
                WDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER_INIT(&id.Header, sizeof id);
                id.Serial = serials[i];
                if (Code == IOCTL_FX_IO_UNPLUG)
                    result = (ULONG)WdfChildListUpdateChildDescriptionAsMissing(list, &id.Header);
                else
                    result = (ULONG)WdfChildListAddOrUpdateChildDescriptionAsPresent(
                        list, &id.Header, NULL);
            }
            if (Code == IOCTL_FX_IO_RESCAN) WdfChildListEndScan(list);
            CompleteWithUlongs(Request, &result, 1);
            return;
        }
        case IOCTL_FX_IO_REQUEST_CONTEXT: {
            PREQUEST_CONTEXT request = GetRequestContext(Request);
            ULONG marker = request ? request->Marker + 7 : 0; /* zeroed, so 7 */
            CompleteWithUlongs(Request, &marker, 1);
            return;
        }
        case IOCTL_FX_IO_INTERRUPT: {
            WDF_INTERRUPT_CONFIG config;
            WDFINTERRUPT interrupt;
            ULONG result;
            WDF_INTERRUPT_CONFIG_INIT(&config, NULL, NULL);
            result =
                (ULONG)WdfInterruptCreate(device, &config, WDF_NO_OBJECT_ATTRIBUTES, &interrupt);
            CompleteWithUlongs(Request, &result, 1);
            return;
        }
        default:
            status = STATUS_INVALID_DEVICE_REQUEST;
            break;
    }
    WdfRequestComplete(Request, status);
}

static void EvtDeviceSurpriseRemoval(WDFDEVICE Device) {
    (void)Device;
    TestLog("EvtDeviceSurpriseRemoval");
}
static NTSTATUS EvtDeviceD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState) {
    (void)Device;
    TestLog("D0Exit to %d", (int)TargetState);
    return STATUS_SUCCESS;
}
static NTSTATUS EvtDeviceD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState) {
    (void)Device;
    TestLog("D0Entry from %d", (int)PreviousState);
    return STATUS_SUCCESS;
}

/* A bus driver's children: PDOs with IDs and a description, added as static children. */
static void AddChildren(WDFDEVICE device) {
    DECLARE_CONST_UNICODE_STRING(device_id, L"FxIoBus\\Widget");
    DECLARE_CONST_UNICODE_STRING(hardware_id, L"FxIoBus\\Widget");
    DECLARE_CONST_UNICODE_STRING(compatible_id, L"FxIoBus\\Any");
    DECLARE_CONST_UNICODE_STRING(text, L"Widget");
    DECLARE_CONST_UNICODE_STRING(location, L"FxIo bus");
    ULONG i;
    for (i = 0; i < g_children; i++) {
        WCHAR instance_buffer[8] = {L'0' + (WCHAR)(i + 1), 0};
        UNICODE_STRING instance;
        PWDFDEVICE_INIT init = WdfPdoInitAllocate(device);
        WDFDEVICE child;
        NTSTATUS status;
        if (!init) return;
        RtlInitUnicodeString(&instance, instance_buffer);
        status = WdfPdoInitAssignDeviceID(init, &device_id);
        if (NT_SUCCESS(status)) status = WdfPdoInitAssignInstanceID(init, &instance);
        if (NT_SUCCESS(status)) status = WdfPdoInitAddHardwareID(init, &hardware_id);
        if (NT_SUCCESS(status)) status = WdfPdoInitAddCompatibleID(init, &compatible_id);
        if (NT_SUCCESS(status)) status = WdfPdoInitAddDeviceText(init, &text, &location, 0x409);
        WdfPdoInitSetDefaultLocale(init, 0x409);
        if (NT_SUCCESS(status)) status = WdfDeviceCreate(&init, WDF_NO_OBJECT_ATTRIBUTES, &child);
        if (!NT_SUCCESS(status)) {
            WdfDeviceInitFree(init);
            TestLog("child %lu failed 0x%08lx", (unsigned long)(i + 1), (unsigned long)status);
            return;
        }
        status = WdfFdoAddStaticChild(device, child);
        TestLog("child %lu added 0x%08lx (parent ok %d)", (unsigned long)(i + 1),
                (unsigned long)status, WdfPdoGetParent(child) == device);
    }
}

static void LogPolicies(WDFDEVICE device) {
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS idle;
    WDF_DEVICE_PNP_CAPABILITIES caps;
    INTERFACE iface;
    GUID guid = {0x1234, 0x5678, 0x9abc, {1, 2, 3, 4, 5, 6, 7, 8}};
    WDF_DEVICE_PNP_CAPABILITIES_INIT(&caps);
    caps.SurpriseRemovalOK = WdfTrue;
    WdfDeviceSetPnpCapabilities(device, &caps);
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(&idle, IdleCannotWakeFromS0);
    idle.IdleTimeout = g_idle_ms;
    idle.Enabled = g_idle_ms ? WdfUseDefault : WdfFalse; /* IdleMs=N: idle after N ms */
    TestLog("S0 idle 0x%08lx, query interface 0x%08lx",
            (unsigned long)(ULONG)WdfDeviceAssignS0IdleSettings(device, &idle),
            (unsigned long)(ULONG)WdfFdoQueryForInterface(device, &guid, &iface, sizeof iface, 1,
                                                          NULL));
}

static NTSTATUS EvtDriverDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_FILEOBJECT_CONFIG file_config;
    WDF_PNPPOWER_EVENT_CALLBACKS pnp;
    WDF_IO_QUEUE_CONFIG queue_config;
    WDF_DEVICE_STATE state;
    WDFDEVICE device;
    PDEVICE_CONTEXT ctx;
    NTSTATUS status;
    (void)Driver;

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&pnp);
    pnp.EvtDeviceSurpriseRemoval = EvtDeviceSurpriseRemoval;
    pnp.EvtDeviceD0Entry = EvtDeviceD0Entry;
    pnp.EvtDeviceD0Exit = EvtDeviceD0Exit;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &pnp);
    WDF_FILEOBJECT_CONFIG_INIT(&file_config, EvtDeviceFileCreate, EvtFileClose, EvtFileCleanup);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    attributes.EvtCleanupCallback = EvtFileContextCleanup;
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &file_config, &attributes);
    if (g_exclusive) WdfDeviceInitSetExclusive(DeviceInit, TRUE);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT);
    WdfDeviceInitSetRequestAttributes(DeviceInit, &attributes);
    if (g_child_list) {
        WDF_CHILD_LIST_CONFIG child_config;
        WDF_CHILD_LIST_CONFIG_INIT(&child_config, sizeof(CHILD_ID), EvtChildListCreateDevice);
        child_config.EvtChildListIdentificationDescriptionCleanup = EvtChildIdCleanup;
        WdfFdoInitSetDefaultChildListConfig(DeviceInit, &child_config, WDF_NO_OBJECT_ATTRIBUTES);
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status)) return status;
    ctx = GetDeviceContext(device);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = device;
    status = WdfSpinLockCreate(&attributes, &ctx->Lock);
    if (!NT_SUCCESS(status)) return status;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue_config, WdfIoQueueDispatchParallel);
    queue_config.EvtIoDeviceControl = EvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    if (!NT_SUCCESS(status)) return status;

    WDF_IO_QUEUE_CONFIG_INIT(&queue_config, WdfIoQueueDispatchManual);
    queue_config.PowerManaged = WdfFalse;
    status = WdfIoQueueCreate(device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, &ctx->Parked);
    if (!NT_SUCCESS(status)) return status;

    WDF_IO_QUEUE_CONFIG_INIT(&queue_config, WdfIoQueueDispatchParallel);
    queue_config.EvtIoDeviceControl = EvtHoldIoDeviceControl;
    queue_config.EvtIoStop = EvtHoldIoStop;
    queue_config.EvtIoResume = EvtHoldIoResume;
    status = WdfIoQueueCreate(device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, &ctx->Hold);
    if (!NT_SUCCESS(status)) return status;

    TestLog("default queue found %d, wdm device maps back %d",
            WdfDeviceGetDefaultQueue(device) != NULL,
            WdfWdmDeviceGetWdfDeviceHandle(WdfDeviceWdmGetDeviceObject(device)) == device);
    AddChildren(device);
    LogPolicies(device);
    WDF_DEVICE_STATE_INIT(&state);
    state.NotDisableable = WdfFalse;
    WdfDeviceSetDeviceState(device, &state);
    WDF_DEVICE_STATE_INIT(&state);
    WdfDeviceGetDeviceState(device, &state);
    TestLog("EvtDriverDeviceAdd (not disableable %d, failed %d)", (int)state.NotDisableable,
            (int)state.Failed);
    return STATUS_SUCCESS;
}

static void EvtDriverUnload(WDFDRIVER Driver) {
    (void)Driver;
    if (g_control_device) WdfObjectDelete(g_control_device);
    g_control_device = NULL;
    TestLog("EvtDriverUnload");
}

static void EvtControlShutdown(WDFDEVICE Device) {
    (void)Device;
    TestLog("control device shutdown notification");
}

static void CreateControlDevice(WDFDRIVER driver) {
    DECLARE_CONST_UNICODE_STRING(sddl, L"D:P(A;;GA;;;SY)(A;;GA;;;BA)");
    DECLARE_CONST_UNICODE_STRING(name, L"\\Device\\FxIoControl");
    DECLARE_CONST_UNICODE_STRING(link, L"\\DosDevices\\FxIoControl");
    WDF_IO_QUEUE_CONFIG queue_config;
    PWDFDEVICE_INIT init = WdfControlDeviceInitAllocate(driver, &sddl);
    WDFSTRING text;
    UNICODE_STRING view;
    NTSTATUS status;
    if (!init) return;
    WdfControlDeviceInitSetShutdownNotification(init, EvtControlShutdown, WdfDeviceShutdown);
    status = WdfDeviceInitAssignName(init, &name);
    if (NT_SUCCESS(status))
        status = WdfDeviceCreate(&init, WDF_NO_OBJECT_ATTRIBUTES, &g_control_device);
    if (!NT_SUCCESS(status)) {
        WdfDeviceInitFree(init);
        TestLog("control device failed 0x%08lx", (unsigned long)status);
        return;
    }
    status = WdfDeviceCreateSymbolicLink(g_control_device, &link);
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queue_config, WdfIoQueueDispatchSequential);
    queue_config.EvtIoDeviceControl = EvtIoDeviceControl;
    WdfIoQueueCreate(g_control_device, &queue_config, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
    WdfControlFinishInitializing(g_control_device);
    WdfStringCreate(&link, WDF_NO_OBJECT_ATTRIBUTES, &text);
    WdfStringGetUnicodeString(text, &view);
    TestLog("control device created (link 0x%08lx, %lu characters)", (unsigned long)status,
            (unsigned long)(view.Length / sizeof(WCHAR)));
    WdfObjectDelete(text);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    WDFKEY key;
    NTSTATUS status;
    DECLARE_CONST_UNICODE_STRING(exclusive, L"Exclusive");
    DECLARE_CONST_UNICODE_STRING(control, L"ControlDevice");
    DECLARE_CONST_UNICODE_STRING(children, L"Children");
    DECLARE_CONST_UNICODE_STRING(idle_ms, L"IdleMs");
    DECLARE_CONST_UNICODE_STRING(child_list, L"ChildList");
    WDF_DRIVER_CONFIG_INIT(&config, EvtDriverDeviceAdd);
    config.EvtDriverUnload = EvtDriverUnload;
    status =
        WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, &driver);
    if (!NT_SUCCESS(status)) return status;
    if (NT_SUCCESS(
            WdfDriverOpenParametersRegistryKey(driver, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key))) {
        if (!NT_SUCCESS(WdfRegistryQueryULong(key, &exclusive, &g_exclusive))) g_exclusive = 0;
        if (!NT_SUCCESS(WdfRegistryQueryULong(key, &control, &g_control))) g_control = 0;
        if (!NT_SUCCESS(WdfRegistryQueryULong(key, &children, &g_children))) g_children = 0;
        if (!NT_SUCCESS(WdfRegistryQueryULong(key, &idle_ms, &g_idle_ms))) g_idle_ms = 0;
        if (!NT_SUCCESS(WdfRegistryQueryULong(key, &child_list, &g_child_list))) g_child_list = 0;
        WdfRegistryClose(key);
    }
    if (g_control) CreateControlDevice(driver);
    TestLog("DriverEntry");
    return STATUS_SUCCESS;
}
