/*
 * km/mdl.h - memory descriptor lists a driver builds itself (wdm.h's Mm and Io MDL routines).
 *
 * An MDL describes a buffer by its page-aligned start (StartVa) and offset into the first page
 * (ByteOffset). The host's memory is all resident: locking pages is bookkeeping (the MDL is
 * marked locked and its buffer becomes addressable through MmGetSystemAddressForMdlSafe), and
 * what Driver Verifier checks is reported: an MDL freed while still locked, pages unlocked twice.
 *
 *   PMDL mdl = IoAllocateMdl(buffer, length, FALSE, FALSE, NULL);
 *   MmBuildMdlForNonPagedPool(mdl);            // pool: mapped already, nothing to lock
 *   ... hand the MDL down ...
 *   IoFreeMdl(mdl);
 */
#ifndef WPPTRACE_KM_MDL_H
#define WPPTRACE_KM_MDL_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef PAGE_SIZE
#define PAGE_SIZE 0x1000
#endif
#ifndef PAGE_SHIFT
#define PAGE_SHIFT 12L
#endif
#ifndef PAGE_ALIGN
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~((ULONG_PTR)PAGE_SIZE - 1)))
#endif
#ifndef BYTE_OFFSET
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#endif
#ifndef ADDRESS_AND_SIZE_TO_SPAN_PAGES
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
    ((ULONG)((((ULONG_PTR)(Va) & (PAGE_SIZE - 1)) + (Size) + (PAGE_SIZE - 1)) >> PAGE_SHIFT))
#endif

/* MDL.MdlFlags (wdm.h has MDL_MAPPED_TO_SYSTEM_VA and MDL_SOURCE_IS_NONPAGED_POOL). */
#define MDL_PAGES_LOCKED 0x0002
#define MDL_ALLOCATED_FIXED_SIZE 0x0008
#define MDL_PARTIAL 0x0010
#define MDL_IO_PAGE_READ 0x0040
#define MDL_WRITE_OPERATION 0x0080

typedef enum _LOCK_OPERATION { IoReadAccess, IoWriteAccess, IoModifyAccess } LOCK_OPERATION;

/* Describes Length bytes at VirtualAddress; with Irp, becomes Irp->MdlAddress (or is chained
   after it when SecondaryBuffer). Pages are neither locked nor mapped yet. NULL on failure. */
PMDL IoAllocateMdl(PVOID VirtualAddress, ULONG Length, BOOLEAN SecondaryBuffer, BOOLEAN ChargeQuota,
                   PIRP Irp);
void IoFreeMdl(PMDL Mdl);
/* For nonpaged pool: the buffer is mapped as it is; no lock needed (nor MmUnlockPages). */
void MmBuildMdlForNonPagedPool(PMDL MemoryDescriptorList);
/* Locks (here: marks locked and maps) the pages; each lock needs an MmUnlockPages. */
void MmProbeAndLockPages(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode,
                         LOCK_OPERATION Operation);
void MmUnlockPages(PMDL MemoryDescriptorList);
/* The bytes an MDL for Length bytes at Base takes (header and page array). */
SIZE_T MmSizeOfMdl(PVOID Base, SIZE_T Length);

static inline ULONG MmGetMdlByteOffset(PMDL Mdl) {
    return Mdl->ByteOffset;
}
#define MmInitializeMdl(MemoryDescriptorList, BaseVa, Length)                             \
    do {                                                                                  \
        (MemoryDescriptorList)->Next = (PMDL)NULL;                                        \
        (MemoryDescriptorList)->Size =                                                    \
            (CSHORT)(sizeof(MDL) +                                                        \
                     sizeof(ULONG_PTR) * ADDRESS_AND_SIZE_TO_SPAN_PAGES(BaseVa, Length)); \
        (MemoryDescriptorList)->MdlFlags = 0;                                             \
        (MemoryDescriptorList)->StartVa = PAGE_ALIGN(BaseVa);                             \
        (MemoryDescriptorList)->ByteOffset = BYTE_OFFSET(BaseVa);                         \
        (MemoryDescriptorList)->ByteCount = (ULONG)(Length);                              \
        (MemoryDescriptorList)->MappedSystemVa = NULL;                                    \
        (MemoryDescriptorList)->Process = NULL;                                           \
    } while (0)

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_MDL_H */
