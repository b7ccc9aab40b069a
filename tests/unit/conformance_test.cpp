// Conformance: every conversion WPP accepts, printf ones and %!NAME! extended ones, with typical
// and edge values, from the argument to the text. Each row goes through the real recorder (the
// C++ macros' compile-time check and packing) and the real decoder (prepare, render); a subset
// goes through the C macros' _Generic path too and must record the same words.
#include <gtest/gtest.h>

#include <wpp/detail/trace_cpp.hpp>

#include <arpa/inet.h>

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "encoder_c_side.h"
#include "wpptrace/decoder/format_engine.hpp"
#include "wpptrace/decoder/win_names.hpp"

namespace {

using namespace wpptrace::decoder;
using wpp::detail::arg_list;
using wpp::detail::checked_format;
using wpp::detail::fixed_string;

// A module's custom types, as the catalog will hold them.
class TestTypes : public CustomTypeLookup {
  public:
    TestTypes() {
        add("InlineState", "ItemListLong(Idle, Skipping, Modifying, Scanning)");
        add("state", "ItemEnum(_MachineState){Offline=0,Online=1,Failed=7}");
        add("perm", "ItemSetByte(Read,Write,Exec)");
        add("Flags", "ItemFlagsEnum(FLAGS){None=0,A=1,B=2,AB=3,C=16}");
    }
    const CustomType* find_custom_type(std::string_view module,
                                       std::string_view name) const override {
        if (module != "tracedrv") return nullptr;
        for (const auto& [n, t] : types_)
            if (n == name) return &t;
        return nullptr;
    }

  private:
    void add(std::string name, const char* definition) {
        std::string error;
        auto type = parse_custom_type(definition, &error);
        EXPECT_TRUE(type) << definition << ": " << error;
        if (type) types_.emplace_back(std::move(name), std::move(*type));
    }
    std::vector<std::pair<std::string, CustomType>> types_;
};

struct Row {
    std::string format;
    std::string rendered;
    std::string expected;
    std::string problem;  // describe() of the render status; "ok" when sound
};

template <fixed_string Format, class... A>
std::vector<std::uint64_t> pack(A... args) {
    using F = checked_format<Format, arg_list<A...>>;
    static_assert(F::ok);
    std::vector<std::uint64_t> words(F::capacity);
    wpp_blob blob{words.data(), 0, F::capacity};
    wpp::detail::pack<F>(blob, std::index_sequence_for<A...>{}, args...);
    words.resize(blob.used);
    return words;
}

template <fixed_string Format, class... A>
Row row(std::string expected, A... args) {
    static const TestTypes types;
    using F = checked_format<Format, arg_list<A...>>;
    MessageInfo message;
    message.format = Format.data;
    message.types = F::types;
    message.module = "tracedrv";
    message.function = "TracedrvDispatchDeviceControl";
    message.file = "tracedrv.c";
    message.line = 258;
    message.level = "TRACE_LEVEL_INFORMATION";
    message.flags = "FLAG_ONE";
    const PreparedMessage prepared = prepare(message, &types);
    std::string out;
    const RenderStatus status =
        render(prepared, pack<Format>(args...), out, "[0]0338.0E40::06/10/2005-14:25:43.968");
    return {Format.data, out, std::move(expected), describe(status.problem)};
}

void check(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        EXPECT_EQ(r.rendered, r.expected) << "format: " << r.format;
        EXPECT_EQ(r.problem, "ok") << "format: " << r.format;
    }
}

GUID guid_of(std::uint32_t d1, std::uint16_t d2, std::uint16_t d3, std::uint64_t d4) {
    GUID g{d1, d2, d3, {}};
    for (int i = 0; i < 8; ++i) g.Data4[i] = static_cast<std::uint8_t>(d4 >> (56 - 8 * i));
    return g;
}

// 100 ns ticks from 1601-01-01 to 2005-06-10 14:25:43.968 UTC.
constexpr std::int64_t kFiletime2005 = (1118413543LL + 11644473600LL) * 10'000'000 + 9'680'000;

