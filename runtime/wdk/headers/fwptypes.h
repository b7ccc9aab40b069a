/*
 * fwptypes.h - the filter engine's shared types (the WDK's fwptypes.h), the subset the emulated
 * filter engine (runtime/wdk/wfp) implements: values and their data types, condition match types,
 * action types, directions, and the STATUS_FWP_* codes ntstatus.h gives the engine's calls.
 * Everything here has the WDK's name, layout and value; C11 and C++ drivers include it.
 */
#ifndef WPPTRACE_FWPTYPES_H
#define WPPTRACE_FWPTYPES_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Calling convention of the engine's callbacks: the default one on Linux. */
#ifndef NTAPI
#define NTAPI
#endif

/* basetsd.h's fixed-width names, which wpp/win_types.h does not have. */
typedef uint8_t UINT8;
typedef uint16_t UINT16;
typedef uint32_t UINT32;
typedef uint64_t UINT64;
typedef int8_t INT8;
typedef int16_t INT16;
typedef int32_t INT32;
typedef int64_t INT64;

/* ---- Values ---------------------------------------------------------------------------------- */
/* The data types the engine gives or accepts (their WDK numbers; the others are not emulated). */
typedef enum FWP_DATA_TYPE_ {
    FWP_EMPTY = 0,
    FWP_UINT8 = 1,
    FWP_UINT16 = 2,
    FWP_UINT32 = 3,
    FWP_UINT64 = 4,
    FWP_BYTE_ARRAY16_TYPE = 11,
    FWP_BYTE_BLOB_TYPE = 12
} FWP_DATA_TYPE;

typedef struct FWP_BYTE_ARRAY16_ {
    UINT8 byteArray16[16];
} FWP_BYTE_ARRAY16;

/* Opaque bytes a provider keeps with its objects (providerData); the engine copies them. */
typedef struct FWP_BYTE_BLOB_ {
    UINT32 size;
    UINT8* data;
} FWP_BYTE_BLOB;

/* As in the WDK, 64-bit and 16-byte values are held by pointer, so the union stays small. An
   IPv4 address is a UINT32 in host order; an IPv6 address 16 bytes in network order. */
typedef struct FWP_VALUE0_ {
    FWP_DATA_TYPE type;
    union {
        UINT8 uint8;
        UINT16 uint16;
        UINT32 uint32;
        UINT64* uint64;
        FWP_BYTE_ARRAY16* byteArray16;
    };
} FWP_VALUE0;

typedef struct FWP_CONDITION_VALUE0_ {
    FWP_DATA_TYPE type;
    union {
        UINT8 uint8;
        UINT16 uint16;
        UINT32 uint32;
        UINT64* uint64;
        FWP_BYTE_ARRAY16* byteArray16;
    };
} FWP_CONDITION_VALUE0;

/* A condition compares the incoming value (left) with the condition's value (right); byte
   arrays compare as big-endian numbers, so an IPv6 address range works as the integers do. */
typedef enum FWP_MATCH_TYPE_ {
    FWP_MATCH_EQUAL = 0,
    FWP_MATCH_GREATER = 1,
    FWP_MATCH_LESS = 2,
    FWP_MATCH_GREATER_OR_EQUAL = 3,
    FWP_MATCH_LESS_OR_EQUAL = 4,
    FWP_MATCH_NOT_EQUAL = 10
} FWP_MATCH_TYPE;

typedef enum FWP_DIRECTION_ {
    FWP_DIRECTION_OUTBOUND = 0,
    FWP_DIRECTION_INBOUND = 1,
    FWP_DIRECTION_MAX = 2
} FWP_DIRECTION;

/* ---- Actions --------------------------------------------------------------------------------- */
typedef UINT32 FWP_ACTION_TYPE;
#define FWP_ACTION_FLAG_TERMINATING (0x00001000)
#define FWP_ACTION_FLAG_NON_TERMINATING (0x00002000)
#define FWP_ACTION_FLAG_CALLOUT (0x00004000)
#define FWP_ACTION_BLOCK (0x00000001 | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_PERMIT (0x00000002 | FWP_ACTION_FLAG_TERMINATING)
/* The callout decides: PERMIT or BLOCK end the classification, CONTINUE passes it on. */
#define FWP_ACTION_CALLOUT_TERMINATING \
    (0x00000003 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_TERMINATING)
/* The callout only looks: whatever it returns, the next filter decides. */
#define FWP_ACTION_CALLOUT_INSPECTION \
    (0x00000004 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_NON_TERMINATING)
