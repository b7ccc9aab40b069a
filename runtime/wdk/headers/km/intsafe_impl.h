/*
 * km/intsafe_impl.h - the checked integer arithmetic and conversions of ntintsafe.h (kernel,
 * Rtl prefix, NTSTATUS) and intsafe.h (user mode, no prefix, HRESULT), from one table of types.
 *
 * Each Add/Sub/Mult computes in infinite precision (__builtin_*_overflow); each <From>To<To>
 * converts when the value fits. When it does not, the result is the type's error value (all bits
 * set for an unsigned type, -1 for a signed one) and the call returns STATUS_INTEGER_OVERFLOW
 * (INTSAFE_E_ARITHMETIC_OVERFLOW for intsafe.h), as Microsoft documents.
 *
 * The including header defines WPPTRACE_INTSAFE_NAME(name), WPPTRACE_INTSAFE_STATUS (the type),
 * WPPTRACE_INTSAFE_OK and WPPTRACE_INTSAFE_OVERFLOW, includes this file, and undefines them.
 */

/* X(Name, C type, error value) for every integer type intsafe knows by name. */
#define WPPTRACE_INTSAFE_TYPES_A(X, ...)                        \
    X(Int8, INT8, -1, __VA_ARGS__)                              \
    X(UInt8, UINT8, 0xff, __VA_ARGS__)                          \
    X(Byte, BYTE, 0xff, __VA_ARGS__)                            \
    X(UChar, UCHAR, 0xff, __VA_ARGS__)                          \
    X(Char, CHAR, -1, __VA_ARGS__)                              \
    X(Short, SHORT, -1, __VA_ARGS__)                            \
    X(Int16, INT16, -1, __VA_ARGS__)                            \
    X(UShort, USHORT, 0xffff, __VA_ARGS__)                      \
    X(UInt16, UINT16, 0xffff, __VA_ARGS__)                      \
    X(Word, WORD, 0xffff, __VA_ARGS__)                          \
    X(Int, INT, -1, __VA_ARGS__)                                \
    X(Int32, INT32, -1, __VA_ARGS__)                            \
    X(UInt, UINT, 0xffffffffu, __VA_ARGS__)                     \
    X(UInt32, UINT32, 0xffffffffu, __VA_ARGS__)                 \
    X(Long, LONG, -1, __VA_ARGS__)                              \
    X(ULong, ULONG, 0xffffffffu, __VA_ARGS__)                   \
    X(DWord, DWORD, 0xffffffffu, __VA_ARGS__)                   \
    X(LongLong, LONGLONG, -1, __VA_ARGS__)                      \
    X(Int64, INT64, -1, __VA_ARGS__)                            \
    X(ULongLong, ULONGLONG, 0xffffffffffffffffull, __VA_ARGS__) \
    X(UInt64, UINT64, 0xffffffffffffffffull, __VA_ARGS__)       \
    X(DWord64, DWORD64, 0xffffffffffffffffull, __VA_ARGS__)     \
    X(ULong64, ULONG64, 0xffffffffffffffffull, __VA_ARGS__)     \
    X(IntPtr, INT_PTR, -1, __VA_ARGS__)                         \
    X(UIntPtr, UINT_PTR, 0xffffffffffffffffull, __VA_ARGS__)    \
    X(LongPtr, LONG_PTR, -1, __VA_ARGS__)                       \
    X(ULongPtr, ULONG_PTR, 0xffffffffffffffffull, __VA_ARGS__)  \
    X(DWordPtr, DWORD_PTR, 0xffffffffffffffffull, __VA_ARGS__)  \
    X(SizeT, SIZE_T, 0xffffffffffffffffull, __VA_ARGS__)        \
    X(SIZET, SIZE_T, 0xffffffffffffffffull, __VA_ARGS__)        \
    X(SSIZET, SSIZE_T, -1, __VA_ARGS__)                         \
    X(PtrdiffT, ptrdiff_t, -1, __VA_ARGS__)