TEST(Conformance, SignedAndUnsignedIntegers) {
    check({
        row<"%d">("0", 0),
        row<"%d">("-5", -5),
        row<"%i">("2147483647", INT_MAX),
        row<"%d">("-2147483648", INT_MIN),
        row<"%u">("4294967295", UINT_MAX),
        row<"%u">("4294967291", -5),  // the bits of an int, read unsigned
        row<"%ld">("-7", static_cast<LONG>(-7)),
        row<"%lu">("7", static_cast<ULONG>(7)),
        row<"%hd">("-1", static_cast<short>(-1)),
        row<"%hd">("-1", 65535),  // an int under %hd: truncated to 16 bits
        row<"%hu">("65535", static_cast<USHORT>(65535)),
        row<"%lld">("-9223372036854775808", LLONG_MIN),
        row<"%llu">("18446744073709551615", ULLONG_MAX),
        row<"%I64d">("-1234567890123", -1234567890123LL),
        row<"%I64u">("1099511627776", 1ull << 40),
        row<"%Id">("-3", static_cast<LONG_PTR>(-3)),
        row<"%Iu">("42", static_cast<SIZE_T>(42)),
        row<"%I32d">("-9", -9),
        row<"%+d">("+5", 5),
        row<"% d">(" 5", 5),
        row<"%5d|%-5d|">("   42|42   |", 42, 42),
        row<"%05d">("-0042", -42),
        row<"%.3d">("007", 7),
        row<"%.0d">("", 0),
        row<"%8.3d">("     007", 7),
    });
}

TEST(Conformance, HexAndOctal) {
    check({
        row<"%x">("0", 0),
        row<"%x">("deadbeef", 0xdeadbeefu),
        row<"%X">("DEADBEEF", 0xdeadbeefu),
        row<"%x">("fffffffb", -5),
        row<"%#x">("0x1f", 31),
        row<"%#X">("0X1F", 31),
        row<"%#x">("0", 0),
        row<"%08x">("0000abcd", 0xabcd),
        row<"%#010x">("0x0000abcd", 0xabcd),
        row<"%hx">("ffff", -1),
        row<"%lx">("ffffffff", static_cast<ULONG>(0xffffffff)),
        row<"%llx">("ffffffffffffffff", ~0ull),
        row<"%I64X">("123456789ABCDEF0", 0x123456789abcdef0ull),
        row<"%Ix">("7fff0000", static_cast<ULONG_PTR>(0x7fff0000)),
        row<"%IX">("FFFFFFFFFFFFFFFF", static_cast<ULONG_PTR>(~0ull)),
        row<"%o">("17", 15),
        row<"%#o">("017", 15),
        row<"%#o">("0", 0),
        row<"%ho">("177777", -1),
        row<"%I64o">("1777777777777777777777", ~0ull),
    });
}

TEST(Conformance, CharactersPointersAndFloatingPoint) {
    check({
        row<"[%c]">("[A]", 'A'),
        row<"[%hc]">("[z]", 'z'),
        row<"[%3c]">("[  A]", 'A'),
        row<"[%c]">("[]", 0),  // a NUL shows as nothing
        row<"[%C]">("[\u00e9]", L'\u00e9'),
        row<"[%lc]">("[\u20ac]", L'\u20ac'),
        row<"[%wc]">("[x]", L'x'),
        row<"%p">("0000000000000000", nullptr),
        row<"%p">("00007FFF12345678", reinterpret_cast<void*>(0x7fff12345678)),
        row<"%20p|">("    00000000000000FF|", reinterpret_cast<void*>(0xff)),
        row<"%f">("1.500000", 1.5),
        row<"%.2f">("-0.25", -0.25),
        row<"%e">("1.000000e+10", 1e10),
        row<"%E">("1.250000E-03", 1.25e-3),
        row<"%g">("0.0001", 1e-4),
        row<"%G">("1E+20", 1e20),
        row<"%g">("0", 0.0),
        row<"%8.3f|">("   3.142|", 3.14159),
        row<"%f">("inf", 1.0 / 0.0),
        row<"%lf">("2.000000", 2.0f),
    });
}