#define FWP_ACTION_CONTINUE (0x00000006 | FWP_ACTION_FLAG_NON_TERMINATING)
/* The stream layer's "no verdict on the data": the streamAction decides (fwpsk.h). */
#define FWP_ACTION_NONE (0x00000007)
#define FWP_ACTION_NONE_NO_MATCH (0x00000008)

/* ---- Condition flags (the FLAGS fields; the emulated engine sets none) ----------------------- */
#define FWP_CONDITION_FLAG_IS_LOOPBACK (0x00000001)
#define FWP_CONDITION_FLAG_IS_IPSEC_SECURED (0x00000002)
#define FWP_CONDITION_FLAG_IS_REAUTHORIZE (0x00000004)
#define FWP_CONDITION_FLAG_IS_WILDCARD_BIND (0x00000008)
#define FWP_CONDITION_FLAG_IS_RAW_ENDPOINT (0x00000010)
#define FWP_CONDITION_FLAG_IS_FRAGMENT (0x00000020)
#define FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP (0x00000040)
#define FWP_CONDITION_FLAG_IS_IPSEC_NATT_RECLASSIFY (0x00000080)
#define FWP_CONDITION_FLAG_REQUIRES_ALE_CLASSIFY (0x00000100)
#define FWP_CONDITION_FLAG_IS_IMPLICIT_BIND (0x00000200)
#define FWP_CONDITION_FLAG_IS_REASSEMBLED (0x00000400)

/* ---- What the engine's calls return (ntstatus.h) --------------------------------------------- */
#define STATUS_FWP_CALLOUT_NOT_FOUND ((NTSTATUS)0xC0220001L)
#define STATUS_FWP_CONDITION_NOT_FOUND ((NTSTATUS)0xC0220002L)
#define STATUS_FWP_FILTER_NOT_FOUND ((NTSTATUS)0xC0220003L)
#define STATUS_FWP_LAYER_NOT_FOUND ((NTSTATUS)0xC0220004L)
#define STATUS_FWP_PROVIDER_NOT_FOUND ((NTSTATUS)0xC0220005L)
#define STATUS_FWP_SUBLAYER_NOT_FOUND ((NTSTATUS)0xC0220007L)
#define STATUS_FWP_NOT_FOUND ((NTSTATUS)0xC0220008L)
#define STATUS_FWP_ALREADY_EXISTS ((NTSTATUS)0xC0220009L)
#define STATUS_FWP_IN_USE ((NTSTATUS)0xC022000AL)
#define STATUS_FWP_WRONG_SESSION ((NTSTATUS)0xC022000CL)
#define STATUS_FWP_NO_TXN_IN_PROGRESS ((NTSTATUS)0xC022000DL)
#define STATUS_FWP_TXN_IN_PROGRESS ((NTSTATUS)0xC022000EL)
#define STATUS_FWP_TXN_ABORTED ((NTSTATUS)0xC022000FL)
#define STATUS_FWP_INCOMPATIBLE_TXN ((NTSTATUS)0xC0220011L)
#define STATUS_FWP_INCOMPATIBLE_LAYER ((NTSTATUS)0xC0220014L)
#define STATUS_FWP_BUILTIN_OBJECT ((NTSTATUS)0xC0220017L)
#define STATUS_FWP_NULL_POINTER ((NTSTATUS)0xC022001CL)
#define STATUS_FWP_INVALID_FLAGS ((NTSTATUS)0xC022001EL)
#define STATUS_FWP_INVALID_ACTION_TYPE ((NTSTATUS)0xC0220024L)
#define STATUS_FWP_INVALID_WEIGHT ((NTSTATUS)0xC0220025L)
#define STATUS_FWP_TYPE_MISMATCH ((NTSTATUS)0xC0220027L)
#define STATUS_FWP_INVALID_PARAMETER ((NTSTATUS)0xC0220035L)
#define STATUS_FWP_CALLOUT_NOTIFICATION_FAILED ((NTSTATUS)0xC0220037L)
#define STATUS_FWP_TCPIP_NOT_READY ((NTSTATUS)0xC0220100L)
#define STATUS_FWP_INJECT_HANDLE_CLOSING ((NTSTATUS)0xC0220101L)
#define STATUS_FWP_INJECT_HANDLE_STALE ((NTSTATUS)0xC0220102L)
#define STATUS_FWP_CANNOT_PEND ((NTSTATUS)0xC0220103L)

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_FWPTYPES_H */
