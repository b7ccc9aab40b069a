/*
 * wdffileobject.h - framework file objects (WDFFILEOBJECT): one per handle opened on a KMDF
 * device, created at IRP_MJ_CREATE before EvtDeviceFileCreate and deleted after EvtFileClose.
 * Its WDF_OBJECT_ATTRIBUTES (WdfDeviceInitSetFileObjectConfig) give each handle a context.
 *
 *   WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, EvtDeviceFileCreate, EvtFileClose, EvtFileCleanup);
 *   WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&fileAttributes, FILE_CONTEXT);
 *   WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, &fileAttributes);
 *
 * EvtDeviceFileCreate completes the create request (a failure status fails the open and deletes
 * the file object); EvtFileCleanup runs at IRP_MJ_CLEANUP, after the framework has cancelled the
 * handle's requests still waiting in the device's queues; EvtFileClose at IRP_MJ_CLOSE.
 */
#ifndef WPPTRACE_WDFFILEOBJECT_H
#define WPPTRACE_WDFFILEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFFILEOBJECT__* WDFFILEOBJECT;

typedef enum _WDF_FILEOBJECT_CLASS {
    WdfFileObjectInvalid = 0,
    WdfFileObjectNotRequired = 1,
    WdfFileObjectWdfCanUseFsContext = 2,
    WdfFileObjectWdfCanUseFsContext2 = 3,
    WdfFileObjectWdfCannotUseFsContexts = 4,
    WdfFileObjectCanBeOptional = (int)0x80000000
} WDF_FILEOBJECT_CLASS;

typedef void EVT_WDF_DEVICE_FILE_CREATE(WDFDEVICE Device, WDFREQUEST Request,
                                        WDFFILEOBJECT FileObject);
typedef EVT_WDF_DEVICE_FILE_CREATE* PFN_WDF_DEVICE_FILE_CREATE;
typedef void EVT_WDF_FILE_CLOSE(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLOSE* PFN_WDF_FILE_CLOSE;
typedef void EVT_WDF_FILE_CLEANUP(WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLEANUP* PFN_WDF_FILE_CLEANUP;

typedef struct _WDF_FILEOBJECT_CONFIG {
    ULONG Size;
    PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
    PFN_WDF_FILE_CLOSE EvtFileClose;
    PFN_WDF_FILE_CLEANUP EvtFileCleanup;
    WDF_TRI_STATE AutoForwardCleanupClose;
    WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;

static inline void WDF_FILEOBJECT_CONFIG_INIT(PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
                                              PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate,
                                              PFN_WDF_FILE_CLOSE EvtFileClose,
                                              PFN_WDF_FILE_CLEANUP EvtFileCleanup) {
    memset(FileEventCallbacks, 0, sizeof *FileEventCallbacks);
    FileEventCallbacks->Size = sizeof(WDF_FILEOBJECT_CONFIG);
    FileEventCallbacks->EvtDeviceFileCreate = EvtDeviceFileCreate;
    FileEventCallbacks->EvtFileClose = EvtFileClose;
    FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
    FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
    FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}

void WdfDeviceInitSetFileObjectConfig(PWDFDEVICE_INIT DeviceInit,
                                      PWDF_FILEOBJECT_CONFIG FileObjectConfig,
                                      PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);
/* The file object of the handle the request came on (NULL if none). */
WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request);
WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT FileObject);
PFILE_OBJECT WdfFileObjectWdmGetFileObject(WDFFILEOBJECT FileObject);
/* The name opened after the device's name (empty for the host's opens); NULL if none. */
PUNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT FileObject);
ULONG WdfFileObjectGetFlags(WDFFILEOBJECT FileObject);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFFILEOBJECT_H */