TEST(Conformance, StringsPlainAndCounted) {
    const char* none = nullptr;
    const wchar_t* wide_none = nullptr;
    static const WCHAR path[] = L"\\Device\\Serial0";
    UNICODE_STRING ustr{static_cast<USHORT>(14 * sizeof(WCHAR)), sizeof path,
                        const_cast<PWCH>(path)};
    UNICODE_STRING uempty{0, 0, nullptr};
    char bytes[] = "ansi-text";
    ANSI_STRING astr{4, sizeof bytes, bytes};
    ANSI_STRING aempty{0, 0, nullptr};
    check({
        row<"%s">("Hi", "Hi"),
        row<"[%s]">("[]", ""),
        row<"[%s]">("[NULL]", none),
        row<"[%hs]">("[narrow]", "narrow"),
        row<"[%.3s]">("[abc]", "abcdef"),
        row<"[%6s|%-6s]">("[    ab|ab    ]", "ab", "ab"),
        row<"[%S]">("[wide]", L"wide"),
        row<"[%ws]">("[w\u00e9]", L"w\u00e9"),
        row<"[%ls]">("[\U0001F600]", u"\U0001F600"),
        row<"[%ws]">("[NULL]", wide_none),
        row<"[%.2ws]">("[ab]", L"abc"),
        row<"[%wZ]">("[\\Device\\Serial]", static_cast<PCUNICODE_STRING>(&ustr)),
        row<"[%wZ]">("[]", static_cast<PCUNICODE_STRING>(&uempty)),
        row<"[%wZ]">("[NULL]", static_cast<PCUNICODE_STRING>(nullptr)),
        row<"[%Z]">("[ansi]", static_cast<PCANSI_STRING>(&astr)),
        row<"[%hZ]">("[ansi]", static_cast<PCANSI_STRING>(&astr)),
        row<"[%Z]">("[]", static_cast<PCANSI_STRING>(&aempty)),
        row<"[%Z]">("[NULL]", static_cast<PCANSI_STRING>(nullptr)),
        row<"[%!ASTR!]">("[astr]", "astr"),
        row<"[%!WSTR!]">("[wstr]", L"wstr"),
        row<"[%!USTR!]">("[\\Device\\Serial]", static_cast<PCUNICODE_STRING>(&ustr)),
        row<"[%!ANSTR!|%!CSTR!]">("[ansi|ansi]", static_cast<PCANSI_STRING>(&astr),
                                  static_cast<PCANSI_STRING>(&astr)),
        row<"100%% done">("100% done"),
    });
}

TEST(Conformance, StatusCodes) {
    check({
        row<"%!STATUS!">("STATUS_SUCCESS", static_cast<NTSTATUS>(0)),
        row<"%!STATUS!">("0x8000000f(STATUS_DEVICE_POWERED_OFF)",
                         static_cast<NTSTATUS>(0x8000000f)),
        row<"%!status!">("0xc0000022(STATUS_ACCESS_DENIED)", static_cast<NTSTATUS>(0xc0000022)),
        row<"%!STATUS!">("0x00000103(STATUS_PENDING)", 0x103),
        row<"%!STATUS!">("0xdeadbeef", 0xdeadbeefu),
        row<"%!STATUS!">("0xffffffff", -1),
        row<"%!HRESULT!">("S_OK", 0),
        row<"%!hresult!">("0x00000001(S_FALSE)", 1),
        row<"%!HRESULT!">("0x80004005(E_FAIL)", static_cast<LONG>(0x80004005)),
        row<"%!HRESULT!">("0x80070005(E_ACCESSDENIED)", 0x80070005u),
        // HRESULT_FROM_WIN32(ERROR_NOT_READY): through the Win32 names
        row<"%!HRESULT!">("0x80070015(ERROR_NOT_READY)", 0x80070015u),
        // HRESULT_FROM_NT(STATUS_DEVICE_POWERED_OFF): through the NTSTATUS names
        row<"%!HRESULT!">("0x9000000f(STATUS_DEVICE_POWERED_OFF)", 0x9000000fu),
        row<"%!HRESULT!">("0x8004fffe(FACILITY_ITF)", 0x8004fffeu),
        row<"%!HRESULT!">("0x00001234", 0x1234),
        row<"%!WINERROR!">("ERROR_SUCCESS", 0u),
        row<"%!WINERROR!">("5(ERROR_ACCESS_DENIED)", 5u),
        row<"%!winerr!">("2(ERROR_FILE_NOT_FOUND)", 2),
        row<"%!WINERROR!">("99999", 99999),
        row<"%!NDIS_STATUS!">("NDIS_STATUS_SUCCESS", 0),
        row<"%!NDIS_STATUS!">("0x00010001(NDIS_STATUS_NOT_RECOGNIZED)", 0x00010001),
        row<"%!NDIS_STATUS!">("0xc0000001(NDIS_STATUS_FAILURE)", 0xc0000001u),
        row<"%!NDIS_STATUS!">("0xc0000034(STATUS_OBJECT_NAME_NOT_FOUND)", 0xc0000034u),
        row<"%!NDIS_OID!">("0x00010101(OID_GEN_SUPPORTED_LIST)", 0x00010101u),
        row<"%!NDIS_OID!">("0x0badf00d", 0x0badf00du),
    });
}

