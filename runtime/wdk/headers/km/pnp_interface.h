/* km/pnp_interface.h - the interface header drivers exchange with IRP_MN_QUERY_INTERFACE (and
 * KMDF's WdfDeviceAddQueryInterface), and interrupt modes as resource descriptors name them. */
#ifndef WPPTRACE_KM_PNP_INTERFACE_H
#define WPPTRACE_KM_PNP_INTERFACE_H
#ifdef __cplusplus
extern "C" {
#endif
typedef void INTERFACE_REFERENCE(PVOID Context);
typedef INTERFACE_REFERENCE* PINTERFACE_REFERENCE;
typedef void INTERFACE_DEREFERENCE(PVOID Context);
typedef INTERFACE_DEREFERENCE* PINTERFACE_DEREFERENCE;
typedef struct _INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;
typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;
typedef enum _KINTERRUPT_POLARITY {
    InterruptPolarityUnknown,
    InterruptActiveHigh,
    InterruptRisingEdge = InterruptActiveHigh,
    InterruptActiveLow,
    InterruptFallingEdge = InterruptActiveLow,
    InterruptActiveBoth,
    InterruptActiveBothTriggerLow = InterruptActiveBoth,
    InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY,
    *PKINTERRUPT_POLARITY;
#ifdef __cplusplus
}
#endif
#endif
