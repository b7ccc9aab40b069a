/*
 * wdfmemory.h - framework memory objects (WDFMEMORY): a buffer with a size, owned by the object
 * tree (freed with its parent), created from pool or over a buffer the driver owns, and the
 * memory objects the framework makes over a request's buffers.
 *
 *   WDFMEMORY memory;
 *   PVOID buffer;
 *   status = WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 'omeM', 64, &memory,
 * &buffer); status = WdfRequestRetrieveInputMemory(Request, &input);       // owned by the request
 *   status = WdfMemoryCopyToBuffer(input, 0, buffer, length);      // bounds checked
 */
#ifndef WPPTRACE_WDFMEMORY_H
#define WPPTRACE_WDFMEMORY_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct WDFMEMORY__* WDFMEMORY;

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

/* Describes a buffer for the framework's synchronous sends: a plain buffer, an MDL or a memory
   object (with an optional window into it). */
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

/* A zeroed buffer of BufferSize bytes from pool (tagged PoolTag, else the driver's tag), freed
   with the object; parent: Attributes->ParentObject, else the driver. Buffer is optional. */
NTSTATUS WdfMemoryCreate(PWDF_OBJECT_ATTRIBUTES Attributes, POOL_TYPE PoolType, ULONG PoolTag,
                         size_t BufferSize, WDFMEMORY* Memory, PVOID* Buffer);
/* A memory object over the driver's own buffer, which the framework never frees. */
NTSTATUS WdfMemoryCreatePreallocated(PWDF_OBJECT_ATTRIBUTES Attributes, PVOID Buffer,
                                     size_t BufferSize, WDFMEMORY* Memory);
/* Points a preallocated memory object at another buffer of the driver's (STATUS_INVALID_DEVICE_
   REQUEST for memory the framework allocated). */
NTSTATUS WdfMemoryAssignBuffer(WDFMEMORY Memory, PVOID Buffer, size_t BufferSize);
PVOID WdfMemoryGetBuffer(WDFMEMORY Memory, size_t* BufferSize);
/* SourceOffset beyond the buffer, or more bytes than it holds from there:
   STATUS_INVALID_BUFFER_SIZE. */
NTSTATUS WdfMemoryCopyToBuffer(WDFMEMORY SourceMemory, size_t SourceOffset, PVOID Buffer,
                               size_t NumBytesToCopyTo);
/* DestinationOffset beyond the buffer: STATUS_INVALID_BUFFER_SIZE; more bytes than fit from
   there: STATUS_BUFFER_TOO_SMALL. */
NTSTATUS WdfMemoryCopyFromBuffer(WDFMEMORY DestinationMemory, size_t DestinationOffset,
                                 PVOID Buffer, size_t NumBytesToCopyFrom);

/* (wdfrequest.h) Memory objects over a request's input or output buffer, owned by the request:
   they go when it completes, and deleting them is the framework's. Same failures as
   WdfRequestRetrieveInputBuffer / OutputBuffer. */
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY* Memory);
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, WDFMEMORY* Memory);
/* The MDL of a direct-I/O request (output: reads and METHOD_*_DIRECT control codes; input:
   writes); STATUS_INVALID_DEVICE_REQUEST for buffered or neither I/O. */
NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL* Mdl);
NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL* Mdl);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_WDFMEMORY_H */
