/*
 * wdfhardware.h - the KMDF calls that reach hardware the host does not have (wdfresource.h,
 * wdfinterrupt.h, wdfusb.h in the WDK). The host's root bus assigns no resources: resource
 * lists are empty, and creating an interrupt or a USB target fails with the documented status
 * (the host's report names the call as unsupported).
 */
#ifndef WPPTRACE_WDFHARDWARE_H
#define WPPTRACE_WDFHARDWARE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR* PCM_PARTIAL_RESOURCE_DESCRIPTOR;

/* NULL for an index at or beyond WdfCmResourceListGetCount: always, on the host's bus. */
PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);

/* ---- Interrupts (wdfinterrupt.h) ---- */
typedef PVOID WDFCONTEXT;
typedef struct WDFINTERRUPT__* WDFINTERRUPT;
typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR* PFN_WDF_INTERRUPT_ISR;
typedef void EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC* PFN_WDF_INTERRUPT_DPC;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE* PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE* PFN_WDF_INTERRUPT_DISABLE;
typedef void EVT_WDF_INTERRUPT_WORKITEM(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM* PFN_WDF_INTERRUPT_WORKITEM;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt, WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE* PFN_WDF_INTERRUPT_SYNCHRONIZE;

typedef struct _WDF_INTERRUPT_CONFIG {
    ULONG Size;
    WDFSPINLOCK SpinLock;
    WDF_TRI_STATE ShareVector;
    BOOLEAN FloatingSave;
    BOOLEAN AutomaticSerialization;
    PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
    PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
    PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
    PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
    PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
    WDFWAITLOCK WaitLock;
    BOOLEAN PassiveHandling;
    WDF_TRI_STATE ReportInactiveOnPowerDown;
    BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;

static inline void WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration,
                                             PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
                                             PFN_WDF_INTERRUPT_DPC EvtInterruptDpc) {
    memset(Configuration, 0, sizeof *Configuration);
    Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
    Configuration->ShareVector = WdfUseDefault;
    Configuration->EvtInterruptIsr = EvtInterruptIsr;
    Configuration->EvtInterruptDpc = EvtInterruptDpc;
    Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}

/* No interrupt resource exists to connect: STATUS_NOT_SUPPORTED, reported as unsupported. */
NTSTATUS WdfInterruptCreate(WDFDEVICE Device, PWDF_INTERRUPT_CONFIG Configuration,
                            PWDF_OBJECT_ATTRIBUTES Attributes, WDFINTERRUPT* Interrupt);
/* NULL (reported): no interrupt object can exist. */
WDFDEVICE WdfInterruptGetDevice(WDFINTERRUPT Interrupt);

/* ---- USB targets (wdfusb.h) ---- */
typedef struct WDFUSBDEVICE__* WDFUSBDEVICE;
typedef struct WDFUSBINTERFACE__* WDFUSBINTERFACE;
typedef struct WDFUSBPIPE__* WDFUSBPIPE;
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602
typedef struct _WDF_USB_DEVICE_CREATE_CONFIG {
    ULONG Size;
    ULONG USBDClientContractVersion;
} WDF_USB_DEVICE_CREATE_CONFIG, *PWDF_USB_DEVICE_CREATE_CONFIG;
static inline void WDF_USB_DEVICE_CREATE_CONFIG_INIT(PWDF_USB_DEVICE_CREATE_CONFIG Config,
                                                     ULONG USBDClientContractVersion) {
    memset(Config, 0, sizeof *Config);
    Config->Size = sizeof(WDF_USB_DEVICE_CREATE_CONFIG);
    Config->USBDClientContractVersion = USBDClientContractVersion;
}
/* The host's bus is no USB hub: STATUS_NOT_SUPPORTED, reported as unsupported. Without a
   WDFUSBDEVICE no interface or pipe can be reached. */
NTSTATUS WdfUsbTargetDeviceCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                                  WDFUSBDEVICE* UsbDevice);
NTSTATUS WdfUsbTargetDeviceCreateWithParameters(WDFDEVICE Device,
                                                PWDF_USB_DEVICE_CREATE_CONFIG Config,
                                                PWDF_OBJECT_ATTRIBUTES Attributes,
                                                WDFUSBDEVICE* UsbDevice);
/* Handles that cannot exist: 0 / NULL, reported. */
UCHAR WdfUsbTargetDeviceGetNumInterfaces(WDFUSBDEVICE UsbDevice);
WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(WDFUSBDEVICE UsbDevice, UCHAR InterfaceIndex);
UCHAR WdfUsbInterfaceGetNumConfiguredPipes(WDFUSBINTERFACE UsbInterface);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFHARDWARE_H */
