typedef enum _SEVERITY {
    Low = 1 << 2,
    Mid = Low * 3 + (7 % 4),
    High = ~0 ^ 0x7f,
    Top = (High - 1) / 2
} SEVERITY;
enum Wide {
    Big = 9223372036854775807,
    Wrap = Big + 1,
    Div = 5 / 0,
    Neg = -9223372036854775807 - 1,
    Odd = Neg / -1,
    Shift = 1 << 64
};
// begin_wpp config
// CUSTOM_TYPE(severity, ItemEnum(_SEVERITY));
// FUNC TraceSev(LEVEL, FLAGS, MSG, ...);
// end_wpp
