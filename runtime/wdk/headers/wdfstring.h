/*
 * wdfstring.h - framework string objects (WDFSTRING): a UNICODE_STRING the framework owns,
 * freed with the object. Functions that report a string into one (WdfDeviceRetrieveDeviceName,
 * ...) replace its contents.
 */
#ifndef WPPTRACE_WDFSTRING_H
#define WPPTRACE_WDFSTRING_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFSTRING__* WDFSTRING;

/* A copy of UnicodeString (NULL: empty); parent: Attributes->ParentObject, else the driver. */
NTSTATUS WdfStringCreate(PCUNICODE_STRING UnicodeString, PWDF_OBJECT_ATTRIBUTES StringAttributes,
                         WDFSTRING* String);
/* Points UnicodeString at the object's buffer (valid while the object lives). */
void WdfStringGetUnicodeString(WDFSTRING String, PUNICODE_STRING UnicodeString);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFSTRING_H */
