/*
 * km/rtl_strings.h - the run-time library's counted-string routines beyond wdm.h's basics:
 * conversions between UNICODE_STRING and ANSI_STRING, numbers and GUIDs as text, comparison,
 * upper-casing, and TIME_FIELDS.
 *
 * "ANSI" is Latin-1 here (the host has no code pages): a character above 0xff converts to '?'.
 * A routine told to allocate its destination takes it from pool charged to the calling driver;
 * the driver frees it with RtlFreeUnicodeString/RtlFreeAnsiString, or the host reports a leak
 * at unload, as Driver Verifier would.
 */
#ifndef WPPTRACE_KM_RTL_STRINGS_H
#define WPPTRACE_KM_RTL_STRINGS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Counted strings declared in place, as ntdef.h has them (wdf.h repeats them word for word,
   which the preprocessor accepts). */
#define DECLARE_CONST_UNICODE_STRING(Name, Text) \
    const UNICODE_STRING Name = {sizeof(Text) - sizeof(WCHAR), sizeof(Text), (PWCH)(Text)}
#define DECLARE_UNICODE_STRING_SIZE(_var, _size) \
    WCHAR _var##_buffer[_size];                  \
    UNICODE_STRING _var = {0, (_size) * sizeof(WCHAR), _var##_buffer}
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(_var, _str) \
    const UNICODE_STRING _var = RTL_CONSTANT_STRING(_str)

static inline void RtlInitEmptyUnicodeString(PUNICODE_STRING UnicodeString, PWCHAR Buffer,
                                             USHORT BufferSize) {
    UnicodeString->Length = 0;
    UnicodeString->MaximumLength = BufferSize;
    UnicodeString->Buffer = Buffer;
}
static inline void RtlInitEmptyAnsiString(PANSI_STRING AnsiString, PCHAR Buffer,
                                          USHORT BufferSize) {
    AnsiString->Length = 0;
    AnsiString->MaximumLength = BufferSize;
    AnsiString->Buffer = Buffer;
}
void RtlInitString(PSTRING DestinationString, PCSZ SourceString);

/* Appends a NUL-terminated string; STATUS_BUFFER_TOO_SMALL (nothing appended) if it does not
   fit. */
NTSTATUS RtlAppendUnicodeToString(PUNICODE_STRING Destination, PCWSTR Source);
LONG RtlCompareUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                             BOOLEAN CaseInSensitive);
LONG RtlCompareString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive);
BOOLEAN RtlEqualString(const STRING* String1, const STRING* String2, BOOLEAN CaseInSensitive);
BOOLEAN RtlPrefixUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                               BOOLEAN CaseInSensitive);
void RtlCopyString(PSTRING DestinationString, const STRING* SourceString);
WCHAR RtlUpcaseUnicodeChar(WCHAR SourceCharacter);
WCHAR RtlDowncaseUnicodeChar(WCHAR SourceCharacter);
NTSTATUS RtlUpcaseUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                BOOLEAN AllocateDestinationString);
NTSTATUS RtlDowncaseUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString,
                                  BOOLEAN AllocateDestinationString);

/* Conversions: with Allocate FALSE the destination's MaximumLength must hold the result
   (STATUS_BUFFER_OVERFLOW otherwise); an ANSI result is NUL-terminated. */
NTSTATUS RtlAnsiStringToUnicodeString(PUNICODE_STRING DestinationString, PCANSI_STRING SourceString,
                                      BOOLEAN AllocateDestinationString);
NTSTATUS RtlUnicodeStringToAnsiString(PANSI_STRING DestinationString, PCUNICODE_STRING SourceString,
                                      BOOLEAN AllocateDestinationString);
