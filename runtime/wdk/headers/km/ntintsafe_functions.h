/*
 * km/ntintsafe_functions.h - written by scripts/gen-ntintsafe (edit that, not this).
 *
 * ntintsafe.h's functions: each computes in infinite precision (__builtin_*_overflow) and,
 * when the result does not fit its type, stores the type's error value (all bits set for an
 * unsigned type, -1 for a signed one) and returns STATUS_INTEGER_OVERFLOW, as documented.
 */
#ifndef WPPTRACE_KM_NTINTSAFE_FUNCTIONS_H
#define WPPTRACE_KM_NTINTSAFE_FUNCTIONS_H

#define WPPTRACE_NTINTSAFE_RESULT_(overflowed, Result, T, Error) \
    ((overflowed) ? (*(Result) = (T)(Error), STATUS_INTEGER_OVERFLOW) : STATUS_SUCCESS)

/* ---- INT8 ---- */
static inline NTSTATUS RtlInt8Add(INT8 Augend, INT8 Addend, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT8,
                                      -1);
}
static inline NTSTATUS RtlInt8Sub(INT8 Minuend, INT8 Subtrahend, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      INT8, -1);
}
static inline NTSTATUS RtlInt8Mult(INT8 Multiplicand, INT8 Multiplier, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, INT8, -1);
}
static inline NTSTATUS RtlInt8ToUInt8(INT8 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlInt8ToByte(INT8 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlInt8ToUChar(INT8 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlInt8ToChar(INT8 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlInt8ToShort(INT8 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlInt8ToInt16(INT8 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlInt8ToUShort(INT8 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlInt8ToUInt16(INT8 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlInt8ToWord(INT8 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlInt8ToInt(INT8 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlInt8ToInt32(INT8 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlInt8ToUInt(INT8 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt8ToUInt32(INT8 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt8ToLong(INT8 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlInt8ToULong(INT8 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt8ToDWord(INT8 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt8ToLongLong(INT8 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlInt8ToInt64(INT8 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlInt8ToULongLong(INT8 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToUInt64(INT8 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToDWord64(INT8 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToULong64(INT8 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToIntPtr(INT8 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt8ToUIntPtr(INT8 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToLongPtr(INT8 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt8ToULongPtr(INT8 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToDWordPtr(INT8 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToSizeT(INT8 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToSIZET(INT8 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt8ToSSIZET(INT8 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlInt8ToPtrdiffT(INT8 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UINT8 ---- */
static inline NTSTATUS RtlUInt8Add(UINT8 Augend, UINT8 Addend, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUInt8Sub(UINT8 Minuend, UINT8 Subtrahend, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UINT8, 0xff);
}
static inline NTSTATUS RtlUInt8Mult(UINT8 Multiplicand, UINT8 Multiplier, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UINT8, 0xff);
}
static inline NTSTATUS RtlUInt8ToInt8(UINT8 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUInt8ToByte(UINT8 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUInt8ToUChar(UINT8 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUInt8ToChar(UINT8 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUInt8ToShort(UINT8 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToInt16(UINT8 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToUShort(UINT8 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUInt8ToUInt16(UINT8 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUInt8ToWord(UINT8 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUInt8ToInt(UINT8 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUInt8ToInt32(UINT8 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToUInt(UINT8 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt8ToUInt32(UINT8 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt8ToLong(UINT8 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUInt8ToULong(UINT8 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt8ToDWord(UINT8 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt8ToLongLong(UINT8 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToInt64(UINT8 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToULongLong(UINT8 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToUInt64(UINT8 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToDWord64(UINT8 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToULong64(UINT8 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToIntPtr(UINT8 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToUIntPtr(UINT8 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToLongPtr(UINT8 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToULongPtr(UINT8 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToDWordPtr(UINT8 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToSizeT(UINT8 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToSIZET(UINT8 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt8ToSSIZET(UINT8 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUInt8ToPtrdiffT(UINT8 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- BYTE ---- */
static inline NTSTATUS RtlByteAdd(BYTE Augend, BYTE Addend, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlByteSub(BYTE Minuend, BYTE Subtrahend, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      BYTE, 0xff);
}
static inline NTSTATUS RtlByteMult(BYTE Multiplicand, BYTE Multiplier, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, BYTE, 0xff);
}
static inline NTSTATUS RtlByteToInt8(BYTE Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlByteToUInt8(BYTE Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlByteToUChar(BYTE Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlByteToChar(BYTE Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlByteToShort(BYTE Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlByteToInt16(BYTE Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlByteToUShort(BYTE Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlByteToUInt16(BYTE Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlByteToWord(BYTE Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlByteToInt(BYTE Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlByteToInt32(BYTE Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlByteToUInt(BYTE Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlByteToUInt32(BYTE Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlByteToLong(BYTE Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlByteToULong(BYTE Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlByteToDWord(BYTE Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlByteToLongLong(BYTE Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlByteToInt64(BYTE Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlByteToULongLong(BYTE Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToUInt64(BYTE Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToDWord64(BYTE Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToULong64(BYTE Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToIntPtr(BYTE Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlByteToUIntPtr(BYTE Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToLongPtr(BYTE Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlByteToULongPtr(BYTE Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToDWordPtr(BYTE Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToSizeT(BYTE Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToSIZET(BYTE Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlByteToSSIZET(BYTE Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlByteToPtrdiffT(BYTE Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UCHAR ---- */
static inline NTSTATUS RtlUCharAdd(UCHAR Augend, UCHAR Addend, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUCharSub(UCHAR Minuend, UCHAR Subtrahend, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UCHAR, 0xff);
}
static inline NTSTATUS RtlUCharMult(UCHAR Multiplicand, UCHAR Multiplier, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UCHAR, 0xff);
}
static inline NTSTATUS RtlUCharToInt8(UCHAR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUCharToUInt8(UCHAR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUCharToByte(UCHAR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUCharToChar(UCHAR Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUCharToShort(UCHAR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUCharToInt16(UCHAR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUCharToUShort(UCHAR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUCharToUInt16(UCHAR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUCharToWord(UCHAR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUCharToInt(UCHAR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUCharToInt32(UCHAR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUCharToUInt(UCHAR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUCharToUInt32(UCHAR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUCharToLong(UCHAR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUCharToULong(UCHAR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUCharToDWord(UCHAR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUCharToLongLong(UCHAR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUCharToInt64(UCHAR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUCharToULongLong(UCHAR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToUInt64(UCHAR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToDWord64(UCHAR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToULong64(UCHAR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToIntPtr(UCHAR Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUCharToUIntPtr(UCHAR Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToLongPtr(UCHAR Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUCharToULongPtr(UCHAR Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToDWordPtr(UCHAR Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToSizeT(UCHAR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToSIZET(UCHAR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUCharToSSIZET(UCHAR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUCharToPtrdiffT(UCHAR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- CHAR ---- */
static inline NTSTATUS RtlCharAdd(CHAR Augend, CHAR Addend, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, CHAR,
                                      -1);
}
static inline NTSTATUS RtlCharSub(CHAR Minuend, CHAR Subtrahend, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      CHAR, -1);
}
static inline NTSTATUS RtlCharMult(CHAR Multiplicand, CHAR Multiplier, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, CHAR, -1);
}
static inline NTSTATUS RtlCharToInt8(CHAR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlCharToUInt8(CHAR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlCharToByte(CHAR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlCharToUChar(CHAR Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlCharToShort(CHAR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlCharToInt16(CHAR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlCharToUShort(CHAR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlCharToUInt16(CHAR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlCharToWord(CHAR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlCharToInt(CHAR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlCharToInt32(CHAR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlCharToUInt(CHAR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlCharToUInt32(CHAR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlCharToLong(CHAR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlCharToULong(CHAR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlCharToDWord(CHAR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlCharToLongLong(CHAR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlCharToInt64(CHAR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlCharToULongLong(CHAR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToUInt64(CHAR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToDWord64(CHAR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToULong64(CHAR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToIntPtr(CHAR Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlCharToUIntPtr(CHAR Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToLongPtr(CHAR Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlCharToULongPtr(CHAR Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToDWordPtr(CHAR Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToSizeT(CHAR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToSIZET(CHAR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlCharToSSIZET(CHAR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlCharToPtrdiffT(CHAR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- SHORT ---- */
static inline NTSTATUS RtlShortAdd(SHORT Augend, SHORT Addend, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlShortSub(SHORT Minuend, SHORT Subtrahend, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      SHORT, -1);
}
static inline NTSTATUS RtlShortMult(SHORT Multiplicand, SHORT Multiplier, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, SHORT, -1);
}
static inline NTSTATUS RtlShortToInt8(SHORT Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlShortToUInt8(SHORT Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlShortToByte(SHORT Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlShortToUChar(SHORT Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlShortToChar(SHORT Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlShortToInt16(SHORT Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlShortToUShort(SHORT Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlShortToUInt16(SHORT Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlShortToWord(SHORT Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlShortToInt(SHORT Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlShortToInt32(SHORT Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlShortToUInt(SHORT Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlShortToUInt32(SHORT Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlShortToLong(SHORT Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlShortToULong(SHORT Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlShortToDWord(SHORT Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlShortToLongLong(SHORT Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlShortToInt64(SHORT Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlShortToULongLong(SHORT Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToUInt64(SHORT Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToDWord64(SHORT Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToULong64(SHORT Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToIntPtr(SHORT Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlShortToUIntPtr(SHORT Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToLongPtr(SHORT Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlShortToULongPtr(SHORT Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToDWordPtr(SHORT Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToSizeT(SHORT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToSIZET(SHORT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlShortToSSIZET(SHORT Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlShortToPtrdiffT(SHORT Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- INT16 ---- */
static inline NTSTATUS RtlInt16Add(INT16 Augend, INT16 Addend, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlInt16Sub(INT16 Minuend, INT16 Subtrahend, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      INT16, -1);
}
static inline NTSTATUS RtlInt16Mult(INT16 Multiplicand, INT16 Multiplier, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, INT16, -1);
}
static inline NTSTATUS RtlInt16ToInt8(INT16 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlInt16ToUInt8(INT16 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlInt16ToByte(INT16 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlInt16ToUChar(INT16 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlInt16ToChar(INT16 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlInt16ToShort(INT16 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlInt16ToUShort(INT16 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlInt16ToUInt16(INT16 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlInt16ToWord(INT16 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlInt16ToInt(INT16 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlInt16ToInt32(INT16 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlInt16ToUInt(INT16 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt16ToUInt32(INT16 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt16ToLong(INT16 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlInt16ToULong(INT16 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt16ToDWord(INT16 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt16ToLongLong(INT16 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlInt16ToInt64(INT16 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlInt16ToULongLong(INT16 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToUInt64(INT16 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToDWord64(INT16 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToULong64(INT16 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToIntPtr(INT16 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt16ToUIntPtr(INT16 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToLongPtr(INT16 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt16ToULongPtr(INT16 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToDWordPtr(INT16 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToSizeT(INT16 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToSIZET(INT16 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt16ToSSIZET(INT16 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlInt16ToPtrdiffT(INT16 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- USHORT ---- */
static inline NTSTATUS RtlUShortAdd(USHORT Augend, USHORT Addend, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      USHORT, 0xffff);
}
static inline NTSTATUS RtlUShortSub(USHORT Minuend, USHORT Subtrahend, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      USHORT, 0xffff);
}
static inline NTSTATUS RtlUShortMult(USHORT Multiplicand, USHORT Multiplier, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, USHORT, 0xffff);
}
static inline NTSTATUS RtlUShortToInt8(USHORT Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUShortToUInt8(USHORT Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUShortToByte(USHORT Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUShortToUChar(USHORT Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUShortToChar(USHORT Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUShortToShort(USHORT Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUShortToInt16(USHORT Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUShortToUInt16(USHORT Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUShortToWord(USHORT Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUShortToInt(USHORT Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUShortToInt32(USHORT Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUShortToUInt(USHORT Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUShortToUInt32(USHORT Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUShortToLong(USHORT Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUShortToULong(USHORT Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUShortToDWord(USHORT Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUShortToLongLong(USHORT Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUShortToInt64(USHORT Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUShortToULongLong(USHORT Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToUInt64(USHORT Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToDWord64(USHORT Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToULong64(USHORT Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToIntPtr(USHORT Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUShortToUIntPtr(USHORT Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToLongPtr(USHORT Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUShortToULongPtr(USHORT Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToDWordPtr(USHORT Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToSizeT(USHORT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToSIZET(USHORT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUShortToSSIZET(USHORT Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUShortToPtrdiffT(USHORT Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UINT16 ---- */
static inline NTSTATUS RtlUInt16Add(UINT16 Augend, UINT16 Addend, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      UINT16, 0xffff);
}
static inline NTSTATUS RtlUInt16Sub(UINT16 Minuend, UINT16 Subtrahend, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UINT16, 0xffff);
}
static inline NTSTATUS RtlUInt16Mult(UINT16 Multiplicand, UINT16 Multiplier, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UINT16, 0xffff);
}
static inline NTSTATUS RtlUInt16ToInt8(UINT16 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUInt16ToUInt8(UINT16 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUInt16ToByte(UINT16 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUInt16ToUChar(UINT16 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUInt16ToChar(UINT16 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUInt16ToShort(UINT16 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToInt16(UINT16 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToUShort(UINT16 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUInt16ToWord(UINT16 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUInt16ToInt(UINT16 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUInt16ToInt32(UINT16 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToUInt(UINT16 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt16ToUInt32(UINT16 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt16ToLong(UINT16 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUInt16ToULong(UINT16 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt16ToDWord(UINT16 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt16ToLongLong(UINT16 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToInt64(UINT16 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToULongLong(UINT16 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToUInt64(UINT16 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToDWord64(UINT16 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToULong64(UINT16 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToIntPtr(UINT16 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToUIntPtr(UINT16 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToLongPtr(UINT16 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToULongPtr(UINT16 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToDWordPtr(UINT16 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToSizeT(UINT16 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToSIZET(UINT16 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt16ToSSIZET(UINT16 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUInt16ToPtrdiffT(UINT16 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- WORD ---- */
static inline NTSTATUS RtlWordAdd(WORD Augend, WORD Addend, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlWordSub(WORD Minuend, WORD Subtrahend, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      WORD, 0xffff);
}
static inline NTSTATUS RtlWordMult(WORD Multiplicand, WORD Multiplier, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, WORD, 0xffff);
}
static inline NTSTATUS RtlWordToInt8(WORD Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlWordToUInt8(WORD Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlWordToByte(WORD Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlWordToUChar(WORD Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlWordToChar(WORD Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlWordToShort(WORD Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlWordToInt16(WORD Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlWordToUShort(WORD Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlWordToUInt16(WORD Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlWordToInt(WORD Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlWordToInt32(WORD Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlWordToUInt(WORD Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlWordToUInt32(WORD Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlWordToLong(WORD Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlWordToULong(WORD Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlWordToDWord(WORD Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlWordToLongLong(WORD Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlWordToInt64(WORD Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlWordToULongLong(WORD Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToUInt64(WORD Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToDWord64(WORD Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToULong64(WORD Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToIntPtr(WORD Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlWordToUIntPtr(WORD Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToLongPtr(WORD Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlWordToULongPtr(WORD Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToDWordPtr(WORD Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToSizeT(WORD Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToSIZET(WORD Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlWordToSSIZET(WORD Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlWordToPtrdiffT(WORD Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- INT ---- */
static inline NTSTATUS RtlIntAdd(INT Augend, INT Addend, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT,
                                      -1);
}
static inline NTSTATUS RtlIntSub(INT Minuend, INT Subtrahend, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      INT, -1);
}
static inline NTSTATUS RtlIntMult(INT Multiplicand, INT Multiplier, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, INT, -1);
}
static inline NTSTATUS RtlIntToInt8(INT Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlIntToUInt8(INT Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlIntToByte(INT Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlIntToUChar(INT Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlIntToChar(INT Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlIntToShort(INT Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlIntToInt16(INT Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlIntToUShort(INT Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlIntToUInt16(INT Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlIntToWord(INT Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlIntToInt32(INT Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlIntToUInt(INT Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntToUInt32(INT Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntToLong(INT Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlIntToULong(INT Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntToDWord(INT Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntToLongLong(INT Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlIntToInt64(INT Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlIntToULongLong(INT Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToUInt64(INT Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToDWord64(INT Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToULong64(INT Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToIntPtr(INT Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlIntToUIntPtr(INT Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToLongPtr(INT Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlIntToULongPtr(INT Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToDWordPtr(INT Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToSizeT(INT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToSIZET(INT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntToSSIZET(INT Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlIntToPtrdiffT(INT Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- INT32 ---- */
static inline NTSTATUS RtlInt32Add(INT32 Augend, INT32 Addend, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlInt32Sub(INT32 Minuend, INT32 Subtrahend, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      INT32, -1);
}
static inline NTSTATUS RtlInt32Mult(INT32 Multiplicand, INT32 Multiplier, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, INT32, -1);
}
static inline NTSTATUS RtlInt32ToInt8(INT32 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlInt32ToUInt8(INT32 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlInt32ToByte(INT32 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlInt32ToUChar(INT32 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlInt32ToChar(INT32 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlInt32ToShort(INT32 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlInt32ToInt16(INT32 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlInt32ToUShort(INT32 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlInt32ToUInt16(INT32 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlInt32ToWord(INT32 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlInt32ToInt(INT32 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlInt32ToUInt(INT32 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt32ToUInt32(INT32 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt32ToLong(INT32 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlInt32ToULong(INT32 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt32ToDWord(INT32 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt32ToLongLong(INT32 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlInt32ToInt64(INT32 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlInt32ToULongLong(INT32 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToUInt64(INT32 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToDWord64(INT32 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToULong64(INT32 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToIntPtr(INT32 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt32ToUIntPtr(INT32 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToLongPtr(INT32 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt32ToULongPtr(INT32 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToDWordPtr(INT32 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToSizeT(INT32 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToSIZET(INT32 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt32ToSSIZET(INT32 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlInt32ToPtrdiffT(INT32 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UINT ---- */
static inline NTSTATUS RtlUIntAdd(UINT Augend, UINT Addend, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntSub(UINT Minuend, UINT Subtrahend, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UINT, 0xffffffffu);
}
static inline NTSTATUS RtlUIntMult(UINT Multiplicand, UINT Multiplier, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UINT, 0xffffffffu);
}
static inline NTSTATUS RtlUIntToInt8(UINT Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUIntToUInt8(UINT Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUIntToByte(UINT Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUIntToUChar(UINT Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUIntToChar(UINT Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUIntToShort(UINT Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUIntToInt16(UINT Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUIntToUShort(UINT Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUIntToUInt16(UINT Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUIntToWord(UINT Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUIntToInt(UINT Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUIntToInt32(UINT Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUIntToUInt32(UINT Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntToLong(UINT Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUIntToULong(UINT Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntToDWord(UINT Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntToLongLong(UINT Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUIntToInt64(UINT Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUIntToULongLong(UINT Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToUInt64(UINT Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToDWord64(UINT Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToULong64(UINT Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToIntPtr(UINT Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUIntToUIntPtr(UINT Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToLongPtr(UINT Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUIntToULongPtr(UINT Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToDWordPtr(UINT Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToSizeT(UINT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToSIZET(UINT Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntToSSIZET(UINT Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUIntToPtrdiffT(UINT Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UINT32 ---- */
static inline NTSTATUS RtlUInt32Add(UINT32 Augend, UINT32 Addend, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      UINT32, 0xffffffffu);
}
static inline NTSTATUS RtlUInt32Sub(UINT32 Minuend, UINT32 Subtrahend, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UINT32, 0xffffffffu);
}
static inline NTSTATUS RtlUInt32Mult(UINT32 Multiplicand, UINT32 Multiplier, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UINT32, 0xffffffffu);
}
static inline NTSTATUS RtlUInt32ToInt8(UINT32 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUInt32ToUInt8(UINT32 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUInt32ToByte(UINT32 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUInt32ToUChar(UINT32 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUInt32ToChar(UINT32 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUInt32ToShort(UINT32 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToInt16(UINT32 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToUShort(UINT32 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUInt32ToUInt16(UINT32 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUInt32ToWord(UINT32 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUInt32ToInt(UINT32 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUInt32ToInt32(UINT32 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToUInt(UINT32 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt32ToLong(UINT32 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUInt32ToULong(UINT32 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt32ToDWord(UINT32 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt32ToLongLong(UINT32 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToInt64(UINT32 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToULongLong(UINT32 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToUInt64(UINT32 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToDWord64(UINT32 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToULong64(UINT32 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToIntPtr(UINT32 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToUIntPtr(UINT32 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToLongPtr(UINT32 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToULongPtr(UINT32 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToDWordPtr(UINT32 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToSizeT(UINT32 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToSIZET(UINT32 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt32ToSSIZET(UINT32 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUInt32ToPtrdiffT(UINT32 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- LONG ---- */
static inline NTSTATUS RtlLongAdd(LONG Augend, LONG Addend, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, LONG,
                                      -1);
}
static inline NTSTATUS RtlLongSub(LONG Minuend, LONG Subtrahend, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      LONG, -1);
}
static inline NTSTATUS RtlLongMult(LONG Multiplicand, LONG Multiplier, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, LONG, -1);
}
static inline NTSTATUS RtlLongToInt8(LONG Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlLongToUInt8(LONG Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlLongToByte(LONG Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlLongToUChar(LONG Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlLongToChar(LONG Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlLongToShort(LONG Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlLongToInt16(LONG Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlLongToUShort(LONG Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlLongToUInt16(LONG Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlLongToWord(LONG Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlLongToInt(LONG Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlLongToInt32(LONG Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlLongToUInt(LONG Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongToUInt32(LONG Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongToULong(LONG Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongToDWord(LONG Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongToLongLong(LONG Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlLongToInt64(LONG Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlLongToULongLong(LONG Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToUInt64(LONG Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToDWord64(LONG Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToULong64(LONG Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToIntPtr(LONG Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlLongToUIntPtr(LONG Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToLongPtr(LONG Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlLongToULongPtr(LONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToDWordPtr(LONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToSizeT(LONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToSIZET(LONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongToSSIZET(LONG Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlLongToPtrdiffT(LONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- ULONG ---- */
static inline NTSTATUS RtlULongAdd(ULONG Augend, ULONG Addend, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongSub(ULONG Minuend, ULONG Subtrahend, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      ULONG, 0xffffffffu);
}
static inline NTSTATUS RtlULongMult(ULONG Multiplicand, ULONG Multiplier, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, ULONG, 0xffffffffu);
}
static inline NTSTATUS RtlULongToInt8(ULONG Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlULongToUInt8(ULONG Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlULongToByte(ULONG Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlULongToUChar(ULONG Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlULongToChar(ULONG Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlULongToShort(ULONG Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlULongToInt16(ULONG Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlULongToUShort(ULONG Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlULongToUInt16(ULONG Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlULongToWord(ULONG Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlULongToInt(ULONG Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlULongToInt32(ULONG Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlULongToUInt(ULONG Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongToUInt32(ULONG Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongToLong(ULONG Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlULongToDWord(ULONG Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongToLongLong(ULONG Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlULongToInt64(ULONG Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlULongToULongLong(ULONG Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToUInt64(ULONG Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToDWord64(ULONG Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToULong64(ULONG Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToIntPtr(ULONG Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlULongToUIntPtr(ULONG Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToLongPtr(ULONG Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlULongToULongPtr(ULONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToDWordPtr(ULONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToSizeT(ULONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToSIZET(ULONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongToSSIZET(ULONG Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlULongToPtrdiffT(ULONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- DWORD ---- */
static inline NTSTATUS RtlDWordAdd(DWORD Augend, DWORD Addend, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordSub(DWORD Minuend, DWORD Subtrahend, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      DWORD, 0xffffffffu);
}
static inline NTSTATUS RtlDWordMult(DWORD Multiplicand, DWORD Multiplier, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, DWORD, 0xffffffffu);
}
static inline NTSTATUS RtlDWordToInt8(DWORD Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlDWordToUInt8(DWORD Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlDWordToByte(DWORD Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlDWordToUChar(DWORD Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlDWordToChar(DWORD Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlDWordToShort(DWORD Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlDWordToInt16(DWORD Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlDWordToUShort(DWORD Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlDWordToUInt16(DWORD Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlDWordToWord(DWORD Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlDWordToInt(DWORD Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlDWordToInt32(DWORD Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlDWordToUInt(DWORD Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordToUInt32(DWORD Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordToLong(DWORD Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlDWordToULong(DWORD Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordToLongLong(DWORD Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlDWordToInt64(DWORD Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlDWordToULongLong(DWORD Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToUInt64(DWORD Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToDWord64(DWORD Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToULong64(DWORD Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToIntPtr(DWORD Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlDWordToUIntPtr(DWORD Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToLongPtr(DWORD Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlDWordToULongPtr(DWORD Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToDWordPtr(DWORD Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToSizeT(DWORD Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToSIZET(DWORD Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordToSSIZET(DWORD Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlDWordToPtrdiffT(DWORD Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- LONGLONG ---- */
static inline NTSTATUS RtlLongLongAdd(LONGLONG Augend, LONGLONG Addend, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      LONGLONG, -1);
}
static inline NTSTATUS RtlLongLongSub(LONGLONG Minuend, LONGLONG Subtrahend, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      LONGLONG, -1);
}
static inline NTSTATUS RtlLongLongMult(LONGLONG Multiplicand, LONGLONG Multiplier,
                                       LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, LONGLONG, -1);
}
static inline NTSTATUS RtlLongLongToInt8(LONGLONG Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlLongLongToUInt8(LONGLONG Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlLongLongToByte(LONGLONG Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlLongLongToUChar(LONGLONG Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlLongLongToChar(LONGLONG Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlLongLongToShort(LONGLONG Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlLongLongToInt16(LONGLONG Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlLongLongToUShort(LONGLONG Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlLongLongToUInt16(LONGLONG Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlLongLongToWord(LONGLONG Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlLongLongToInt(LONGLONG Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlLongLongToInt32(LONGLONG Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlLongLongToUInt(LONGLONG Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongLongToUInt32(LONGLONG Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongLongToLong(LONGLONG Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlLongLongToULong(LONGLONG Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongLongToDWord(LONGLONG Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongLongToInt64(LONGLONG Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlLongLongToULongLong(LONGLONG Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToUInt64(LONGLONG Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToDWord64(LONGLONG Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToULong64(LONGLONG Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToIntPtr(LONGLONG Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlLongLongToUIntPtr(LONGLONG Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToLongPtr(LONGLONG Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlLongLongToULongPtr(LONGLONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToDWordPtr(LONGLONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToSizeT(LONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToSIZET(LONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongLongToSSIZET(LONGLONG Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlLongLongToPtrdiffT(LONGLONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- INT64 ---- */
static inline NTSTATUS RtlInt64Add(INT64 Augend, INT64 Addend, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlInt64Sub(INT64 Minuend, INT64 Subtrahend, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      INT64, -1);
}
static inline NTSTATUS RtlInt64Mult(INT64 Multiplicand, INT64 Multiplier, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, INT64, -1);
}
static inline NTSTATUS RtlInt64ToInt8(INT64 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlInt64ToUInt8(INT64 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlInt64ToByte(INT64 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlInt64ToUChar(INT64 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlInt64ToChar(INT64 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlInt64ToShort(INT64 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlInt64ToInt16(INT64 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlInt64ToUShort(INT64 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlInt64ToUInt16(INT64 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlInt64ToWord(INT64 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlInt64ToInt(INT64 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlInt64ToInt32(INT64 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlInt64ToUInt(INT64 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt64ToUInt32(INT64 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt64ToLong(INT64 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlInt64ToULong(INT64 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt64ToDWord(INT64 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlInt64ToLongLong(INT64 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlInt64ToULongLong(INT64 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToUInt64(INT64 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToDWord64(INT64 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToULong64(INT64 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToIntPtr(INT64 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt64ToUIntPtr(INT64 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToLongPtr(INT64 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlInt64ToULongPtr(INT64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToDWordPtr(INT64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToSizeT(INT64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToSIZET(INT64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlInt64ToSSIZET(INT64 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlInt64ToPtrdiffT(INT64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- ULONGLONG ---- */
static inline NTSTATUS RtlULongLongAdd(ULONGLONG Augend, ULONGLONG Addend, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      ULONGLONG, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongSub(ULONGLONG Minuend, ULONGLONG Subtrahend, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      ULONGLONG, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongMult(ULONGLONG Multiplicand, ULONGLONG Multiplier,
                                        ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, ULONGLONG, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToInt8(ULONGLONG Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlULongLongToUInt8(ULONGLONG Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlULongLongToByte(ULONGLONG Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlULongLongToUChar(ULONGLONG Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlULongLongToChar(ULONGLONG Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlULongLongToShort(ULONGLONG Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlULongLongToInt16(ULONGLONG Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlULongLongToUShort(ULONGLONG Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlULongLongToUInt16(ULONGLONG Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlULongLongToWord(ULONGLONG Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlULongLongToInt(ULONGLONG Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlULongLongToInt32(ULONGLONG Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlULongLongToUInt(ULONGLONG Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongLongToUInt32(ULONGLONG Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongLongToLong(ULONGLONG Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlULongLongToULong(ULONGLONG Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongLongToDWord(ULONGLONG Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongLongToLongLong(ULONGLONG Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlULongLongToInt64(ULONGLONG Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlULongLongToUInt64(ULONGLONG Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToDWord64(ULONGLONG Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToULong64(ULONGLONG Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToIntPtr(ULONGLONG Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlULongLongToUIntPtr(ULONGLONG Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToLongPtr(ULONGLONG Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlULongLongToULongPtr(ULONGLONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToDWordPtr(ULONGLONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToSizeT(ULONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToSIZET(ULONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongLongToSSIZET(ULONGLONG Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlULongLongToPtrdiffT(ULONGLONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UINT64 ---- */
static inline NTSTATUS RtlUInt64Add(UINT64 Augend, UINT64 Addend, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      UINT64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64Sub(UINT64 Minuend, UINT64 Subtrahend, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UINT64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64Mult(UINT64 Multiplicand, UINT64 Multiplier, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UINT64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToInt8(UINT64 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUInt64ToUInt8(UINT64 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUInt64ToByte(UINT64 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUInt64ToUChar(UINT64 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUInt64ToChar(UINT64 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUInt64ToShort(UINT64 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToInt16(UINT64 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToUShort(UINT64 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUInt64ToUInt16(UINT64 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUInt64ToWord(UINT64 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUInt64ToInt(UINT64 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUInt64ToInt32(UINT64 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToUInt(UINT64 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt64ToUInt32(UINT64 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt64ToLong(UINT64 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUInt64ToULong(UINT64 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt64ToDWord(UINT64 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUInt64ToLongLong(UINT64 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToInt64(UINT64 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToULongLong(UINT64 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToDWord64(UINT64 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToULong64(UINT64 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToIntPtr(UINT64 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToUIntPtr(UINT64 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToLongPtr(UINT64 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToULongPtr(UINT64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToDWordPtr(UINT64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToSizeT(UINT64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToSIZET(UINT64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUInt64ToSSIZET(UINT64 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUInt64ToPtrdiffT(UINT64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- DWORD64 ---- */
static inline NTSTATUS RtlDWord64Add(DWORD64 Augend, DWORD64 Addend, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      DWORD64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64Sub(DWORD64 Minuend, DWORD64 Subtrahend, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      DWORD64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64Mult(DWORD64 Multiplicand, DWORD64 Multiplier, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, DWORD64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToInt8(DWORD64 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlDWord64ToUInt8(DWORD64 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlDWord64ToByte(DWORD64 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlDWord64ToUChar(DWORD64 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlDWord64ToChar(DWORD64 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlDWord64ToShort(DWORD64 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToInt16(DWORD64 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToUShort(DWORD64 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlDWord64ToUInt16(DWORD64 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlDWord64ToWord(DWORD64 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlDWord64ToInt(DWORD64 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlDWord64ToInt32(DWORD64 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToUInt(DWORD64 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWord64ToUInt32(DWORD64 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWord64ToLong(DWORD64 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlDWord64ToULong(DWORD64 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWord64ToDWord(DWORD64 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWord64ToLongLong(DWORD64 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToInt64(DWORD64 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToULongLong(DWORD64 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToUInt64(DWORD64 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToULong64(DWORD64 Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToIntPtr(DWORD64 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToUIntPtr(DWORD64 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToLongPtr(DWORD64 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToULongPtr(DWORD64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToDWordPtr(DWORD64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToSizeT(DWORD64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToSIZET(DWORD64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWord64ToSSIZET(DWORD64 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlDWord64ToPtrdiffT(DWORD64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- ULONG64 ---- */
static inline NTSTATUS RtlULong64Add(ULONG64 Augend, ULONG64 Addend, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      ULONG64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64Sub(ULONG64 Minuend, ULONG64 Subtrahend, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      ULONG64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64Mult(ULONG64 Multiplicand, ULONG64 Multiplier, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, ULONG64, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToInt8(ULONG64 Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlULong64ToUInt8(ULONG64 Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlULong64ToByte(ULONG64 Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlULong64ToUChar(ULONG64 Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlULong64ToChar(ULONG64 Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlULong64ToShort(ULONG64 Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlULong64ToInt16(ULONG64 Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlULong64ToUShort(ULONG64 Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlULong64ToUInt16(ULONG64 Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlULong64ToWord(ULONG64 Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlULong64ToInt(ULONG64 Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlULong64ToInt32(ULONG64 Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlULong64ToUInt(ULONG64 Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULong64ToUInt32(ULONG64 Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULong64ToLong(ULONG64 Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlULong64ToULong(ULONG64 Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULong64ToDWord(ULONG64 Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULong64ToLongLong(ULONG64 Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlULong64ToInt64(ULONG64 Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlULong64ToULongLong(ULONG64 Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToUInt64(ULONG64 Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToDWord64(ULONG64 Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToIntPtr(ULONG64 Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlULong64ToUIntPtr(ULONG64 Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToLongPtr(ULONG64 Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlULong64ToULongPtr(ULONG64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToDWordPtr(ULONG64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToSizeT(ULONG64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToSIZET(ULONG64 Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULong64ToSSIZET(ULONG64 Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlULong64ToPtrdiffT(ULONG64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- INT_PTR ---- */
static inline NTSTATUS RtlIntPtrAdd(INT_PTR Augend, INT_PTR Addend, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      INT_PTR, -1);
}
static inline NTSTATUS RtlIntPtrSub(INT_PTR Minuend, INT_PTR Subtrahend, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      INT_PTR, -1);
}
static inline NTSTATUS RtlIntPtrMult(INT_PTR Multiplicand, INT_PTR Multiplier, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, INT_PTR, -1);
}
static inline NTSTATUS RtlIntPtrToInt8(INT_PTR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlIntPtrToUInt8(INT_PTR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlIntPtrToByte(INT_PTR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlIntPtrToUChar(INT_PTR Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlIntPtrToChar(INT_PTR Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlIntPtrToShort(INT_PTR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToInt16(INT_PTR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToUShort(INT_PTR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlIntPtrToUInt16(INT_PTR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlIntPtrToWord(INT_PTR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlIntPtrToInt(INT_PTR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlIntPtrToInt32(INT_PTR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToUInt(INT_PTR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntPtrToUInt32(INT_PTR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntPtrToLong(INT_PTR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlIntPtrToULong(INT_PTR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntPtrToDWord(INT_PTR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlIntPtrToLongLong(INT_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToInt64(INT_PTR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToULongLong(INT_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToUInt64(INT_PTR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToDWord64(INT_PTR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToULong64(INT_PTR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToUIntPtr(INT_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToLongPtr(INT_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToULongPtr(INT_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToDWordPtr(INT_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToSizeT(INT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToSIZET(INT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlIntPtrToSSIZET(INT_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlIntPtrToPtrdiffT(INT_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- UINT_PTR ---- */
static inline NTSTATUS RtlUIntPtrAdd(UINT_PTR Augend, UINT_PTR Addend, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      UINT_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrSub(UINT_PTR Minuend, UINT_PTR Subtrahend, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      UINT_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrMult(UINT_PTR Multiplicand, UINT_PTR Multiplier,
                                      UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, UINT_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToInt8(UINT_PTR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlUIntPtrToUInt8(UINT_PTR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlUIntPtrToByte(UINT_PTR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlUIntPtrToUChar(UINT_PTR Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlUIntPtrToChar(UINT_PTR Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlUIntPtrToShort(UINT_PTR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToInt16(UINT_PTR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToUShort(UINT_PTR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlUIntPtrToUInt16(UINT_PTR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlUIntPtrToWord(UINT_PTR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlUIntPtrToInt(UINT_PTR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlUIntPtrToInt32(UINT_PTR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToUInt(UINT_PTR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntPtrToUInt32(UINT_PTR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntPtrToLong(UINT_PTR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlUIntPtrToULong(UINT_PTR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntPtrToDWord(UINT_PTR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlUIntPtrToLongLong(UINT_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToInt64(UINT_PTR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToULongLong(UINT_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToUInt64(UINT_PTR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToDWord64(UINT_PTR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToULong64(UINT_PTR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToIntPtr(UINT_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToLongPtr(UINT_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToULongPtr(UINT_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToDWordPtr(UINT_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToSizeT(UINT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToSIZET(UINT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlUIntPtrToSSIZET(UINT_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlUIntPtrToPtrdiffT(UINT_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- LONG_PTR ---- */
static inline NTSTATUS RtlLongPtrAdd(LONG_PTR Augend, LONG_PTR Addend, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      LONG_PTR, -1);
}
static inline NTSTATUS RtlLongPtrSub(LONG_PTR Minuend, LONG_PTR Subtrahend, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      LONG_PTR, -1);
}
static inline NTSTATUS RtlLongPtrMult(LONG_PTR Multiplicand, LONG_PTR Multiplier,
                                      LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, LONG_PTR, -1);
}
static inline NTSTATUS RtlLongPtrToInt8(LONG_PTR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlLongPtrToUInt8(LONG_PTR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlLongPtrToByte(LONG_PTR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlLongPtrToUChar(LONG_PTR Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlLongPtrToChar(LONG_PTR Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlLongPtrToShort(LONG_PTR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToInt16(LONG_PTR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToUShort(LONG_PTR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlLongPtrToUInt16(LONG_PTR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlLongPtrToWord(LONG_PTR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlLongPtrToInt(LONG_PTR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlLongPtrToInt32(LONG_PTR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToUInt(LONG_PTR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongPtrToUInt32(LONG_PTR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongPtrToLong(LONG_PTR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlLongPtrToULong(LONG_PTR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongPtrToDWord(LONG_PTR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlLongPtrToLongLong(LONG_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToInt64(LONG_PTR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToULongLong(LONG_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToUInt64(LONG_PTR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToDWord64(LONG_PTR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToULong64(LONG_PTR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToIntPtr(LONG_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToUIntPtr(LONG_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToULongPtr(LONG_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToDWordPtr(LONG_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToSizeT(LONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToSIZET(LONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlLongPtrToSSIZET(LONG_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlLongPtrToPtrdiffT(LONG_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- ULONG_PTR ---- */
static inline NTSTATUS RtlULongPtrAdd(ULONG_PTR Augend, ULONG_PTR Addend, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      ULONG_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrSub(ULONG_PTR Minuend, ULONG_PTR Subtrahend, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      ULONG_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrMult(ULONG_PTR Multiplicand, ULONG_PTR Multiplier,
                                       ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, ULONG_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToInt8(ULONG_PTR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlULongPtrToUInt8(ULONG_PTR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlULongPtrToByte(ULONG_PTR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlULongPtrToUChar(ULONG_PTR Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlULongPtrToChar(ULONG_PTR Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlULongPtrToShort(ULONG_PTR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToInt16(ULONG_PTR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToUShort(ULONG_PTR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlULongPtrToUInt16(ULONG_PTR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlULongPtrToWord(ULONG_PTR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlULongPtrToInt(ULONG_PTR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlULongPtrToInt32(ULONG_PTR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToUInt(ULONG_PTR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongPtrToUInt32(ULONG_PTR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongPtrToLong(ULONG_PTR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlULongPtrToULong(ULONG_PTR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongPtrToDWord(ULONG_PTR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlULongPtrToLongLong(ULONG_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToInt64(ULONG_PTR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToULongLong(ULONG_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToUInt64(ULONG_PTR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToDWord64(ULONG_PTR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToULong64(ULONG_PTR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToIntPtr(ULONG_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToUIntPtr(ULONG_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToLongPtr(ULONG_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToDWordPtr(ULONG_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToSizeT(ULONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToSIZET(ULONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlULongPtrToSSIZET(ULONG_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlULongPtrToPtrdiffT(ULONG_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- DWORD_PTR ---- */
static inline NTSTATUS RtlDWordPtrAdd(DWORD_PTR Augend, DWORD_PTR Addend, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      DWORD_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrSub(DWORD_PTR Minuend, DWORD_PTR Subtrahend, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      DWORD_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrMult(DWORD_PTR Multiplicand, DWORD_PTR Multiplier,
                                       DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, DWORD_PTR, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToInt8(DWORD_PTR Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlDWordPtrToUInt8(DWORD_PTR Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlDWordPtrToByte(DWORD_PTR Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlDWordPtrToUChar(DWORD_PTR Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlDWordPtrToChar(DWORD_PTR Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlDWordPtrToShort(DWORD_PTR Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToInt16(DWORD_PTR Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToUShort(DWORD_PTR Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlDWordPtrToUInt16(DWORD_PTR Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlDWordPtrToWord(DWORD_PTR Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlDWordPtrToInt(DWORD_PTR Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlDWordPtrToInt32(DWORD_PTR Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToUInt(DWORD_PTR Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordPtrToUInt32(DWORD_PTR Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordPtrToLong(DWORD_PTR Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlDWordPtrToULong(DWORD_PTR Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordPtrToDWord(DWORD_PTR Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlDWordPtrToLongLong(DWORD_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToInt64(DWORD_PTR Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToULongLong(DWORD_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToUInt64(DWORD_PTR Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToDWord64(DWORD_PTR Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToULong64(DWORD_PTR Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToIntPtr(DWORD_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToUIntPtr(DWORD_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToLongPtr(DWORD_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToULongPtr(DWORD_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToSizeT(DWORD_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToSIZET(DWORD_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlDWordPtrToSSIZET(DWORD_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlDWordPtrToPtrdiffT(DWORD_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- SIZE_T ---- */
static inline NTSTATUS RtlSizeTAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      SIZE_T, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTSub(SIZE_T Minuend, SIZE_T Subtrahend, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      SIZE_T, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTMult(SIZE_T Multiplicand, SIZE_T Multiplier, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, SIZE_T, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToInt8(SIZE_T Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlSizeTToUInt8(SIZE_T Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlSizeTToByte(SIZE_T Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlSizeTToUChar(SIZE_T Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlSizeTToChar(SIZE_T Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlSizeTToShort(SIZE_T Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlSizeTToInt16(SIZE_T Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlSizeTToUShort(SIZE_T Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlSizeTToUInt16(SIZE_T Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlSizeTToWord(SIZE_T Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlSizeTToInt(SIZE_T Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlSizeTToInt32(SIZE_T Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlSizeTToUInt(SIZE_T Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSizeTToUInt32(SIZE_T Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSizeTToLong(SIZE_T Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlSizeTToULong(SIZE_T Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSizeTToDWord(SIZE_T Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSizeTToLongLong(SIZE_T Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlSizeTToInt64(SIZE_T Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlSizeTToULongLong(SIZE_T Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToUInt64(SIZE_T Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToDWord64(SIZE_T Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToULong64(SIZE_T Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToIntPtr(SIZE_T Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlSizeTToUIntPtr(SIZE_T Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToLongPtr(SIZE_T Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlSizeTToULongPtr(SIZE_T Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToDWordPtr(SIZE_T Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToSIZET(SIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSizeTToSSIZET(SIZE_T Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlSizeTToPtrdiffT(SIZE_T Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- SIZE_T ---- */
static inline NTSTATUS RtlSIZETAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      SIZE_T, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETSub(SIZE_T Minuend, SIZE_T Subtrahend, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      SIZE_T, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETMult(SIZE_T Multiplicand, SIZE_T Multiplier, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, SIZE_T, 0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToInt8(SIZE_T Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlSIZETToUInt8(SIZE_T Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlSIZETToByte(SIZE_T Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlSIZETToUChar(SIZE_T Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlSIZETToChar(SIZE_T Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlSIZETToShort(SIZE_T Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlSIZETToInt16(SIZE_T Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlSIZETToUShort(SIZE_T Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlSIZETToUInt16(SIZE_T Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlSIZETToWord(SIZE_T Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlSIZETToInt(SIZE_T Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlSIZETToInt32(SIZE_T Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlSIZETToUInt(SIZE_T Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSIZETToUInt32(SIZE_T Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSIZETToLong(SIZE_T Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlSIZETToULong(SIZE_T Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSIZETToDWord(SIZE_T Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSIZETToLongLong(SIZE_T Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlSIZETToInt64(SIZE_T Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlSIZETToULongLong(SIZE_T Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToUInt64(SIZE_T Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToDWord64(SIZE_T Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToULong64(SIZE_T Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToIntPtr(SIZE_T Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlSIZETToUIntPtr(SIZE_T Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToLongPtr(SIZE_T Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlSIZETToULongPtr(SIZE_T Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToDWordPtr(SIZE_T Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToSizeT(SIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSIZETToSSIZET(SIZE_T Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}
static inline NTSTATUS RtlSIZETToPtrdiffT(SIZE_T Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- SSIZE_T ---- */
static inline NTSTATUS RtlSSIZETAdd(SSIZE_T Augend, SSIZE_T Addend, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      SSIZE_T, -1);
}
static inline NTSTATUS RtlSSIZETSub(SSIZE_T Minuend, SSIZE_T Subtrahend, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      SSIZE_T, -1);
}
static inline NTSTATUS RtlSSIZETMult(SSIZE_T Multiplicand, SSIZE_T Multiplier, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, SSIZE_T, -1);
}
static inline NTSTATUS RtlSSIZETToInt8(SSIZE_T Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlSSIZETToUInt8(SSIZE_T Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlSSIZETToByte(SSIZE_T Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlSSIZETToUChar(SSIZE_T Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlSSIZETToChar(SSIZE_T Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlSSIZETToShort(SSIZE_T Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToInt16(SSIZE_T Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToUShort(SSIZE_T Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlSSIZETToUInt16(SSIZE_T Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlSSIZETToWord(SSIZE_T Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlSSIZETToInt(SSIZE_T Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlSSIZETToInt32(SSIZE_T Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToUInt(SSIZE_T Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSSIZETToUInt32(SSIZE_T Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSSIZETToLong(SSIZE_T Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlSSIZETToULong(SSIZE_T Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSSIZETToDWord(SSIZE_T Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlSSIZETToLongLong(SSIZE_T Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToInt64(SSIZE_T Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToULongLong(SSIZE_T Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToUInt64(SSIZE_T Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToDWord64(SSIZE_T Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToULong64(SSIZE_T Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToIntPtr(SSIZE_T Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToUIntPtr(SSIZE_T Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToLongPtr(SSIZE_T Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlSSIZETToULongPtr(SSIZE_T Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToDWordPtr(SSIZE_T Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToSizeT(SSIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToSIZET(SSIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlSSIZETToPtrdiffT(SSIZE_T Operand, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                      -1);
}
/* ---- ptrdiff_t ---- */
static inline NTSTATUS RtlPtrdiffTAdd(ptrdiff_t Augend, ptrdiff_t Addend, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                      ptrdiff_t, -1);
}
static inline NTSTATUS RtlPtrdiffTSub(ptrdiff_t Minuend, ptrdiff_t Subtrahend, ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                      ptrdiff_t, -1);
}
static inline NTSTATUS RtlPtrdiffTMult(ptrdiff_t Multiplicand, ptrdiff_t Multiplier,
                                       ptrdiff_t* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                      Result, ptrdiff_t, -1);
}
static inline NTSTATUS RtlPtrdiffTToInt8(ptrdiff_t Operand, INT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline NTSTATUS RtlPtrdiffTToUInt8(ptrdiff_t Operand, UINT8* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                      0xff);
}
static inline NTSTATUS RtlPtrdiffTToByte(ptrdiff_t Operand, BYTE* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE,
                                      0xff);
}
static inline NTSTATUS RtlPtrdiffTToUChar(ptrdiff_t Operand, UCHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                      0xff);
}
static inline NTSTATUS RtlPtrdiffTToChar(ptrdiff_t Operand, CHAR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline NTSTATUS RtlPtrdiffTToShort(ptrdiff_t Operand, SHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToInt16(ptrdiff_t Operand, INT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToUShort(ptrdiff_t Operand, USHORT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                      0xffff);
}
static inline NTSTATUS RtlPtrdiffTToUInt16(ptrdiff_t Operand, UINT16* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                      0xffff);
}
static inline NTSTATUS RtlPtrdiffTToWord(ptrdiff_t Operand, WORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                      0xffff);
}
static inline NTSTATUS RtlPtrdiffTToInt(ptrdiff_t Operand, INT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline NTSTATUS RtlPtrdiffTToInt32(ptrdiff_t Operand, INT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToUInt(ptrdiff_t Operand, UINT* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                      0xffffffffu);
}
static inline NTSTATUS RtlPtrdiffTToUInt32(ptrdiff_t Operand, UINT32* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                      0xffffffffu);
}
static inline NTSTATUS RtlPtrdiffTToLong(ptrdiff_t Operand, LONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline NTSTATUS RtlPtrdiffTToULong(ptrdiff_t Operand, ULONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                      0xffffffffu);
}
static inline NTSTATUS RtlPtrdiffTToDWord(ptrdiff_t Operand, DWORD* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                      0xffffffffu);
}
static inline NTSTATUS RtlPtrdiffTToLongLong(ptrdiff_t Operand, LONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToInt64(ptrdiff_t Operand, INT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToULongLong(ptrdiff_t Operand, ULONGLONG* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToUInt64(ptrdiff_t Operand, UINT64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToDWord64(ptrdiff_t Operand, DWORD64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToULong64(ptrdiff_t Operand, ULONG64* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToIntPtr(ptrdiff_t Operand, INT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToUIntPtr(ptrdiff_t Operand, UINT_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToLongPtr(ptrdiff_t Operand, LONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                      -1);
}
static inline NTSTATUS RtlPtrdiffTToULongPtr(ptrdiff_t Operand, ULONG_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToDWordPtr(ptrdiff_t Operand, DWORD_PTR* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToSizeT(ptrdiff_t Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToSIZET(ptrdiff_t Operand, SIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                      0xffffffffffffffffull);
}
static inline NTSTATUS RtlPtrdiffTToSSIZET(ptrdiff_t Operand, SSIZE_T* Result) {
    return WPPTRACE_NTINTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                      -1);
}

#endif /* WPPTRACE_KM_NTINTSAFE_FUNCTIONS_H */
