/*
 * km/ob.h - the object manager: references to kernel objects and handles to them.
 *
 * Every object (device, file, thread, event, registry key) carries a reference count; the
 * object goes when the last reference does. IoDeleteDevice of a device someone still
 * references only marks it for deletion: it is freed at the last ObDereferenceObject.
 *
 *   PKTHREAD thread;
 *   status = ObReferenceObjectByHandle(threadHandle, THREAD_ALL_ACCESS, *PsThreadType,
 *                                      KernelMode, (PVOID*)&thread, NULL);
 *   ZwClose(threadHandle);
 *   ... KeWaitForSingleObject(thread, ...); ObDereferenceObject(thread);
 */
#ifndef WPPTRACE_KM_OB_H
#define WPPTRACE_KM_OB_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef GENERIC_READ
#define DELETE 0x00010000L
#define READ_CONTROL 0x00020000L
#define WRITE_DAC 0x00040000L
#define WRITE_OWNER 0x00080000L
#define SYNCHRONIZE 0x00100000L
#define STANDARD_RIGHTS_REQUIRED 0x000F0000L
#define STANDARD_RIGHTS_READ READ_CONTROL
#define STANDARD_RIGHTS_WRITE READ_CONTROL
#define STANDARD_RIGHTS_EXECUTE READ_CONTROL
#define STANDARD_RIGHTS_ALL 0x001F0000L
#define SPECIFIC_RIGHTS_ALL 0x0000FFFFL
#define MAXIMUM_ALLOWED 0x02000000L
/* Event-specific rights (ZwOpenEvent, ObReferenceObjectByHandle on an event handle). */
#define EVENT_QUERY_STATE 0x0001
#define EVENT_MODIFY_STATE 0x0002
#define EVENT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define GENERIC_READ 0x80000000L
#define GENERIC_WRITE 0x40000000L
#define GENERIC_EXECUTE 0x20000000L
#define GENERIC_ALL 0x10000000L
#endif

/* Object attributes (OBJECT_ATTRIBUTES.Attributes). */
#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define OBJ_VALID_ATTRIBUTES 0x00001FF2L

typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory; /* ObjectName is relative to this (registry key) handle, if any */
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES* PCOBJECT_ATTRIBUTES;

#define InitializeObjectAttributes(p, n, a, r, s) \
    do {                                          \
        (p)->Length = sizeof(OBJECT_ATTRIBUTES);  \
        (p)->RootDirectory = (r);                 \
        (p)->Attributes = (a);                    \
        (p)->ObjectName = (n);                    \
        (p)->SecurityDescriptor = (s);            \
        (p)->SecurityQualityOfService = NULL;     \
    } while (0)

/* The types ObReferenceObjectByHandle checks against (pass *PsThreadType, ...). */
typedef struct _OBJECT_TYPE* POBJECT_TYPE;
extern POBJECT_TYPE* IoFileObjectType;
extern POBJECT_TYPE* IoDeviceObjectType;
extern POBJECT_TYPE* IoDriverObjectType;
extern POBJECT_TYPE* ExEventObjectType;
extern POBJECT_TYPE* ExSemaphoreObjectType;
extern POBJECT_TYPE* PsThreadType;
extern POBJECT_TYPE* PsProcessType;
extern POBJECT_TYPE* CmKeyObjectType;

typedef struct _OBJECT_HANDLE_INFORMATION {
    ULONG HandleAttributes;
    ACCESS_MASK GrantedAccess;
} OBJECT_HANDLE_INFORMATION, *POBJECT_HANDLE_INFORMATION;

/* Both return the new count (the WDK's ObfReferenceObject / ObfDereferenceObject; the Ob names
   are its macros). */
LONG_PTR ObfReferenceObject(PVOID Object);
LONG_PTR ObfDereferenceObject(PVOID Object);
#define ObReferenceObject(Object) ObfReferenceObject(Object)
#define ObDereferenceObject(Object) ObfDereferenceObject(Object)
#define ObReferenceObjectWithTag(Object, Tag) ObfReferenceObject(Object)
#define ObDereferenceObjectWithTag(Object, Tag) ObfDereferenceObject(Object)
/* Also at DISPATCH_LEVEL on Windows: the free is deferred there; here it is always immediate. */
#define ObDereferenceObjectDeferDelete(Object) ((void)ObfDereferenceObject(Object))

/* The handle's object, referenced; STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH when
   ObjectType is given and differs, STATUS_ACCESS_DENIED (UserMode only, as on Windows). */
NTSTATUS ObReferenceObjectByHandle(HANDLE Handle, ACCESS_MASK DesiredAccess,
                                   POBJECT_TYPE ObjectType, KPROCESSOR_MODE AccessMode,
                                   PVOID* Object, POBJECT_HANDLE_INFORMATION HandleInformation);
#define ObReferenceObjectByHandleWithTag(Handle, Access, Type, Mode, Tag, Object, Info) \
    ObReferenceObjectByHandle(Handle, Access, Type, Mode, Object, Info)
/* References Object after checking its type (STATUS_OBJECT_TYPE_MISMATCH). */
NTSTATUS ObReferenceObjectByPointer(PVOID Object, ACCESS_MASK DesiredAccess,
                                    POBJECT_TYPE ObjectType, KPROCESSOR_MODE AccessMode);
/* ZwClose (km/zw.h) closes any kernel handle. */

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_OB_H */