void RtlFreeAnsiString(PANSI_STRING AnsiString);
ULONG RtlxAnsiStringToUnicodeSize(PCANSI_STRING AnsiString);
ULONG RtlxUnicodeStringToAnsiSize(PCUNICODE_STRING UnicodeString);
#define RtlAnsiStringToUnicodeSize(STRING) RtlxAnsiStringToUnicodeSize(STRING)
#define RtlUnicodeStringToAnsiSize(STRING) RtlxUnicodeStringToAnsiSize(STRING)
/* Convert as much as fits (the byte counts say how much). */
NTSTATUS RtlUnicodeToMultiByteN(PCHAR MultiByteString, ULONG MaxBytesInMultiByteString,
                                PULONG BytesInMultiByteString, PCWCH UnicodeString,
                                ULONG BytesInUnicodeString);
NTSTATUS RtlMultiByteToUnicodeN(PWCH UnicodeString, ULONG MaxBytesInUnicodeString,
                                PULONG BytesInUnicodeString, const CHAR* MultiByteString,
                                ULONG BytesInMultiByteString);
NTSTATUS RtlUnicodeToMultiByteSize(PULONG BytesInMultiByteString, PCWCH UnicodeString,
                                   ULONG BytesInUnicodeString);

/* The OEM code page is Latin-1 here too; "Counted" results need no terminator. */
NTSTATUS RtlUnicodeStringToOemString(POEM_STRING DestinationString, PCUNICODE_STRING SourceString,
                                     BOOLEAN AllocateDestinationString);
NTSTATUS RtlUnicodeStringToCountedOemString(POEM_STRING DestinationString,
                                            PCUNICODE_STRING SourceString,
                                            BOOLEAN AllocateDestinationString);
NTSTATUS RtlUpcaseUnicodeStringToCountedOemString(POEM_STRING DestinationString,
                                                  PCUNICODE_STRING SourceString,
                                                  BOOLEAN AllocateDestinationString);
NTSTATUS RtlOemStringToUnicodeString(PUNICODE_STRING DestinationString, PCOEM_STRING SourceString,
                                     BOOLEAN AllocateDestinationString);
NTSTATUS RtlOemStringToCountedUnicodeString(PUNICODE_STRING DestinationString,
                                            PCOEM_STRING SourceString,
                                            BOOLEAN AllocateDestinationString);
NTSTATUS RtlOemToUnicodeN(PWCH UnicodeString, ULONG MaxBytesInUnicodeString,
                          PULONG BytesInUnicodeString, PCCH OemString, ULONG BytesInOemString);
void RtlFreeOemString(POEM_STRING OemString);

/* Numbers: Base 0 reads a 0x/0o/0b prefix (decimal without one); 2, 8, 10 and 16 are the others. */
NTSTATUS RtlUnicodeStringToInteger(PCUNICODE_STRING String, ULONG Base, PULONG Value);
NTSTATUS RtlCharToInteger(PCSZ String, ULONG Base, PULONG Value);
NTSTATUS RtlIntegerToUnicodeString(ULONG Value, ULONG Base, PUNICODE_STRING String);
NTSTATUS RtlInt64ToUnicodeString(ULONGLONG Value, ULONG Base, PUNICODE_STRING String);

/* GUIDs as "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" (upper case): the string is allocated. */
NTSTATUS RtlStringFromGUID(REFGUID Guid, PUNICODE_STRING GuidString);
NTSTATUS RtlGUIDFromString(PCUNICODE_STRING GuidString, GUID* Guid);

/* System time (100 ns units since 1601-01-01) and its calendar fields. */
typedef struct _TIME_FIELDS {
    CSHORT Year;         /* 1601... */
    CSHORT Month;        /* 1..12 */
    CSHORT Day;          /* 1..31 */
    CSHORT Hour;         /* 0..23 */
    CSHORT Minute;       /* 0..59 */
    CSHORT Second;       /* 0..59 */
    CSHORT Milliseconds; /* 0..999 */
    CSHORT Weekday;      /* 0..6 = Sunday..Saturday */
} TIME_FIELDS, *PTIME_FIELDS;
void RtlTimeToTimeFields(PLARGE_INTEGER Time, PTIME_FIELDS TimeFields);
/* FALSE (Time untouched) when a field is out of range. */
BOOLEAN RtlTimeFieldsToTime(PTIME_FIELDS TimeFields, PLARGE_INTEGER Time);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_RTL_STRINGS_H */