/* The same table again: a macro cannot expand itself, and conversions need a pair of types. */
#define WPPTRACE_INTSAFE_TYPES_B(X, ...)                        \
    X(Int8, INT8, -1, __VA_ARGS__)                              \
    X(UInt8, UINT8, 0xff, __VA_ARGS__)                          \
    X(Byte, BYTE, 0xff, __VA_ARGS__)                            \
    X(UChar, UCHAR, 0xff, __VA_ARGS__)                          \
    X(Char, CHAR, -1, __VA_ARGS__)                              \
    X(Short, SHORT, -1, __VA_ARGS__)                            \
    X(Int16, INT16, -1, __VA_ARGS__)                            \
    X(UShort, USHORT, 0xffff, __VA_ARGS__)                      \
    X(UInt16, UINT16, 0xffff, __VA_ARGS__)                      \
    X(Word, WORD, 0xffff, __VA_ARGS__)                          \
    X(Int, INT, -1, __VA_ARGS__)                                \
    X(Int32, INT32, -1, __VA_ARGS__)                            \
    X(UInt, UINT, 0xffffffffu, __VA_ARGS__)                     \
    X(UInt32, UINT32, 0xffffffffu, __VA_ARGS__)                 \
    X(Long, LONG, -1, __VA_ARGS__)                              \
    X(ULong, ULONG, 0xffffffffu, __VA_ARGS__)                   \
    X(DWord, DWORD, 0xffffffffu, __VA_ARGS__)                   \
    X(LongLong, LONGLONG, -1, __VA_ARGS__)                      \
    X(Int64, INT64, -1, __VA_ARGS__)                            \
    X(ULongLong, ULONGLONG, 0xffffffffffffffffull, __VA_ARGS__) \
    X(UInt64, UINT64, 0xffffffffffffffffull, __VA_ARGS__)       \
    X(DWord64, DWORD64, 0xffffffffffffffffull, __VA_ARGS__)     \
    X(ULong64, ULONG64, 0xffffffffffffffffull, __VA_ARGS__)     \
    X(IntPtr, INT_PTR, -1, __VA_ARGS__)                         \
    X(UIntPtr, UINT_PTR, 0xffffffffffffffffull, __VA_ARGS__)    \
    X(LongPtr, LONG_PTR, -1, __VA_ARGS__)                       \
    X(ULongPtr, ULONG_PTR, 0xffffffffffffffffull, __VA_ARGS__)  \
    X(DWordPtr, DWORD_PTR, 0xffffffffffffffffull, __VA_ARGS__)  \
    X(SizeT, SIZE_T, 0xffffffffffffffffull, __VA_ARGS__)        \
    X(SIZET, SIZE_T, 0xffffffffffffffffull, __VA_ARGS__)        \
    X(SSIZET, SSIZE_T, -1, __VA_ARGS__)                         \
    X(PtrdiffT, ptrdiff_t, -1, __VA_ARGS__)

#define WPPTRACE_INTSAFE_OP_(Name, T, Error, Op, Builtin)                                     \
    static inline WPPTRACE_INTSAFE_STATUS WPPTRACE_INTSAFE_NAME(Name##Op)(T Augend, T Addend, \
                                                                          T * Result) {       \
        if (Builtin(Augend, Addend, Result)) {                                                \
            *Result = (T)(Error);                                                             \
            return WPPTRACE_INTSAFE_OVERFLOW;                                                 \
        }                                                                                     \
        return WPPTRACE_INTSAFE_OK;                                                           \
    }
#define WPPTRACE_INTSAFE_ARITH_(Name, T, Error, unused)               \
    WPPTRACE_INTSAFE_OP_(Name, T, Error, Add, __builtin_add_overflow) \
    WPPTRACE_INTSAFE_OP_(Name, T, Error, Sub, __builtin_sub_overflow) \
    WPPTRACE_INTSAFE_OP_(Name, T, Error, Mult, __builtin_mul_overflow)
#define WPPTRACE_INTSAFE_CONVERT_(ToName, ToT, ToError, FromName, FromT)               \
    static inline WPPTRACE_INTSAFE_STATUS WPPTRACE_INTSAFE_NAME(FromName##To##ToName)( \
        FromT Operand, ToT * Result) {                                                 \
        if (__builtin_add_overflow(Operand, 0, Result)) {                              \
            *Result = (ToT)(ToError);                                                  \
            return WPPTRACE_INTSAFE_OVERFLOW;                                          \
        }                                                                              \
        return WPPTRACE_INTSAFE_OK;                                                    \
    }
#define WPPTRACE_INTSAFE_FROM_(FromName, FromT, FromError, unused) \
    WPPTRACE_INTSAFE_TYPES_B(WPPTRACE_INTSAFE_CONVERT_, FromName, FromT)

WPPTRACE_INTSAFE_TYPES_A(WPPTRACE_INTSAFE_ARITH_, 0)
WPPTRACE_INTSAFE_TYPES_A(WPPTRACE_INTSAFE_FROM_, 0)

#undef WPPTRACE_INTSAFE_OP_
#undef WPPTRACE_INTSAFE_ARITH_
#undef WPPTRACE_INTSAFE_CONVERT_
#undef WPPTRACE_INTSAFE_FROM_
#undef WPPTRACE_INTSAFE_TYPES_A
#undef WPPTRACE_INTSAFE_TYPES_B
