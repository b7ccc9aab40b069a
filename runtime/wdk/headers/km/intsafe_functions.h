/*
 * km/intsafe_functions.h - written by scripts/gen-ntintsafe --user (edit that, not this).
 *
 * intsafe.h's functions: each computes in infinite precision (__builtin_*_overflow) and,
 * when the result does not fit its type, stores the type's error value (all bits set for an
 * unsigned type, -1 for a signed one) and returns INTSAFE_E_ARITHMETIC_OVERFLOW, as documented.
 */
#ifndef WPPTRACE_KM_INTSAFE_FUNCTIONS_H
#define WPPTRACE_KM_INTSAFE_FUNCTIONS_H

#define WPPTRACE_INTSAFE_RESULT_(overflowed, Result, T, Error) \
    ((overflowed) ? (*(Result) = (T)(Error), INTSAFE_E_ARITHMETIC_OVERFLOW) : S_OK)

/* ---- INT8 ---- */
static inline HRESULT Int8Add(INT8 Augend, INT8 Addend, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT8,
                                    -1);
}
static inline HRESULT Int8Sub(INT8 Minuend, INT8 Subtrahend, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    INT8, -1);
}
static inline HRESULT Int8Mult(INT8 Multiplicand, INT8 Multiplier, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, INT8, -1);
}
static inline HRESULT Int8ToUInt8(INT8 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT Int8ToByte(INT8 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT Int8ToUChar(INT8 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT Int8ToChar(INT8 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT Int8ToShort(INT8 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT Int8ToInt16(INT8 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT Int8ToUShort(INT8 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT Int8ToUInt16(INT8 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT Int8ToWord(INT8 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT Int8ToInt(INT8 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT Int8ToInt32(INT8 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT Int8ToUInt(INT8 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT Int8ToUInt32(INT8 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT Int8ToLong(INT8 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT Int8ToULong(INT8 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT Int8ToDWord(INT8 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT Int8ToLongLong(INT8 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT Int8ToInt64(INT8 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT Int8ToULongLong(INT8 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToUInt64(INT8 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToDWord64(INT8 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToULong64(INT8 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToIntPtr(INT8 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT Int8ToUIntPtr(INT8 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToLongPtr(INT8 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT Int8ToULongPtr(INT8 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToDWordPtr(INT8 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToSizeT(INT8 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToSIZET(INT8 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int8ToSSIZET(INT8 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT Int8ToPtrdiffT(INT8 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UINT8 ---- */
static inline HRESULT UInt8Add(UINT8 Augend, UINT8 Addend, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UInt8Sub(UINT8 Minuend, UINT8 Subtrahend, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UINT8, 0xff);
}
static inline HRESULT UInt8Mult(UINT8 Multiplicand, UINT8 Multiplier, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UINT8, 0xff);
}
static inline HRESULT UInt8ToInt8(UINT8 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UInt8ToByte(UINT8 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UInt8ToUChar(UINT8 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UInt8ToChar(UINT8 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UInt8ToShort(UINT8 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UInt8ToInt16(UINT8 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UInt8ToUShort(UINT8 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UInt8ToUInt16(UINT8 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UInt8ToWord(UINT8 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UInt8ToInt(UINT8 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UInt8ToInt32(UINT8 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UInt8ToUInt(UINT8 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UInt8ToUInt32(UINT8 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UInt8ToLong(UINT8 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UInt8ToULong(UINT8 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UInt8ToDWord(UINT8 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UInt8ToLongLong(UINT8 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UInt8ToInt64(UINT8 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UInt8ToULongLong(UINT8 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToUInt64(UINT8 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToDWord64(UINT8 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToULong64(UINT8 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToIntPtr(UINT8 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UInt8ToUIntPtr(UINT8 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToLongPtr(UINT8 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UInt8ToULongPtr(UINT8 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToDWordPtr(UINT8 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToSizeT(UINT8 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToSIZET(UINT8 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt8ToSSIZET(UINT8 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UInt8ToPtrdiffT(UINT8 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- BYTE ---- */
static inline HRESULT ByteAdd(BYTE Augend, BYTE Addend, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, BYTE,
                                    0xff);
}
static inline HRESULT ByteSub(BYTE Minuend, BYTE Subtrahend, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    BYTE, 0xff);
}
static inline HRESULT ByteMult(BYTE Multiplicand, BYTE Multiplier, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, BYTE, 0xff);
}
static inline HRESULT ByteToInt8(BYTE Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT ByteToUInt8(BYTE Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT ByteToUChar(BYTE Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT ByteToChar(BYTE Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT ByteToShort(BYTE Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT ByteToInt16(BYTE Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT ByteToUShort(BYTE Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT ByteToUInt16(BYTE Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT ByteToWord(BYTE Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT ByteToInt(BYTE Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT ByteToInt32(BYTE Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT ByteToUInt(BYTE Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT ByteToUInt32(BYTE Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT ByteToLong(BYTE Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT ByteToULong(BYTE Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT ByteToDWord(BYTE Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT ByteToLongLong(BYTE Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT ByteToInt64(BYTE Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT ByteToULongLong(BYTE Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToUInt64(BYTE Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToDWord64(BYTE Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToULong64(BYTE Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToIntPtr(BYTE Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT ByteToUIntPtr(BYTE Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToLongPtr(BYTE Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT ByteToULongPtr(BYTE Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToDWordPtr(BYTE Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToSizeT(BYTE Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToSIZET(BYTE Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ByteToSSIZET(BYTE Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT ByteToPtrdiffT(BYTE Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UCHAR ---- */
static inline HRESULT UCharAdd(UCHAR Augend, UCHAR Addend, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UCharSub(UCHAR Minuend, UCHAR Subtrahend, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UCHAR, 0xff);
}
static inline HRESULT UCharMult(UCHAR Multiplicand, UCHAR Multiplier, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UCHAR, 0xff);
}
static inline HRESULT UCharToInt8(UCHAR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UCharToUInt8(UCHAR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UCharToByte(UCHAR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UCharToChar(UCHAR Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UCharToShort(UCHAR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UCharToInt16(UCHAR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UCharToUShort(UCHAR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UCharToUInt16(UCHAR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UCharToWord(UCHAR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UCharToInt(UCHAR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UCharToInt32(UCHAR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UCharToUInt(UCHAR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UCharToUInt32(UCHAR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UCharToLong(UCHAR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UCharToULong(UCHAR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UCharToDWord(UCHAR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UCharToLongLong(UCHAR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UCharToInt64(UCHAR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UCharToULongLong(UCHAR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToUInt64(UCHAR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToDWord64(UCHAR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToULong64(UCHAR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToIntPtr(UCHAR Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UCharToUIntPtr(UCHAR Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToLongPtr(UCHAR Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UCharToULongPtr(UCHAR Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToDWordPtr(UCHAR Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToSizeT(UCHAR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToSIZET(UCHAR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UCharToSSIZET(UCHAR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UCharToPtrdiffT(UCHAR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- CHAR ---- */
static inline HRESULT CharAdd(CHAR Augend, CHAR Addend, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, CHAR,
                                    -1);
}
static inline HRESULT CharSub(CHAR Minuend, CHAR Subtrahend, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    CHAR, -1);
}
static inline HRESULT CharMult(CHAR Multiplicand, CHAR Multiplier, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, CHAR, -1);
}
static inline HRESULT CharToInt8(CHAR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT CharToUInt8(CHAR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT CharToByte(CHAR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT CharToUChar(CHAR Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT CharToShort(CHAR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT CharToInt16(CHAR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT CharToUShort(CHAR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT CharToUInt16(CHAR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT CharToWord(CHAR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT CharToInt(CHAR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT CharToInt32(CHAR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT CharToUInt(CHAR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT CharToUInt32(CHAR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT CharToLong(CHAR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT CharToULong(CHAR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT CharToDWord(CHAR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT CharToLongLong(CHAR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT CharToInt64(CHAR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT CharToULongLong(CHAR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToUInt64(CHAR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToDWord64(CHAR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToULong64(CHAR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToIntPtr(CHAR Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT CharToUIntPtr(CHAR Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToLongPtr(CHAR Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT CharToULongPtr(CHAR Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToDWordPtr(CHAR Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToSizeT(CHAR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToSIZET(CHAR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT CharToSSIZET(CHAR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT CharToPtrdiffT(CHAR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- SHORT ---- */
static inline HRESULT ShortAdd(SHORT Augend, SHORT Addend, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, SHORT,
                                    -1);
}
static inline HRESULT ShortSub(SHORT Minuend, SHORT Subtrahend, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    SHORT, -1);
}
static inline HRESULT ShortMult(SHORT Multiplicand, SHORT Multiplier, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, SHORT, -1);
}
static inline HRESULT ShortToInt8(SHORT Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT ShortToUInt8(SHORT Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT ShortToByte(SHORT Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT ShortToUChar(SHORT Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT ShortToChar(SHORT Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT ShortToInt16(SHORT Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT ShortToUShort(SHORT Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT ShortToUInt16(SHORT Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT ShortToWord(SHORT Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT ShortToInt(SHORT Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT ShortToInt32(SHORT Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT ShortToUInt(SHORT Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT ShortToUInt32(SHORT Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT ShortToLong(SHORT Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT ShortToULong(SHORT Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT ShortToDWord(SHORT Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT ShortToLongLong(SHORT Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT ShortToInt64(SHORT Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT ShortToULongLong(SHORT Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToUInt64(SHORT Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToDWord64(SHORT Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToULong64(SHORT Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToIntPtr(SHORT Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT ShortToUIntPtr(SHORT Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToLongPtr(SHORT Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT ShortToULongPtr(SHORT Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToDWordPtr(SHORT Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToSizeT(SHORT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToSIZET(SHORT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ShortToSSIZET(SHORT Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT ShortToPtrdiffT(SHORT Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- INT16 ---- */
static inline HRESULT Int16Add(INT16 Augend, INT16 Addend, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT16,
                                    -1);
}
static inline HRESULT Int16Sub(INT16 Minuend, INT16 Subtrahend, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    INT16, -1);
}
static inline HRESULT Int16Mult(INT16 Multiplicand, INT16 Multiplier, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, INT16, -1);
}
static inline HRESULT Int16ToInt8(INT16 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT Int16ToUInt8(INT16 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT Int16ToByte(INT16 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT Int16ToUChar(INT16 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT Int16ToChar(INT16 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT Int16ToShort(INT16 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT Int16ToUShort(INT16 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT Int16ToUInt16(INT16 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT Int16ToWord(INT16 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT Int16ToInt(INT16 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT Int16ToInt32(INT16 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT Int16ToUInt(INT16 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT Int16ToUInt32(INT16 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT Int16ToLong(INT16 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT Int16ToULong(INT16 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT Int16ToDWord(INT16 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT Int16ToLongLong(INT16 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT Int16ToInt64(INT16 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT Int16ToULongLong(INT16 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToUInt64(INT16 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToDWord64(INT16 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToULong64(INT16 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToIntPtr(INT16 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT Int16ToUIntPtr(INT16 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToLongPtr(INT16 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT Int16ToULongPtr(INT16 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToDWordPtr(INT16 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToSizeT(INT16 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToSIZET(INT16 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int16ToSSIZET(INT16 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT Int16ToPtrdiffT(INT16 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- USHORT ---- */
static inline HRESULT UShortAdd(USHORT Augend, USHORT Addend, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UShortSub(USHORT Minuend, USHORT Subtrahend, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    USHORT, 0xffff);
}
static inline HRESULT UShortMult(USHORT Multiplicand, USHORT Multiplier, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, USHORT, 0xffff);
}
static inline HRESULT UShortToInt8(USHORT Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UShortToUInt8(USHORT Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UShortToByte(USHORT Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UShortToUChar(USHORT Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UShortToChar(USHORT Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UShortToShort(USHORT Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UShortToInt16(USHORT Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UShortToUInt16(USHORT Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UShortToWord(USHORT Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UShortToInt(USHORT Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UShortToInt32(USHORT Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UShortToUInt(USHORT Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UShortToUInt32(USHORT Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UShortToLong(USHORT Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UShortToULong(USHORT Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UShortToDWord(USHORT Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UShortToLongLong(USHORT Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UShortToInt64(USHORT Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UShortToULongLong(USHORT Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToUInt64(USHORT Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToDWord64(USHORT Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToULong64(USHORT Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToIntPtr(USHORT Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UShortToUIntPtr(USHORT Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToLongPtr(USHORT Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UShortToULongPtr(USHORT Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToDWordPtr(USHORT Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToSizeT(USHORT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToSIZET(USHORT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UShortToSSIZET(USHORT Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UShortToPtrdiffT(USHORT Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UINT16 ---- */
static inline HRESULT UInt16Add(UINT16 Augend, UINT16 Addend, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UInt16Sub(UINT16 Minuend, UINT16 Subtrahend, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UINT16, 0xffff);
}
static inline HRESULT UInt16Mult(UINT16 Multiplicand, UINT16 Multiplier, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UINT16, 0xffff);
}
static inline HRESULT UInt16ToInt8(UINT16 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UInt16ToUInt8(UINT16 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UInt16ToByte(UINT16 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UInt16ToUChar(UINT16 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UInt16ToChar(UINT16 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UInt16ToShort(UINT16 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UInt16ToInt16(UINT16 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UInt16ToUShort(UINT16 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UInt16ToWord(UINT16 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UInt16ToInt(UINT16 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UInt16ToInt32(UINT16 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UInt16ToUInt(UINT16 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UInt16ToUInt32(UINT16 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UInt16ToLong(UINT16 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UInt16ToULong(UINT16 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UInt16ToDWord(UINT16 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UInt16ToLongLong(UINT16 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UInt16ToInt64(UINT16 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UInt16ToULongLong(UINT16 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToUInt64(UINT16 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToDWord64(UINT16 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToULong64(UINT16 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToIntPtr(UINT16 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UInt16ToUIntPtr(UINT16 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToLongPtr(UINT16 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UInt16ToULongPtr(UINT16 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToDWordPtr(UINT16 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToSizeT(UINT16 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToSIZET(UINT16 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt16ToSSIZET(UINT16 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UInt16ToPtrdiffT(UINT16 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- WORD ---- */
static inline HRESULT WordAdd(WORD Augend, WORD Addend, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT WordSub(WORD Minuend, WORD Subtrahend, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    WORD, 0xffff);
}
static inline HRESULT WordMult(WORD Multiplicand, WORD Multiplier, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, WORD, 0xffff);
}
static inline HRESULT WordToInt8(WORD Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT WordToUInt8(WORD Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT WordToByte(WORD Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT WordToUChar(WORD Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT WordToChar(WORD Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT WordToShort(WORD Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT WordToInt16(WORD Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT WordToUShort(WORD Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT WordToUInt16(WORD Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT WordToInt(WORD Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT WordToInt32(WORD Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT WordToUInt(WORD Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT WordToUInt32(WORD Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT WordToLong(WORD Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT WordToULong(WORD Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT WordToDWord(WORD Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT WordToLongLong(WORD Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT WordToInt64(WORD Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT WordToULongLong(WORD Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToUInt64(WORD Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToDWord64(WORD Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToULong64(WORD Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToIntPtr(WORD Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT WordToUIntPtr(WORD Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToLongPtr(WORD Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT WordToULongPtr(WORD Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToDWordPtr(WORD Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToSizeT(WORD Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToSIZET(WORD Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT WordToSSIZET(WORD Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT WordToPtrdiffT(WORD Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- INT ---- */
static inline HRESULT IntAdd(INT Augend, INT Addend, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT,
                                    -1);
}
static inline HRESULT IntSub(INT Minuend, INT Subtrahend, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    INT, -1);
}
static inline HRESULT IntMult(INT Multiplicand, INT Multiplier, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, INT, -1);
}
static inline HRESULT IntToInt8(INT Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT IntToUInt8(INT Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT IntToByte(INT Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT IntToUChar(INT Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT IntToChar(INT Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT IntToShort(INT Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT IntToInt16(INT Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT IntToUShort(INT Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT IntToUInt16(INT Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT IntToWord(INT Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT IntToInt32(INT Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT IntToUInt(INT Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT IntToUInt32(INT Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT IntToLong(INT Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT IntToULong(INT Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT IntToDWord(INT Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT IntToLongLong(INT Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT IntToInt64(INT Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT IntToULongLong(INT Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToUInt64(INT Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToDWord64(INT Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToULong64(INT Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToIntPtr(INT Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT IntToUIntPtr(INT Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToLongPtr(INT Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT IntToULongPtr(INT Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToDWordPtr(INT Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToSizeT(INT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToSIZET(INT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntToSSIZET(INT Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT IntToPtrdiffT(INT Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- INT32 ---- */
static inline HRESULT Int32Add(INT32 Augend, INT32 Addend, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT32,
                                    -1);
}
static inline HRESULT Int32Sub(INT32 Minuend, INT32 Subtrahend, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    INT32, -1);
}
static inline HRESULT Int32Mult(INT32 Multiplicand, INT32 Multiplier, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, INT32, -1);
}
static inline HRESULT Int32ToInt8(INT32 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT Int32ToUInt8(INT32 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT Int32ToByte(INT32 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT Int32ToUChar(INT32 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT Int32ToChar(INT32 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT Int32ToShort(INT32 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT Int32ToInt16(INT32 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT Int32ToUShort(INT32 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT Int32ToUInt16(INT32 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT Int32ToWord(INT32 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT Int32ToInt(INT32 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT Int32ToUInt(INT32 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT Int32ToUInt32(INT32 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT Int32ToLong(INT32 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT Int32ToULong(INT32 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT Int32ToDWord(INT32 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT Int32ToLongLong(INT32 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT Int32ToInt64(INT32 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT Int32ToULongLong(INT32 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToUInt64(INT32 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToDWord64(INT32 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToULong64(INT32 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToIntPtr(INT32 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT Int32ToUIntPtr(INT32 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToLongPtr(INT32 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT Int32ToULongPtr(INT32 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToDWordPtr(INT32 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToSizeT(INT32 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToSIZET(INT32 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int32ToSSIZET(INT32 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT Int32ToPtrdiffT(INT32 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UINT ---- */
static inline HRESULT UIntAdd(UINT Augend, UINT Addend, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UIntSub(UINT Minuend, UINT Subtrahend, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UINT, 0xffffffffu);
}
static inline HRESULT UIntMult(UINT Multiplicand, UINT Multiplier, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UINT, 0xffffffffu);
}
static inline HRESULT UIntToInt8(UINT Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UIntToUInt8(UINT Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UIntToByte(UINT Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UIntToUChar(UINT Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UIntToChar(UINT Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UIntToShort(UINT Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UIntToInt16(UINT Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UIntToUShort(UINT Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UIntToUInt16(UINT Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UIntToWord(UINT Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UIntToInt(UINT Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UIntToInt32(UINT Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UIntToUInt32(UINT Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UIntToLong(UINT Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UIntToULong(UINT Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UIntToDWord(UINT Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UIntToLongLong(UINT Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UIntToInt64(UINT Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UIntToULongLong(UINT Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToUInt64(UINT Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToDWord64(UINT Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToULong64(UINT Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToIntPtr(UINT Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UIntToUIntPtr(UINT Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToLongPtr(UINT Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UIntToULongPtr(UINT Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToDWordPtr(UINT Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToSizeT(UINT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToSIZET(UINT Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntToSSIZET(UINT Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UIntToPtrdiffT(UINT Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UINT32 ---- */
static inline HRESULT UInt32Add(UINT32 Augend, UINT32 Addend, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UInt32Sub(UINT32 Minuend, UINT32 Subtrahend, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UINT32, 0xffffffffu);
}
static inline HRESULT UInt32Mult(UINT32 Multiplicand, UINT32 Multiplier, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UINT32, 0xffffffffu);
}
static inline HRESULT UInt32ToInt8(UINT32 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UInt32ToUInt8(UINT32 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UInt32ToByte(UINT32 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UInt32ToUChar(UINT32 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UInt32ToChar(UINT32 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UInt32ToShort(UINT32 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UInt32ToInt16(UINT32 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UInt32ToUShort(UINT32 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UInt32ToUInt16(UINT32 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UInt32ToWord(UINT32 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UInt32ToInt(UINT32 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UInt32ToInt32(UINT32 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UInt32ToUInt(UINT32 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UInt32ToLong(UINT32 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UInt32ToULong(UINT32 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UInt32ToDWord(UINT32 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UInt32ToLongLong(UINT32 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UInt32ToInt64(UINT32 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UInt32ToULongLong(UINT32 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToUInt64(UINT32 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToDWord64(UINT32 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToULong64(UINT32 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToIntPtr(UINT32 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UInt32ToUIntPtr(UINT32 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToLongPtr(UINT32 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UInt32ToULongPtr(UINT32 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToDWordPtr(UINT32 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToSizeT(UINT32 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToSIZET(UINT32 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt32ToSSIZET(UINT32 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UInt32ToPtrdiffT(UINT32 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- LONG ---- */
static inline HRESULT LongAdd(LONG Augend, LONG Addend, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, LONG,
                                    -1);
}
static inline HRESULT LongSub(LONG Minuend, LONG Subtrahend, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    LONG, -1);
}
static inline HRESULT LongMult(LONG Multiplicand, LONG Multiplier, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, LONG, -1);
}
static inline HRESULT LongToInt8(LONG Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT LongToUInt8(LONG Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT LongToByte(LONG Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT LongToUChar(LONG Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT LongToChar(LONG Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT LongToShort(LONG Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT LongToInt16(LONG Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT LongToUShort(LONG Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT LongToUInt16(LONG Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT LongToWord(LONG Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT LongToInt(LONG Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT LongToInt32(LONG Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT LongToUInt(LONG Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT LongToUInt32(LONG Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT LongToULong(LONG Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT LongToDWord(LONG Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT LongToLongLong(LONG Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT LongToInt64(LONG Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT LongToULongLong(LONG Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToUInt64(LONG Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToDWord64(LONG Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToULong64(LONG Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToIntPtr(LONG Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT LongToUIntPtr(LONG Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToLongPtr(LONG Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT LongToULongPtr(LONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToDWordPtr(LONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToSizeT(LONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToSIZET(LONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongToSSIZET(LONG Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT LongToPtrdiffT(LONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- ULONG ---- */
static inline HRESULT ULongAdd(ULONG Augend, ULONG Addend, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT ULongSub(ULONG Minuend, ULONG Subtrahend, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    ULONG, 0xffffffffu);
}
static inline HRESULT ULongMult(ULONG Multiplicand, ULONG Multiplier, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, ULONG, 0xffffffffu);
}
static inline HRESULT ULongToInt8(ULONG Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT ULongToUInt8(ULONG Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT ULongToByte(ULONG Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT ULongToUChar(ULONG Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT ULongToChar(ULONG Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT ULongToShort(ULONG Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT ULongToInt16(ULONG Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT ULongToUShort(ULONG Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT ULongToUInt16(ULONG Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT ULongToWord(ULONG Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT ULongToInt(ULONG Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT ULongToInt32(ULONG Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT ULongToUInt(ULONG Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT ULongToUInt32(ULONG Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT ULongToLong(ULONG Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT ULongToDWord(ULONG Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT ULongToLongLong(ULONG Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT ULongToInt64(ULONG Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT ULongToULongLong(ULONG Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToUInt64(ULONG Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToDWord64(ULONG Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToULong64(ULONG Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToIntPtr(ULONG Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT ULongToUIntPtr(ULONG Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToLongPtr(ULONG Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT ULongToULongPtr(ULONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToDWordPtr(ULONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToSizeT(ULONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToSIZET(ULONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongToSSIZET(ULONG Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT ULongToPtrdiffT(ULONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- DWORD ---- */
static inline HRESULT DWordAdd(DWORD Augend, DWORD Addend, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT DWordSub(DWORD Minuend, DWORD Subtrahend, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    DWORD, 0xffffffffu);
}
static inline HRESULT DWordMult(DWORD Multiplicand, DWORD Multiplier, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, DWORD, 0xffffffffu);
}
static inline HRESULT DWordToInt8(DWORD Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT DWordToUInt8(DWORD Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT DWordToByte(DWORD Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT DWordToUChar(DWORD Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT DWordToChar(DWORD Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT DWordToShort(DWORD Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT DWordToInt16(DWORD Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT DWordToUShort(DWORD Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT DWordToUInt16(DWORD Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT DWordToWord(DWORD Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT DWordToInt(DWORD Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT DWordToInt32(DWORD Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT DWordToUInt(DWORD Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT DWordToUInt32(DWORD Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT DWordToLong(DWORD Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT DWordToULong(DWORD Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT DWordToLongLong(DWORD Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT DWordToInt64(DWORD Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT DWordToULongLong(DWORD Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToUInt64(DWORD Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToDWord64(DWORD Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToULong64(DWORD Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToIntPtr(DWORD Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT DWordToUIntPtr(DWORD Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToLongPtr(DWORD Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT DWordToULongPtr(DWORD Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToDWordPtr(DWORD Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToSizeT(DWORD Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToSIZET(DWORD Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordToSSIZET(DWORD Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT DWordToPtrdiffT(DWORD Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- LONGLONG ---- */
static inline HRESULT LongLongAdd(LONGLONG Augend, LONGLONG Addend, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    LONGLONG, -1);
}
static inline HRESULT LongLongSub(LONGLONG Minuend, LONGLONG Subtrahend, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    LONGLONG, -1);
}
static inline HRESULT LongLongMult(LONGLONG Multiplicand, LONGLONG Multiplier, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, LONGLONG, -1);
}
static inline HRESULT LongLongToInt8(LONGLONG Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT LongLongToUInt8(LONGLONG Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT LongLongToByte(LONGLONG Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT LongLongToUChar(LONGLONG Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT LongLongToChar(LONGLONG Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT LongLongToShort(LONGLONG Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT LongLongToInt16(LONGLONG Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT LongLongToUShort(LONGLONG Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT LongLongToUInt16(LONGLONG Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT LongLongToWord(LONGLONG Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT LongLongToInt(LONGLONG Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT LongLongToInt32(LONGLONG Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT LongLongToUInt(LONGLONG Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT LongLongToUInt32(LONGLONG Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT LongLongToLong(LONGLONG Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT LongLongToULong(LONGLONG Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT LongLongToDWord(LONGLONG Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT LongLongToInt64(LONGLONG Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT LongLongToULongLong(LONGLONG Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToUInt64(LONGLONG Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToDWord64(LONGLONG Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToULong64(LONGLONG Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToIntPtr(LONGLONG Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT LongLongToUIntPtr(LONGLONG Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToLongPtr(LONGLONG Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT LongLongToULongPtr(LONGLONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToDWordPtr(LONGLONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToSizeT(LONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToSIZET(LONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongLongToSSIZET(LONGLONG Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT LongLongToPtrdiffT(LONGLONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- INT64 ---- */
static inline HRESULT Int64Add(INT64 Augend, INT64 Addend, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT64,
                                    -1);
}
static inline HRESULT Int64Sub(INT64 Minuend, INT64 Subtrahend, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    INT64, -1);
}
static inline HRESULT Int64Mult(INT64 Multiplicand, INT64 Multiplier, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, INT64, -1);
}
static inline HRESULT Int64ToInt8(INT64 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT Int64ToUInt8(INT64 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT Int64ToByte(INT64 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT Int64ToUChar(INT64 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT Int64ToChar(INT64 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT Int64ToShort(INT64 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT Int64ToInt16(INT64 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT Int64ToUShort(INT64 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT Int64ToUInt16(INT64 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT Int64ToWord(INT64 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT Int64ToInt(INT64 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT Int64ToInt32(INT64 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT Int64ToUInt(INT64 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT Int64ToUInt32(INT64 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT Int64ToLong(INT64 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT Int64ToULong(INT64 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT Int64ToDWord(INT64 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT Int64ToLongLong(INT64 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT Int64ToULongLong(INT64 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToUInt64(INT64 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToDWord64(INT64 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToULong64(INT64 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToIntPtr(INT64 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT Int64ToUIntPtr(INT64 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToLongPtr(INT64 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT Int64ToULongPtr(INT64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToDWordPtr(INT64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToSizeT(INT64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToSIZET(INT64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT Int64ToSSIZET(INT64 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT Int64ToPtrdiffT(INT64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- ULONGLONG ---- */
static inline HRESULT ULongLongAdd(ULONGLONG Augend, ULONGLONG Addend, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    ULONGLONG, 0xffffffffffffffffull);
}
static inline HRESULT ULongLongSub(ULONGLONG Minuend, ULONGLONG Subtrahend, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    ULONGLONG, 0xffffffffffffffffull);
}
static inline HRESULT ULongLongMult(ULONGLONG Multiplicand, ULONGLONG Multiplier,
                                    ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, ULONGLONG, 0xffffffffffffffffull);
}
static inline HRESULT ULongLongToInt8(ULONGLONG Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT ULongLongToUInt8(ULONGLONG Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT ULongLongToByte(ULONGLONG Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT ULongLongToUChar(ULONGLONG Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT ULongLongToChar(ULONGLONG Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT ULongLongToShort(ULONGLONG Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT ULongLongToInt16(ULONGLONG Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT ULongLongToUShort(ULONGLONG Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT ULongLongToUInt16(ULONGLONG Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT ULongLongToWord(ULONGLONG Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT ULongLongToInt(ULONGLONG Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT ULongLongToInt32(ULONGLONG Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT ULongLongToUInt(ULONGLONG Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT ULongLongToUInt32(ULONGLONG Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT ULongLongToLong(ULONGLONG Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT ULongLongToULong(ULONGLONG Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT ULongLongToDWord(ULONGLONG Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT ULongLongToLongLong(ULONGLONG Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT ULongLongToInt64(ULONGLONG Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT ULongLongToUInt64(ULONGLONG Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToDWord64(ULONGLONG Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToULong64(ULONGLONG Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToIntPtr(ULONGLONG Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT ULongLongToUIntPtr(ULONGLONG Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToLongPtr(ULONGLONG Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT ULongLongToULongPtr(ULONGLONG Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToDWordPtr(ULONGLONG Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToSizeT(ULONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToSIZET(ULONGLONG Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongLongToSSIZET(ULONGLONG Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT ULongLongToPtrdiffT(ULONGLONG Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UINT64 ---- */
static inline HRESULT UInt64Add(UINT64 Augend, UINT64 Addend, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64Sub(UINT64 Minuend, UINT64 Subtrahend, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UINT64, 0xffffffffffffffffull);
}
static inline HRESULT UInt64Mult(UINT64 Multiplicand, UINT64 Multiplier, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UINT64, 0xffffffffffffffffull);
}
static inline HRESULT UInt64ToInt8(UINT64 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UInt64ToUInt8(UINT64 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UInt64ToByte(UINT64 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UInt64ToUChar(UINT64 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UInt64ToChar(UINT64 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UInt64ToShort(UINT64 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UInt64ToInt16(UINT64 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UInt64ToUShort(UINT64 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UInt64ToUInt16(UINT64 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UInt64ToWord(UINT64 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UInt64ToInt(UINT64 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UInt64ToInt32(UINT64 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UInt64ToUInt(UINT64 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UInt64ToUInt32(UINT64 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UInt64ToLong(UINT64 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UInt64ToULong(UINT64 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UInt64ToDWord(UINT64 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UInt64ToLongLong(UINT64 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UInt64ToInt64(UINT64 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UInt64ToULongLong(UINT64 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToDWord64(UINT64 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToULong64(UINT64 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToIntPtr(UINT64 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UInt64ToUIntPtr(UINT64 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToLongPtr(UINT64 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UInt64ToULongPtr(UINT64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToDWordPtr(UINT64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToSizeT(UINT64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToSIZET(UINT64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UInt64ToSSIZET(UINT64 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UInt64ToPtrdiffT(UINT64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- DWORD64 ---- */
static inline HRESULT DWord64Add(DWORD64 Augend, DWORD64 Addend, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64Sub(DWORD64 Minuend, DWORD64 Subtrahend, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    DWORD64, 0xffffffffffffffffull);
}
static inline HRESULT DWord64Mult(DWORD64 Multiplicand, DWORD64 Multiplier, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, DWORD64, 0xffffffffffffffffull);
}
static inline HRESULT DWord64ToInt8(DWORD64 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT DWord64ToUInt8(DWORD64 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT DWord64ToByte(DWORD64 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT DWord64ToUChar(DWORD64 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT DWord64ToChar(DWORD64 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT DWord64ToShort(DWORD64 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT DWord64ToInt16(DWORD64 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT DWord64ToUShort(DWORD64 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT DWord64ToUInt16(DWORD64 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT DWord64ToWord(DWORD64 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT DWord64ToInt(DWORD64 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT DWord64ToInt32(DWORD64 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT DWord64ToUInt(DWORD64 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT DWord64ToUInt32(DWORD64 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT DWord64ToLong(DWORD64 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT DWord64ToULong(DWORD64 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT DWord64ToDWord(DWORD64 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT DWord64ToLongLong(DWORD64 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT DWord64ToInt64(DWORD64 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT DWord64ToULongLong(DWORD64 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToUInt64(DWORD64 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToULong64(DWORD64 Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToIntPtr(DWORD64 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT DWord64ToUIntPtr(DWORD64 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToLongPtr(DWORD64 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT DWord64ToULongPtr(DWORD64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToDWordPtr(DWORD64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToSizeT(DWORD64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToSIZET(DWORD64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWord64ToSSIZET(DWORD64 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT DWord64ToPtrdiffT(DWORD64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- ULONG64 ---- */
static inline HRESULT ULong64Add(ULONG64 Augend, ULONG64 Addend, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64Sub(ULONG64 Minuend, ULONG64 Subtrahend, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    ULONG64, 0xffffffffffffffffull);
}
static inline HRESULT ULong64Mult(ULONG64 Multiplicand, ULONG64 Multiplier, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, ULONG64, 0xffffffffffffffffull);
}
static inline HRESULT ULong64ToInt8(ULONG64 Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT ULong64ToUInt8(ULONG64 Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT ULong64ToByte(ULONG64 Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT ULong64ToUChar(ULONG64 Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT ULong64ToChar(ULONG64 Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT ULong64ToShort(ULONG64 Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT ULong64ToInt16(ULONG64 Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT ULong64ToUShort(ULONG64 Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT ULong64ToUInt16(ULONG64 Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT ULong64ToWord(ULONG64 Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT ULong64ToInt(ULONG64 Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT ULong64ToInt32(ULONG64 Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT ULong64ToUInt(ULONG64 Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT ULong64ToUInt32(ULONG64 Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT ULong64ToLong(ULONG64 Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT ULong64ToULong(ULONG64 Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT ULong64ToDWord(ULONG64 Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT ULong64ToLongLong(ULONG64 Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT ULong64ToInt64(ULONG64 Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT ULong64ToULongLong(ULONG64 Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToUInt64(ULONG64 Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToDWord64(ULONG64 Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToIntPtr(ULONG64 Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT ULong64ToUIntPtr(ULONG64 Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToLongPtr(ULONG64 Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT ULong64ToULongPtr(ULONG64 Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToDWordPtr(ULONG64 Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToSizeT(ULONG64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToSIZET(ULONG64 Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULong64ToSSIZET(ULONG64 Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT ULong64ToPtrdiffT(ULONG64 Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- INT_PTR ---- */
static inline HRESULT IntPtrAdd(INT_PTR Augend, INT_PTR Addend, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT IntPtrSub(INT_PTR Minuend, INT_PTR Subtrahend, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    INT_PTR, -1);
}
static inline HRESULT IntPtrMult(INT_PTR Multiplicand, INT_PTR Multiplier, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, INT_PTR, -1);
}
static inline HRESULT IntPtrToInt8(INT_PTR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT IntPtrToUInt8(INT_PTR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT IntPtrToByte(INT_PTR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT IntPtrToUChar(INT_PTR Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT IntPtrToChar(INT_PTR Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT IntPtrToShort(INT_PTR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT IntPtrToInt16(INT_PTR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT IntPtrToUShort(INT_PTR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT IntPtrToUInt16(INT_PTR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT IntPtrToWord(INT_PTR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT IntPtrToInt(INT_PTR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT IntPtrToInt32(INT_PTR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT IntPtrToUInt(INT_PTR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT IntPtrToUInt32(INT_PTR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT IntPtrToLong(INT_PTR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT IntPtrToULong(INT_PTR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT IntPtrToDWord(INT_PTR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT IntPtrToLongLong(INT_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT IntPtrToInt64(INT_PTR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT IntPtrToULongLong(INT_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToUInt64(INT_PTR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToDWord64(INT_PTR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToULong64(INT_PTR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToUIntPtr(INT_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToLongPtr(INT_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT IntPtrToULongPtr(INT_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToDWordPtr(INT_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToSizeT(INT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToSIZET(INT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT IntPtrToSSIZET(INT_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT IntPtrToPtrdiffT(INT_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- UINT_PTR ---- */
static inline HRESULT UIntPtrAdd(UINT_PTR Augend, UINT_PTR Addend, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    UINT_PTR, 0xffffffffffffffffull);
}
static inline HRESULT UIntPtrSub(UINT_PTR Minuend, UINT_PTR Subtrahend, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    UINT_PTR, 0xffffffffffffffffull);
}
static inline HRESULT UIntPtrMult(UINT_PTR Multiplicand, UINT_PTR Multiplier, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, UINT_PTR, 0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToInt8(UINT_PTR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT UIntPtrToUInt8(UINT_PTR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT UIntPtrToByte(UINT_PTR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT UIntPtrToUChar(UINT_PTR Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT UIntPtrToChar(UINT_PTR Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT UIntPtrToShort(UINT_PTR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT UIntPtrToInt16(UINT_PTR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT UIntPtrToUShort(UINT_PTR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT UIntPtrToUInt16(UINT_PTR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT UIntPtrToWord(UINT_PTR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT UIntPtrToInt(UINT_PTR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT UIntPtrToInt32(UINT_PTR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT UIntPtrToUInt(UINT_PTR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT UIntPtrToUInt32(UINT_PTR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT UIntPtrToLong(UINT_PTR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT UIntPtrToULong(UINT_PTR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT UIntPtrToDWord(UINT_PTR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT UIntPtrToLongLong(UINT_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT UIntPtrToInt64(UINT_PTR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT UIntPtrToULongLong(UINT_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToUInt64(UINT_PTR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToDWord64(UINT_PTR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToULong64(UINT_PTR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToIntPtr(UINT_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT UIntPtrToLongPtr(UINT_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT UIntPtrToULongPtr(UINT_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToDWordPtr(UINT_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToSizeT(UINT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToSIZET(UINT_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT UIntPtrToSSIZET(UINT_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT UIntPtrToPtrdiffT(UINT_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- LONG_PTR ---- */
static inline HRESULT LongPtrAdd(LONG_PTR Augend, LONG_PTR Addend, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    LONG_PTR, -1);
}
static inline HRESULT LongPtrSub(LONG_PTR Minuend, LONG_PTR Subtrahend, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    LONG_PTR, -1);
}
static inline HRESULT LongPtrMult(LONG_PTR Multiplicand, LONG_PTR Multiplier, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, LONG_PTR, -1);
}
static inline HRESULT LongPtrToInt8(LONG_PTR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT LongPtrToUInt8(LONG_PTR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT LongPtrToByte(LONG_PTR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT LongPtrToUChar(LONG_PTR Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT LongPtrToChar(LONG_PTR Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT LongPtrToShort(LONG_PTR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT LongPtrToInt16(LONG_PTR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT LongPtrToUShort(LONG_PTR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT LongPtrToUInt16(LONG_PTR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT LongPtrToWord(LONG_PTR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT LongPtrToInt(LONG_PTR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT LongPtrToInt32(LONG_PTR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT LongPtrToUInt(LONG_PTR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT LongPtrToUInt32(LONG_PTR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT LongPtrToLong(LONG_PTR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT LongPtrToULong(LONG_PTR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT LongPtrToDWord(LONG_PTR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT LongPtrToLongLong(LONG_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT LongPtrToInt64(LONG_PTR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT LongPtrToULongLong(LONG_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToUInt64(LONG_PTR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToDWord64(LONG_PTR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToULong64(LONG_PTR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToIntPtr(LONG_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT LongPtrToUIntPtr(LONG_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToULongPtr(LONG_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToDWordPtr(LONG_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToSizeT(LONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToSIZET(LONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT LongPtrToSSIZET(LONG_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT LongPtrToPtrdiffT(LONG_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- ULONG_PTR ---- */
static inline HRESULT ULongPtrAdd(ULONG_PTR Augend, ULONG_PTR Addend, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    ULONG_PTR, 0xffffffffffffffffull);
}
static inline HRESULT ULongPtrSub(ULONG_PTR Minuend, ULONG_PTR Subtrahend, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    ULONG_PTR, 0xffffffffffffffffull);
}
static inline HRESULT ULongPtrMult(ULONG_PTR Multiplicand, ULONG_PTR Multiplier,
                                   ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, ULONG_PTR, 0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToInt8(ULONG_PTR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT ULongPtrToUInt8(ULONG_PTR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT ULongPtrToByte(ULONG_PTR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT ULongPtrToUChar(ULONG_PTR Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT ULongPtrToChar(ULONG_PTR Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT ULongPtrToShort(ULONG_PTR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT ULongPtrToInt16(ULONG_PTR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT ULongPtrToUShort(ULONG_PTR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT ULongPtrToUInt16(ULONG_PTR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT ULongPtrToWord(ULONG_PTR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT ULongPtrToInt(ULONG_PTR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT ULongPtrToInt32(ULONG_PTR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT ULongPtrToUInt(ULONG_PTR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT ULongPtrToUInt32(ULONG_PTR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT ULongPtrToLong(ULONG_PTR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT ULongPtrToULong(ULONG_PTR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT ULongPtrToDWord(ULONG_PTR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT ULongPtrToLongLong(ULONG_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT ULongPtrToInt64(ULONG_PTR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT ULongPtrToULongLong(ULONG_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToUInt64(ULONG_PTR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToDWord64(ULONG_PTR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToULong64(ULONG_PTR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToIntPtr(ULONG_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT ULongPtrToUIntPtr(ULONG_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToLongPtr(ULONG_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT ULongPtrToDWordPtr(ULONG_PTR Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToSizeT(ULONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToSIZET(ULONG_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT ULongPtrToSSIZET(ULONG_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT ULongPtrToPtrdiffT(ULONG_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- DWORD_PTR ---- */
static inline HRESULT DWordPtrAdd(DWORD_PTR Augend, DWORD_PTR Addend, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    DWORD_PTR, 0xffffffffffffffffull);
}
static inline HRESULT DWordPtrSub(DWORD_PTR Minuend, DWORD_PTR Subtrahend, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    DWORD_PTR, 0xffffffffffffffffull);
}
static inline HRESULT DWordPtrMult(DWORD_PTR Multiplicand, DWORD_PTR Multiplier,
                                   DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, DWORD_PTR, 0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToInt8(DWORD_PTR Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT DWordPtrToUInt8(DWORD_PTR Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT DWordPtrToByte(DWORD_PTR Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT DWordPtrToUChar(DWORD_PTR Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT DWordPtrToChar(DWORD_PTR Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT DWordPtrToShort(DWORD_PTR Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT DWordPtrToInt16(DWORD_PTR Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT DWordPtrToUShort(DWORD_PTR Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT DWordPtrToUInt16(DWORD_PTR Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT DWordPtrToWord(DWORD_PTR Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT DWordPtrToInt(DWORD_PTR Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT DWordPtrToInt32(DWORD_PTR Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT DWordPtrToUInt(DWORD_PTR Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT DWordPtrToUInt32(DWORD_PTR Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT DWordPtrToLong(DWORD_PTR Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT DWordPtrToULong(DWORD_PTR Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT DWordPtrToDWord(DWORD_PTR Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT DWordPtrToLongLong(DWORD_PTR Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT DWordPtrToInt64(DWORD_PTR Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT DWordPtrToULongLong(DWORD_PTR Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToUInt64(DWORD_PTR Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToDWord64(DWORD_PTR Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToULong64(DWORD_PTR Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToIntPtr(DWORD_PTR Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT DWordPtrToUIntPtr(DWORD_PTR Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToLongPtr(DWORD_PTR Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT DWordPtrToULongPtr(DWORD_PTR Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToSizeT(DWORD_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToSIZET(DWORD_PTR Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT DWordPtrToSSIZET(DWORD_PTR Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT DWordPtrToPtrdiffT(DWORD_PTR Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- SIZE_T ---- */
static inline HRESULT SizeTAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTSub(SIZE_T Minuend, SIZE_T Subtrahend, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    SIZE_T, 0xffffffffffffffffull);
}
static inline HRESULT SizeTMult(SIZE_T Multiplicand, SIZE_T Multiplier, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, SIZE_T, 0xffffffffffffffffull);
}
static inline HRESULT SizeTToInt8(SIZE_T Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT SizeTToUInt8(SIZE_T Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT SizeTToByte(SIZE_T Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT SizeTToUChar(SIZE_T Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT SizeTToChar(SIZE_T Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT SizeTToShort(SIZE_T Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT SizeTToInt16(SIZE_T Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT SizeTToUShort(SIZE_T Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT SizeTToUInt16(SIZE_T Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT SizeTToWord(SIZE_T Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT SizeTToInt(SIZE_T Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT SizeTToInt32(SIZE_T Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT SizeTToUInt(SIZE_T Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT SizeTToUInt32(SIZE_T Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT SizeTToLong(SIZE_T Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT SizeTToULong(SIZE_T Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT SizeTToDWord(SIZE_T Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT SizeTToLongLong(SIZE_T Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT SizeTToInt64(SIZE_T Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT SizeTToULongLong(SIZE_T Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToUInt64(SIZE_T Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToDWord64(SIZE_T Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToULong64(SIZE_T Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToIntPtr(SIZE_T Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT SizeTToUIntPtr(SIZE_T Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToLongPtr(SIZE_T Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT SizeTToULongPtr(SIZE_T Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToDWordPtr(SIZE_T Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToSIZET(SIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT SizeTToSSIZET(SIZE_T Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT SizeTToPtrdiffT(SIZE_T Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- SIZE_T ---- */
static inline HRESULT SIZETAdd(SIZE_T Augend, SIZE_T Addend, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETSub(SIZE_T Minuend, SIZE_T Subtrahend, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    SIZE_T, 0xffffffffffffffffull);
}
static inline HRESULT SIZETMult(SIZE_T Multiplicand, SIZE_T Multiplier, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, SIZE_T, 0xffffffffffffffffull);
}
static inline HRESULT SIZETToInt8(SIZE_T Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT SIZETToUInt8(SIZE_T Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT SIZETToByte(SIZE_T Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT SIZETToUChar(SIZE_T Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT SIZETToChar(SIZE_T Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT SIZETToShort(SIZE_T Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT SIZETToInt16(SIZE_T Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT SIZETToUShort(SIZE_T Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT SIZETToUInt16(SIZE_T Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT SIZETToWord(SIZE_T Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT SIZETToInt(SIZE_T Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT SIZETToInt32(SIZE_T Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT SIZETToUInt(SIZE_T Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT SIZETToUInt32(SIZE_T Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT SIZETToLong(SIZE_T Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT SIZETToULong(SIZE_T Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT SIZETToDWord(SIZE_T Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT SIZETToLongLong(SIZE_T Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT SIZETToInt64(SIZE_T Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT SIZETToULongLong(SIZE_T Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToUInt64(SIZE_T Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToDWord64(SIZE_T Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToULong64(SIZE_T Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToIntPtr(SIZE_T Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT SIZETToUIntPtr(SIZE_T Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToLongPtr(SIZE_T Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT SIZETToULongPtr(SIZE_T Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToDWordPtr(SIZE_T Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToSizeT(SIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT SIZETToSSIZET(SIZE_T Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT SIZETToPtrdiffT(SIZE_T Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- SSIZE_T ---- */
static inline HRESULT SSIZETAdd(SSIZE_T Augend, SSIZE_T Addend, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result, SSIZE_T,
                                    -1);
}
static inline HRESULT SSIZETSub(SSIZE_T Minuend, SSIZE_T Subtrahend, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    SSIZE_T, -1);
}
static inline HRESULT SSIZETMult(SSIZE_T Multiplicand, SSIZE_T Multiplier, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, SSIZE_T, -1);
}
static inline HRESULT SSIZETToInt8(SSIZE_T Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT SSIZETToUInt8(SSIZE_T Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT SSIZETToByte(SSIZE_T Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT SSIZETToUChar(SSIZE_T Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT SSIZETToChar(SSIZE_T Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT SSIZETToShort(SSIZE_T Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT SSIZETToInt16(SSIZE_T Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT SSIZETToUShort(SSIZE_T Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT SSIZETToUInt16(SSIZE_T Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT SSIZETToWord(SSIZE_T Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT SSIZETToInt(SSIZE_T Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT SSIZETToInt32(SSIZE_T Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT SSIZETToUInt(SSIZE_T Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT SSIZETToUInt32(SSIZE_T Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT SSIZETToLong(SSIZE_T Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT SSIZETToULong(SSIZE_T Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT SSIZETToDWord(SSIZE_T Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT SSIZETToLongLong(SSIZE_T Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT SSIZETToInt64(SSIZE_T Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT SSIZETToULongLong(SSIZE_T Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToUInt64(SSIZE_T Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToDWord64(SSIZE_T Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToULong64(SSIZE_T Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToIntPtr(SSIZE_T Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT SSIZETToUIntPtr(SSIZE_T Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToLongPtr(SSIZE_T Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT SSIZETToULongPtr(SSIZE_T Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToDWordPtr(SSIZE_T Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToSizeT(SSIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToSIZET(SSIZE_T Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT SSIZETToPtrdiffT(SSIZE_T Operand, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ptrdiff_t,
                                    -1);
}
/* ---- ptrdiff_t ---- */
static inline HRESULT PtrdiffTAdd(ptrdiff_t Augend, ptrdiff_t Addend, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Augend, Addend, Result), Result,
                                    ptrdiff_t, -1);
}
static inline HRESULT PtrdiffTSub(ptrdiff_t Minuend, ptrdiff_t Subtrahend, ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_sub_overflow(Minuend, Subtrahend, Result), Result,
                                    ptrdiff_t, -1);
}
static inline HRESULT PtrdiffTMult(ptrdiff_t Multiplicand, ptrdiff_t Multiplier,
                                   ptrdiff_t* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_mul_overflow(Multiplicand, Multiplier, Result),
                                    Result, ptrdiff_t, -1);
}
static inline HRESULT PtrdiffTToInt8(ptrdiff_t Operand, INT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT8, -1);
}
static inline HRESULT PtrdiffTToUInt8(ptrdiff_t Operand, UINT8* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT8,
                                    0xff);
}
static inline HRESULT PtrdiffTToByte(ptrdiff_t Operand, BYTE* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, BYTE, 0xff);
}
static inline HRESULT PtrdiffTToUChar(ptrdiff_t Operand, UCHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UCHAR,
                                    0xff);
}
static inline HRESULT PtrdiffTToChar(ptrdiff_t Operand, CHAR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, CHAR, -1);
}
static inline HRESULT PtrdiffTToShort(ptrdiff_t Operand, SHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SHORT, -1);
}
static inline HRESULT PtrdiffTToInt16(ptrdiff_t Operand, INT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT16, -1);
}
static inline HRESULT PtrdiffTToUShort(ptrdiff_t Operand, USHORT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, USHORT,
                                    0xffff);
}
static inline HRESULT PtrdiffTToUInt16(ptrdiff_t Operand, UINT16* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT16,
                                    0xffff);
}
static inline HRESULT PtrdiffTToWord(ptrdiff_t Operand, WORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, WORD,
                                    0xffff);
}
static inline HRESULT PtrdiffTToInt(ptrdiff_t Operand, INT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT, -1);
}
static inline HRESULT PtrdiffTToInt32(ptrdiff_t Operand, INT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT32, -1);
}
static inline HRESULT PtrdiffTToUInt(ptrdiff_t Operand, UINT* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT,
                                    0xffffffffu);
}
static inline HRESULT PtrdiffTToUInt32(ptrdiff_t Operand, UINT32* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT32,
                                    0xffffffffu);
}
static inline HRESULT PtrdiffTToLong(ptrdiff_t Operand, LONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG, -1);
}
static inline HRESULT PtrdiffTToULong(ptrdiff_t Operand, ULONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG,
                                    0xffffffffu);
}
static inline HRESULT PtrdiffTToDWord(ptrdiff_t Operand, DWORD* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD,
                                    0xffffffffu);
}
static inline HRESULT PtrdiffTToLongLong(ptrdiff_t Operand, LONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONGLONG,
                                    -1);
}
static inline HRESULT PtrdiffTToInt64(ptrdiff_t Operand, INT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT64, -1);
}
static inline HRESULT PtrdiffTToULongLong(ptrdiff_t Operand, ULONGLONG* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONGLONG,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToUInt64(ptrdiff_t Operand, UINT64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT64,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToDWord64(ptrdiff_t Operand, DWORD64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD64,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToULong64(ptrdiff_t Operand, ULONG64* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG64,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToIntPtr(ptrdiff_t Operand, INT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, INT_PTR,
                                    -1);
}
static inline HRESULT PtrdiffTToUIntPtr(ptrdiff_t Operand, UINT_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, UINT_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToLongPtr(ptrdiff_t Operand, LONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, LONG_PTR,
                                    -1);
}
static inline HRESULT PtrdiffTToULongPtr(ptrdiff_t Operand, ULONG_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, ULONG_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToDWordPtr(ptrdiff_t Operand, DWORD_PTR* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, DWORD_PTR,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToSizeT(ptrdiff_t Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToSIZET(ptrdiff_t Operand, SIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SIZE_T,
                                    0xffffffffffffffffull);
}
static inline HRESULT PtrdiffTToSSIZET(ptrdiff_t Operand, SSIZE_T* Result) {
    return WPPTRACE_INTSAFE_RESULT_(__builtin_add_overflow(Operand, 0, Result), Result, SSIZE_T,
                                    -1);
}

#endif /* WPPTRACE_KM_INTSAFE_FUNCTIONS_H */
