/*
 * km/ex_pool.h - the pool routines beyond wdm.h's: zeroed and uninitialized allocations by pool
 * type, and the driver runtime's NX opt-in.
 *
 *   ExInitializeDriverRuntime(DrvRtPoolNxOptIn);             // first thing in DriverEntry
 *   PVOID p = ExAllocatePoolZero(NonPagedPoolNx, 64, 'yMyM');
 */
/* wdm.h first (outside the guard): it includes this header at its end, after its own types. */
#include <wdm.h>

#ifndef WPPTRACE_KM_EX_POOL_H
#define WPPTRACE_KM_EX_POOL_H

#ifdef __cplusplus
extern "C" {
#endif

/* Zero-filled, charged to the calling driver; NULL for a zero tag or an unknown pool type. */
PVOID ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
/* Not zero-filled (a pattern shows reliance on zeroes). */
PVOID ExAllocatePoolUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
PVOID ExAllocatePoolQuotaZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
PVOID ExAllocatePoolQuotaUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
/* The older quota form: not zeroed. The pool type may carry POOL_QUOTA_FAIL_INSTEAD_OF_RAISE;
   without it Windows raises an exception on failure, which the host reports instead. */
#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
PVOID ExAllocatePoolWithQuotaTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);

#define DrvRtPoolNxOptIn 0x00000001UL
/* Records the driver's opt-in: from then on its NonPagedPool allocations are NonPagedPoolNx
   (the host's pool is never executable, so they were already); ExDefaultNonPagedPoolType tells.
   Unknown flags are reported. */
void ExInitializeDriverRuntime(ULONG RuntimeFlags);
/* The calling driver's non-paged pool type: NonPagedPoolNx after the opt-in. */
POOL_TYPE ExQueryDefaultNonPagedPoolType(void);
#define ExDefaultNonPagedPoolType (ExQueryDefaultNonPagedPoolType())
#define ExDefaultMdlProtection (MdlMappingNoExecute)

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_EX_POOL_H */
