/*
 * wdfpdo.h - child devices of a bus driver. The driver describes each child in a WDFDEVICE_INIT
 * (device, instance, hardware and compatible IDs, descriptions) and creates its PDO with
 * WdfDeviceCreate, then adds it with WdfFdoAddStaticChild. The host keeps the children and
 * lists them in its report (it has no driver to load on them); they are removed with their
 * parent.
 */
#ifndef WPPTRACE_WDFPDO_H
#define WPPTRACE_WDFPDO_H

#ifdef __cplusplus
extern "C" {
#endif

typedef ULONG LCID;

PWDFDEVICE_INIT WdfPdoInitAllocate(WDFDEVICE ParentDevice);
NTSTATUS WdfPdoInitAssignDeviceID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceID);
NTSTATUS WdfPdoInitAssignInstanceID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING InstanceID);
NTSTATUS WdfPdoInitAddHardwareID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING HardwareID);
NTSTATUS WdfPdoInitAddCompatibleID(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING CompatibleID);
NTSTATUS WdfPdoInitAddDeviceText(PWDFDEVICE_INIT DeviceInit, PCUNICODE_STRING DeviceDescription,
                                 PCUNICODE_STRING DeviceLocation, LCID LocaleId);
void WdfPdoInitSetDefaultLocale(PWDFDEVICE_INIT DeviceInit, LCID LocaleId);
/* Adds a PDO created from a WdfPdoInitAllocate init as a child of Fdo. */
NTSTATUS WdfFdoAddStaticChild(WDFDEVICE Fdo, WDFDEVICE Child);
/* The parent of a child PDO. */
WDFDEVICE WdfPdoGetParent(WDFDEVICE Device);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFPDO_H */