TEST(Conformance, GuidsAndAddresses) {
    const GUID guid = guid_of(0x84bdb2e9, 0x829e, 0x41b3, 0xb89102f454bc2bd7ull);
    const GUID zero{};
    const GUID* none = nullptr;
    in6_addr v6{};
    inet_pton(AF_INET6, "fe80::1:2", &v6);
    in6_addr mapped{};
    inet_pton(AF_INET6, "::ffff:192.0.2.1", &mapped);
    const UCHAR mac[6] = {0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e};
    const void* no_address = nullptr;
    check({
        row<"%!GUID!">("84bdb2e9-829e-41b3-b891-02f454bc2bd7", &guid),
        row<"%!guid!|%!CLSID!|%!IID!|%!LIBID!">(
            "00000000-0000-0000-0000-000000000000|84bdb2e9-829e-41b3-b891-02f454bc2bd7|"
            "84bdb2e9-829e-41b3-b891-02f454bc2bd7|84bdb2e9-829e-41b3-b891-02f454bc2bd7",
            &zero, &guid, &guid, &guid),
        row<"[%!GUID!]">("[NULL]", none),
        row<"%!IPADDR!">("192.168.1.2", static_cast<ULONG>(inet_addr("192.168.1.2"))),
        row<"%!ipaddr!">("0.0.0.0", 0u),
        row<"%!IPADDR!">("255.255.255.255", 0xffffffffu),
        row<"%!PORT!">("443", htons(443)),
        row<"%!port!">("0", static_cast<USHORT>(0)),
        row<"%!PORT!">("65535", static_cast<USHORT>(0xffff)),
        row<"%!IPV6ADDR!">("fe80::1:2", &v6),
        row<"%!IPV6ADDR!">("::ffff:192.0.2.1", &mapped),
        row<"[%!IPV6ADDR!]">("[NULL]", no_address),
        row<"%!MACADDR!">("00-1A-2B-3C-4D-5E", mac),
        row<"[%!MACADDR!]">("[NULL]", no_address),
    });
}

TEST(Conformance, SecurityIdentifiers) {
    // S-1-5-21-1004336348-1177238915-682003330-512: revision 1, 5 sub-authorities, NT authority.
    struct {
        UCHAR revision = 1, count = 5;
        UCHAR authority[6] = {0, 0, 0, 0, 0, 5};
        ULONG sub[5] = {21, 1004336348, 1177238915, 682003330, 512};
    } domain_admins;
    struct {
        UCHAR revision = 1, count = 1;
        UCHAR authority[6] = {0, 0, 0, 0, 0, 1};
        ULONG sub[1] = {0};
    } everyone;
    struct {
        UCHAR revision = 1, count = 0;
        UCHAR authority[6] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06};
    } wide_authority;
    const void* none = nullptr;
    check({
        row<"%!sid!">("S-1-5-21-1004336348-1177238915-682003330-512",
                      static_cast<const void*>(&domain_admins)),
        row<"%!sid!">("S-1-1-0", static_cast<const void*>(&everyone)),
        row<"%!sid!">("S-1-0x010203040506", static_cast<const void*>(&wide_authority)),
        row<"[%!sid!]">("[NULL]", none),
    });
}

