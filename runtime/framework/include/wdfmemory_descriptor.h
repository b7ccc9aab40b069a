/*
 * wdfmemory_descriptor.h - WDF_MEMORY_DESCRIPTOR (wdfmemory.h): a buffer handed to the
 * WdfIoTargetSend*Synchronously methods, described by a pointer and length, an MDL, or a
 * WDFMEMORY object (with an optional offset and length into it).
 *
 *   WDF_MEMORY_DESCRIPTOR input;
 *   WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(&input, &settings, sizeof settings);
 *   status = WdfIoTargetSendIoctlSynchronously(target, NULL, IOCTL_X, &input, NULL, NULL, NULL);
 */
#ifndef WPPTRACE_WDFMEMORY_DESCRIPTOR_H
#define WPPTRACE_WDFMEMORY_DESCRIPTOR_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFMEMORY__* WDFMEMORY;

typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength; /* 0: to the end of the memory object */
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct {
            PVOID Buffer;
            ULONG Length;
        } BufferType;
        struct {
            PMDL Mdl;
            ULONG BufferLength;
        } MdlType;
        struct {
            WDFMEMORY Memory;
            PWDFMEMORY_OFFSET Offsets;
        } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

static inline void WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                     PVOID Buffer, ULONG BufferLength) {
    memset(Descriptor, 0, sizeof *Descriptor);
    Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
    Descriptor->u.BufferType.Buffer = Buffer;
    Descriptor->u.BufferType.Length = BufferLength;
}
static inline void WDF_MEMORY_DESCRIPTOR_INIT_MDL(PWDF_MEMORY_DESCRIPTOR Descriptor, PMDL Mdl,
                                                  ULONG BufferLength) {
    memset(Descriptor, 0, sizeof *Descriptor);
    Descriptor->Type = WdfMemoryDescriptorTypeMdl;
    Descriptor->u.MdlType.Mdl = Mdl;
    Descriptor->u.MdlType.BufferLength = BufferLength;
}
static inline void WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                     WDFMEMORY Memory, PWDFMEMORY_OFFSET Offsets) {
    memset(Descriptor, 0, sizeof *Descriptor);
    Descriptor->Type = WdfMemoryDescriptorTypeHandle;
    Descriptor->u.HandleType.Memory = Memory;
    Descriptor->u.HandleType.Offsets = Offsets;
}

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFMEMORY_DESCRIPTOR_H */