TEST(Conformance, TimesAndDurations) {
    constexpr std::int64_t kSecond = 10'000'000;
    check({
        row<"%!TIMESTAMP!">("06/10/2005-14:25:43.968", kFiletime2005),
        row<"%!TIME!|%!DATE!|%!datetime!">(
            "06/10/2005-14:25:43.968|06/10/2005-14:25:43.968|06/10/2005-14:25:43.968",
            kFiletime2005, kFiletime2005, kFiletime2005),
        row<"%!TIMESTAMP!">("01/01/1601-00:00:00.000", 0LL),
        row<"%!TIMESTAMP!">("01/01/1970-00:00:00.000", 11644473600LL * kSecond),
        row<"%!TIMESTAMP!">("-1", -1LL),
        // Leap days and century years (unix seconds from `date -u`).
        row<"%!TIMESTAMP!">("02/29/2000-23:59:59.999",
                            (951868799LL + 11644473600LL) * kSecond + 9'990'000),
        row<"%!TIMESTAMP!">("03/01/1900-00:00:00.000", (-2203891200LL + 11644473600LL) * kSecond),
        row<"%!TIMESTAMP!">("03/01/2100-00:00:00.000", (4107542400LL + 11644473600LL) * kSecond),
        row<"%!TIMESTAMP!">("12/31/1601-12:00:00.000", (-11612980800LL + 11644473600LL) * kSecond),
        row<"%!TIMESTAMP!">("09/14/30828-02:48:05.477", LLONG_MAX),
        row<"%!delta!">("0~00:00:00.000", 0LL),
        row<"%!delta!">("0~00:00:01.500", 15 * kSecond / 10),
        row<"%!delta!">("1~02:03:04.005", ((26 * 60 + 3) * 60 + 4) * kSecond + 50'000),
        row<"%!delta!">("-0~00:00:00.250", -kSecond / 4),
        row<"%!due!">("0~00:00:05.000", -5 * kSecond),  // relative: negative, as KeWait* takes
        row<"%!WAITTIME!">("06/10/2005-14:25:43.968", kFiletime2005),  // absolute
        row<"%!delta!">("-10675199~02:48:05.477", LLONG_MIN),
    });
}

TEST(Conformance, BinaryDumps) {
    const UCHAR bytes[] = {0x00, 0x1a, 0xff, 0x7f};
    std::vector<UCHAR> big(20000, 0xab);
    const Row cut = row<"%!HEXDUMP!">("", WppHexDump(big.data(), big.size()));
    EXPECT_TRUE(cut.rendered.starts_with("ab ab ab")) << cut.rendered.substr(0, 20);
    EXPECT_TRUE(cut.rendered.ends_with("ab ...")) << cut.rendered.substr(cut.rendered.size() - 20);
    check({
        row<"%!HEXDUMP!">("00 1a ff 7f", WppHexDump(bytes, sizeof bytes)),
        row<"%!BIN!">("00 1a", WppBinary(bytes, 2)),
        row<"[%!BIN!]">("[]", WppBinary(bytes, 0)),
        row<"[%!BIN!]">("[NULL]", WppBinary(nullptr, 4)),
        row<"%!BIN! then %d">("ff 7f then 9", WppBinary(bytes + 2, 2), 9),
    });
}

// Lists print 0x%08x(NAME), as decoded WDF in-flight-recorder logs show
// (0x0000000f(IRP_MJ_INTERNAL_DEVICE_CONTROL), 0x00000007(IRP_MN_QUERY_DEVICE_RELATIONS)); the
// booleans their names.
TEST(Conformance, BuiltInEnumerations) {
    enum class Irql : UCHAR { passive = 0, apc = 1, dispatch = 2 };
    check({
        row<"%!bool!|%!bool!">("false|true", 0, 1),
        row<"%!bool!">("2", 2),  // WPP's ItemListLong(false,true): other values as numbers
        row<"%!bool8!|%!bool16!">("true|false", true, static_cast<short>(0)),
        row<"%!BOOLEAN!|%!BOOLEAN!">("FALSE|TRUE", static_cast<BOOLEAN>(0),
                                     static_cast<BOOLEAN>(1)),
        row<"%!irql!|%!irql!|%!irql!">("0x00000000(Low)|0x00000002(DPC)|15", Irql::passive,
                                       Irql::dispatch, 15),
        row<"%!pnpmj!">("0x00000000(IRP_MJ_CREATE)", 0x00),
        row<"%!pnpmj!">("0x0000000e(IRP_MJ_DEVICE_CONTROL)", 0x0e),
        row<"%!pnpmj!">("0x0000001b(IRP_MJ_PNP)", 0x1b),
        row<"%!pnpmj!">("28", 0x1c),
        row<"%!pnpmn!">("0x00000000(IRP_MN_START_DEVICE)", 0x00),
        row<"%!pnpmn!">("0x00000017(IRP_MN_SURPRISE_REMOVAL)", 0x17),
        row<"%!sysctrl!">("0x0000000b(IRP_MN_REGINFO_EX)", 0x0b),
        row<"%!b1!">("1|3|8", 0x85),
        row<"%!b1!">("0", 0),
        row<"%!b2!">("16", 0x8000),
        row<"%!b4!">("1|32", 0x80000001u),
    });
}

TEST(Conformance, CustomTypes) {
    enum InlineState { Idle, Skipping, Modifying, Scanning };
    enum _MachineState : int { Offline = 0, Online = 1, Failed = 7 };
    check({
        row<"Flow State %!InlineState!">("Flow State 0x00000002(Modifying)", Modifying),
        row<"%!InlineState!">("9", 9),
        row<"Machine State :: %!state!">("Machine State :: Failed", Failed),
        row<"%!state!">("-1", static_cast<_MachineState>(-1)),
        row<"%!perm!|%!perm!|%!perm!">("Read|Write|Exec|0", 3, 4, 0),
        row<"%!perm!">("Read|0x8", 9),
        row<"%!Flags!|%!Flags!|%!Flags!">("None|AB|A|B|C|0x20", 0, 3, 0x33),
    });
}

TEST(Conformance, CallSiteTypesTakeNoArgument) {
    check({
        row<"--> %!FUNC!">("--> TracedrvDispatchDeviceControl"),
        row<"%!FILE!:%!LINE! %d">("tracedrv.c:258 7", 7),
        row<"%!COMPNAME!%!SPACE!%!LEVEL!">("tracedrv TRACE_LEVEL_INFORMATION"),
        row<"%!STDPREFIX!Function Return=%!STATUS!">(
            "[0]0338.0E40::06/10/2005-14:25:43.968Function Return=0x8000000f(STATUS_DEVICE_POWERED_"
            "OFF)",
            static_cast<NTSTATUS>(0x8000000f)),
    });
}

TEST(Conformance, UnknownCustomTypeIsMarkedNeverGuessed) {
    const Row r = row<"%!NoSuchType! after %d">("", 5, 6);
    EXPECT_EQ(r.rendered, "[wpptrace: %!NoSuchType! unknown type] after 6");
    EXPECT_EQ(r.problem, describe(FormatProblem::unknown_type));
    // Without any lookup, a custom type is unknown too.
    const PreparedMessage m = prepare("%!InlineState!", "i");
    EXPECT_EQ(m.catalog_status, (RenderStatus{FormatProblem::unknown_type, 1}));
    EXPECT_EQ(m.catalog_error, "argument 1: %!InlineState!: unknown custom type");
}

TEST(Conformance, TruncatedOrForgedMemoryIsCorruptNotMisread) {
    // A GUID recorded with 8 bytes instead of 16, a SID whose count disagrees with its size.
    const PreparedMessage guid = prepare("%!GUID!", "g");
    std::string out;
    EXPECT_EQ(render(guid, std::vector<std::uint64_t>{8, 0x1122334455667788ull}, out),
              (RenderStatus{FormatProblem::corrupt_argument, 1}));
    EXPECT_EQ(out, "[wpptrace: argument 1 corrupt]");
    const PreparedMessage sid = prepare("%!sid!", "p");
    out.clear();
    EXPECT_EQ(render(sid, std::vector<std::uint64_t>{8, 0x0500000000000501ull}, out),
              (RenderStatus{FormatProblem::corrupt_argument, 1}));
    // A NULL mark with a count is not a NULL.
    out.clear();
    EXPECT_EQ(render(guid, std::vector<std::uint64_t>{WPP_NULL_POINTER_BIT | 16, 0, 0}, out),
              (RenderStatus{FormatProblem::corrupt_argument, 1}));
}

TEST(Conformance, NameTablesAreTheRealOnes) {
    const WinNameCounts counts = win_name_counts();
    EXPECT_GT(counts.ntstatus, 1000u);
    EXPECT_GT(counts.win32_errors, 1000u);
    EXPECT_GT(counts.hresults, 1000u);
    EXPECT_GT(counts.facilities, 20u);
    EXPECT_GT(counts.ndis_status, 100u);
    EXPECT_GT(counts.ndis_oids, 300u);
    EXPECT_EQ(ntstatus_name(0xc000000d), "STATUS_INVALID_PARAMETER");
    EXPECT_EQ(win32_error_name(87), "ERROR_INVALID_PARAMETER");
    EXPECT_EQ(hresult_name(0x80070057), "E_INVALIDARG");
    EXPECT_EQ(facility_name(7), "FACILITY_WIN32");
    EXPECT_EQ(ndis_status_name(0x00000103), "NDIS_STATUS_PENDING");
    EXPECT_EQ(ndis_oid_name(0x01010101), "OID_802_3_PERMANENT_ADDRESS");
    EXPECT_EQ(ntstatus_name(0x12345678), "");
}

// ---- the C macros' path: _Generic type codes and packing ------------------------------------

TEST(Conformance, CAndCxxRecordExtendedTypesAlike) {
    const GUID guid = guid_of(0x84bdb2e9, 0x829e, 0x41b3, 0xb89102f454bc2bd7ull);
    const UCHAR mac[6] = {0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e};
    struct {
        UCHAR revision = 1, count = 2;
        UCHAR authority[6] = {0, 0, 0, 0, 0, 5};
        ULONG sub[2] = {32, 544};
    } builtin_admins;
    const UCHAR bytes[] = {1, 2, 3};
    using Cxx = arg_list<NTSTATUS, const GUID*, const UCHAR*, const void*, wpp_binary, ULONG,
                         USHORT, LONGLONG>;
    EXPECT_STREQ(encoder_c_extended_types(), Cxx::types);
    EXPECT_STREQ(Cxx::types, "igspmIHq");

    constexpr const char* kFormat =
        "%!STATUS! %!GUID! %!MACADDR! %!sid! %!HEXDUMP! %!IPADDR!:%!PORT! %!TIMESTAMP!";
    std::vector<std::uint64_t> c_words(WPP_BLOB_WORDS);
    const std::uint32_t n = encoder_c_pack_extended(
        kFormat, c_words.data(), WPP_BLOB_WORDS, static_cast<NTSTATUS>(0xc0000022), &guid, mac,
        &builtin_admins, WppHexDump(bytes, sizeof bytes), inet_addr("10.0.0.1"), htons(8080),
        kFiletime2005);
    ASSERT_NE(n, 0u);
    c_words.resize(n);
    const auto cxx_words =
        pack<"%!STATUS! %!GUID! %!MACADDR! %!sid! %!HEXDUMP! %!IPADDR!:%!PORT! %!TIMESTAMP!">(
            static_cast<NTSTATUS>(0xc0000022), &guid, static_cast<const UCHAR*>(mac),
            static_cast<const void*>(&builtin_admins), WppHexDump(bytes, sizeof bytes),
            static_cast<ULONG>(inet_addr("10.0.0.1")), htons(8080), kFiletime2005);
    EXPECT_EQ(c_words, cxx_words);
    std::string out;
    EXPECT_TRUE(render(prepare(kFormat, encoder_c_extended_types()), c_words, out).ok()) << out;
    EXPECT_EQ(out,
              "0xc0000022(STATUS_ACCESS_DENIED) 84bdb2e9-829e-41b3-b891-02f454bc2bd7 "
              "00-1A-2B-3C-4D-5E S-1-5-32-544 01 02 03 10.0.0.1:8080 06/10/2005-14:25:43.968");
}

TEST(Conformance, CMacrosRecordNullPointersAsNull) {
    std::vector<std::uint64_t> words(WPP_BLOB_WORDS);
    const std::uint32_t n = encoder_c_pack_extended(
        "%!STATUS! %!GUID! %!MACADDR! %!sid! %!BIN! %!IPADDR!:%!PORT! %!delta!", words.data(),
        WPP_BLOB_WORDS, 0, nullptr, nullptr, nullptr, WppBinary(nullptr, 0), 0, 0, -1);
    ASSERT_NE(n, 0u);
    words.resize(n);
    std::string out;
    EXPECT_TRUE(render(prepare("%!STATUS! %!GUID! %!MACADDR! %!sid! %!BIN! %!IPADDR!:%!PORT! "
                               "%!delta!",
                               encoder_c_extended_types()),
                       words, out)
                    .ok());
    EXPECT_EQ(out, "STATUS_SUCCESS NULL NULL NULL NULL 0.0.0.0:0 -0~00:00:00.000");
}

}  // namespace
