// End-to-end: drivers whose WPP tracing is written the way WDK samples write it (trace.h with a
// begin_wpp config block, `#include "file.tmh"`, the samples' own trace functions), built
// unchanged with wpptrace_tracewpp, run in the host under a real LTTng session (a private
// lttng-sessiond around this program), decoded with --noprefix and compared with golden text.
//
// The golden files hold the text tracefmt would print (`<*>` matches any text: times, pointers).
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>

#include "process.hpp"

namespace {

using wpptrace::testing::compare_with_golden;
using wpptrace::testing::describe;
using wpptrace::testing::lines_of;
using wpptrace::testing::Output;
using wpptrace::testing::read_file;
using wpptrace::testing::run;
using wpptrace::testing::TempDir;

const std::string tool = WPPTRACE_TOOL;
const std::string host = WPPTRACE_HOST;
const std::string drivers = DRIVER_DIR;
const std::string golden_dir = GOLDEN_DIR;

// Sets WPPTRACE_CONTROL for the host this test starts (the child inherits it), then unsets it.
class ControlSelection {
  public:
    explicit ControlSelection(const char* rule) { ::setenv("WPPTRACE_CONTROL", rule, 1); }
    ~ControlSelection() { ::unsetenv("WPPTRACE_CONTROL"); }
    ControlSelection(const ControlSelection&) = delete;
    ControlSelection& operator=(const ControlSelection&) = delete;
};

// Records the host running one driver alone (DriverEntry, then unload) and decodes it; returns
// the driver's log.
std::string run_driver(const TempDir& dir, const std::string& binary, const std::string& name) {
    Output rec = run({tool, "record", "-o", dir / "trace", "--", host, drivers + "/" + binary});
    EXPECT_EQ(rec.status, 0) << describe(rec);
    Output dec = run({tool, "decode", dir / "trace", "-o", dir / "out", "--noprefix"});
    EXPECT_NE(read_file(dir / "out/summary.txt").find("unknown: 0"), std::string::npos)
        << read_file(dir / "out/summary.txt");
    return read_file(dir / ("out/" + name + ".log"));
}

// Compares with the golden text, line by line (`<*>` matches any text).
void expect_golden(const std::string& log, const std::string& golden) {
    EXPECT_EQ(compare_with_golden(log, read_file(golden_dir + "/" + golden)), "") << log;
}

// The WPP tracing sample: DoTraceMessage, DoTraceLevelMessage (-func:) with a custom enum type
// resolved from the driver's header, TRACE_RETURN without MSG, with a suffix and PRE/POST that
// skip STATUS_SUCCESS.
TEST(WppSources, TracedrvStatementsDecodeAsTracefmtPrintsThem) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_tracedrv.so", "tracedrv"), "tracedrv.txt");
}

// USEPREFIX(TRACE_RETURN, "%!STDPREFIX!"): with the default prefix the line reads as tracefmt
// prints it, the prefix once, where the format says %!STDPREFIX!.
TEST(WppSources, TracedrvPrefixIsWhereTheFormatSaysIt) {
    TempDir dir;
    Output rec =
        run({tool, "record", "-o", dir / "trace", "--", host, drivers + "/wpps_tracedrv.so"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    Output dec = run({tool, "decode", dir / "trace", "-o", dir / "out"});
    std::string line;
    for (const auto& l : lines_of(read_file(dir / "out/tracedrv.log")))
        if (l.find("Function Return=") != std::string::npos) line = l;
    ASSERT_FALSE(line.empty()) << read_file(dir / "out/tracedrv.log");
    EXPECT_EQ(line.find("[tracedrv]"), line.rfind("[tracedrv]")) << "the prefix twice: " << line;
    EXPECT_EQ(compare_with_golden(line,
                                  "[<*>]<*>.<*>::<*> [tracedrv]Function "
                                  "Return=0x8000000f(STATUS_DEVICE_POWERED_OFF)\n"),
              "");
}

// Prefix-in-format sites and custom-type records travel in the trace's catalog events: both
// readers (our CTF reader and libbabeltrace2) must read their attributes alike.
TEST(WppSources, BothReadersDecodeAttributedSitesAlike) {
    TempDir dir;
    Output rec =
        run({tool, "record", "-o", dir / "trace", "--", host, drivers + "/wpps_tracedrv.so"});
    ASSERT_EQ(rec.status, 0) << describe(rec);
    Output fast = run({"env", "WPPTRACE_READER=fast", tool, "decode", dir / "trace"});
    Output babeltrace = run({"env", "WPPTRACE_READER=babeltrace", tool, "decode", dir / "trace"});
    ASSERT_EQ(fast.status, 0) << describe(fast);
    ASSERT_EQ(babeltrace.status, 0) << describe(babeltrace);
    EXPECT_NE(fast.stdout_text.find("Function Return=0x8000000f(STATUS_DEVICE_POWERED_OFF)"),
              std::string::npos)
        << fast.stdout_text;
    EXPECT_NE(fast.stdout_text.find("Machine State :: Offline"), std::string::npos)
        << fast.stdout_text;
    EXPECT_EQ(fast.stdout_text, babeltrace.stdout_text);
}

// Serial: SerialDbgPrintEx (-func:) gated by the driver's own WPP_LEVEL_FLAGS_ENABLED, which
// compares the controller's level: at INFORMATION the verbose message is not recorded, and its
// arguments are not evaluated.
TEST(WppSources, SerialTracesAtTheLevelTheControllerAsked) {
    TempDir dir;
    ControlSelection only("Serial:INFORMATION:*");
    expect_golden(run_driver(dir, "wpps_serial.so", "Serial"), "serial.txt");
}

// Selection with plain LTTng by log level: the driver's WPP_LEVEL_FLAGS_ENABLED is built on
// WPP_LEVEL_ENABLED(flag), which must not depend on the level-less wpp:message event.
TEST(WppSources, SerialSelectedWithPlainLttngLogLevels) {
    TempDir dir;
    const std::vector<std::vector<std::string>> commands = {
        {"lttng", "--no-sessiond", "create", "serial", "--output=" + (dir / "trace")},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "serial", "wpp_catalog:*"},
        {"lttng", "--no-sessiond", "enable-event", "-u", "-s", "serial", "wpp:*",
         "--loglevel=TRACE_WARNING"},
        {"lttng", "--no-sessiond", "start", "serial"},
        {host, drivers + "/wpps_serial.so"},
        {"lttng", "--no-sessiond", "destroy", "serial"},
    };
    for (const auto& c : commands) {
        Output o = run(c);
        ASSERT_EQ(o.status, 0) << describe(o);
    }
    Output dec = run({tool, "decode", dir / "trace", "--noprefix", "-q"});
    ASSERT_EQ(dec.status, 0) << describe(dec);
    EXPECT_EQ(dec.stdout_text,
              "WdfDriverCreate failed with status 0xc000009a\n"
              "Couldn't create the symbolic link for port \\DosDevices\\COM3\n"
              "Port name NULL\n");
}

TEST(WppSources, SerialFlagsSelectTheirMessagesOnly) {
    TempDir dir;
    ControlSelection only("Serial:VERBOSE:DBG_PNP|DBG_LOCKS");
    EXPECT_EQ(run_driver(dir, "wpps_serial.so", "Serial"),
              "Couldn't create the symbolic link for port \\DosDevices\\COM3\n"
              "Verbose, call 1\n");
}

// Toaster (featured): KdPrint((MSG, ...)) with fixed conditions, and the IFRLOG functions.
TEST(WppSources, ToasterDoubleParenthesisAndRecorderLogFunctions) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_toaster.so", "Toaster"), "toaster.txt");
}

// Fixed conditions decide the level: WppPrintDeviceError is an error, the others information.
TEST(WppSources, ToasterFixedLevelsSelectMessages) {
    TempDir dir;
    ControlSelection only("Toaster:ERROR:*");
    EXPECT_EQ(run_driver(dir, "wpps_toaster.so", "Toaster"),
              "WdfDeviceCreateDeviceInterface failed 0xc0000010\n");
}

// kmdf_fx2 in C++: TraceEvents from a config block.
TEST(WppSources, KmdfFx2CxxTraceEvents) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_kmdf_fx2.so", "OsrUsbFx2"), "kmdf_fx2.txt");
}

// WFPSampler in C++: DbgPrintEx(COMPID, LEVEL, ...) as a WPP function; the DbgPrintEx level is
// recorded as a trace level (error, warning, information, verbose), a call before
// WPP_INIT_TRACING is skipped.
TEST(WppSources, WfpSamplerCompidStyleDbgPrintEx) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_wfpsampler.so", "WFPSampler"), "wfpsampler.txt");
}

// The driver's gate compares the control's level (ERROR = 2) with the DbgPrintEx level, as
// WFPSampler's does: DPFLTR_ERROR_LEVEL (0) and DPFLTR_TRACE_LEVEL (2) pass, DPFLTR_INFO_LEVEL
// (3) does not.
TEST(WppSources, WfpSamplerGateIsTheDriversOwn) {
    TempDir dir;
    ControlSelection only("WFPSampler:ERROR:*");
    EXPECT_EQ(run_driver(dir, "wpps_wfpsampler.so", "WFPSampler"),
              " !!!! PerformBasicPacketInjectionAtInboundTransport : "
              "NdisRetreatNetBufferDataStart() [status: 0xc000009a]\n"
              " ---> WFPSampler!DriverEntry()\n");
}

// The stream-edit callout: %!FUNC!, %!STATUS!, an ItemListLong type and an ItemEnum resolved
// from the WFP header.
TEST(WppSources, StreamEditCustomTypes) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_stmedit.so", "StmEdit"), "stmedit.txt");
}

// A static library with its own control GUID: its messages are the driver's, under the control
// GUID the driver repeats first, selected by that control's flags alone.
TEST(WppSources, StaticLibraryMessagesBelongToTheDriverThatLinksIt) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_statichost.so", "StaticHost"), "statichost.txt");
}

TEST(WppSources, StaticLibraryFlagsSelectTheLibrarysMessages) {
    TempDir dir;
    ControlSelection only("StaticHost:VERBOSE:Noise|Unusual");
    EXPECT_EQ(run_driver(dir, "wpps_statichost.so", "StaticHost"),
              "MyLibChecksum of 3 bytes\nMyLibChecksum of 4 bytes\nall 4 bytes are zero\n");
}

TEST(WppSources, StaticLibraryIsOffWhenOnlyTheDriversControlIsEnabled) {
    TempDir dir;
    ControlSelection only("StaticHost:VERBOSE:EntryExit|Initialization");
    EXPECT_EQ(run_driver(dir, "wpps_statichost.so", "StaticHost"),
              "--> DriverEntry\nchecksums 6 and 0\n<-- StaticHostUnload\n");
}

// The catalog taken from the binary agrees: the library's sites are the driver's module, under
// control 0 (SharedStaticLibs).
TEST(WppSources, StaticLibrarySitesInTheBinaryCatalogAreTheDrivers) {
    TempDir dir;
    Output cat = run({tool, "catalog", drivers + "/wpps_statichost.so", "-e", dir / "c.json"});
    ASSERT_EQ(cat.status, 0) << describe(cat);
    auto doc = nlohmann::json::parse(read_file(dir / "c.json"));
    int library_sites = 0;
    for (const auto& m : doc["messages"]) {
        EXPECT_EQ(m["module"], "StaticHost") << m.dump();
        if (m["file"].get<std::string>().find("mylib.c") != std::string::npos) {
            ++library_sites;
            EXPECT_EQ(m["control"], 0) << m.dump();
        } else if (m["file"].get<std::string>().find("driver.c") != std::string::npos) {
            EXPECT_EQ(m["control"], 1) << m.dump();
        }
    }
    EXPECT_EQ(library_sites, 2);
}

// The custom types travel in the catalog as declarations of the module, the enum resolved.
TEST(WppSources, CustomTypeDeclarationsAreInTheCatalog) {
    TempDir dir;
    Output cat = run({tool, "catalog", drivers + "/wpps_stmedit.so", "-e", dir / "c.json"});
    ASSERT_EQ(cat.status, 0) << describe(cat);
    auto doc = nlohmann::json::parse(read_file(dir / "c.json"));
    std::map<std::string, std::string> types;
    for (const auto& m : doc["messages"])
        if (m.value("attributes", 0u) & 2u) types[m["flags"]] = m["format"];
    EXPECT_EQ(types["InlineState"], "ItemListLong(Idle,Skipping,Modifying,Scanning)");
    EXPECT_EQ(types["FWPS_NOTIFY"],
              "ItemEnum(FWPS_CALLOUT_NOTIFY_TYPE){FWPS_CALLOUT_NOTIFY_ADD_FILTER=0,"
              "FWPS_CALLOUT_NOTIFY_DELETE_FILTER=1,FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT=2,"
              "FWPS_CALLOUT_NOTIFY_TYPE_MAX=3}");
}

// ---- The constructs of real WPP sources (issue 10): one driver each ----------------------

// RT_TRACE(COMPID, LEVEL, (MSG, ...)): the message as a parenthesized group, gated by the
// driver's own macro written with WPP_CONTROL(...).Flags[WPP_FLAG_NO(...)]; a WDM DriverEntry
// that calls WPP_SYSTEMCONTROL.
TEST(WppConstructs, MessageGroupAfterConditions) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_msg_group.so", "RtWlan"), "msg_group.txt");
}

// The driver's gate reads the flag word and the level of the control its bit belongs to: the
// second control GUID's COMP_SCAN alone, at SERIOUS (error) and above.
TEST(WppConstructs, MessageGroupGateReadsTheDriversControl) {
    TempDir dir;
    ControlSelection only("RtWlan:ERROR:COMP_SCAN");
    EXPECT_EQ(run_driver(dir, "wpps_msg_group.so", "RtWlan"), "No channel to scan (0xC000000D)\n");
}

// WPP_USE_TRACE_LEVELS: LEVEL alone is a TRACE_LEVEL_*, in the driver's functions and in WPP's
// DoTraceMessage; the controller's level selects them.
TEST(WppConstructs, TraceLevelsWithoutFlags) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_trace_levels.so", "WdiLib"), "trace_levels.txt");
}

TEST(WppConstructs, TraceLevelsSelectByLevel) {
    TempDir dir;
    ControlSelection only("WdiLib:WARNING:*");
    EXPECT_EQ(run_driver(dir, "wpps_trace_levels.so", "WdiLib"),
              "status 0xc000009a(STATUS_INSUFFICIENT_RESOURCES)\n"
              "Message table has 3 entries\n");
}

// FUNC with `...` and no MSG: the text is the prefix and suffix; PRE/POST still hold the
// status and do the goto.
TEST(WppConstructs, FunctionsWithoutMessage) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_no_msg.so", "Sensors"), "no_msg.txt");
}

// Free-text list items, %!s!, WPP's built-in lists as 0x%08x(NAME), an ItemEnum as its name.
TEST(WppConstructs, FreeTextItemsAndListRendering) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_free_items.so", "Callout"), "free_items.txt");
}

// A LEVEL that is a run-time expression (a message's field, a conditional) records the level
// it has at run time.
TEST(WppConstructs, RunTimeLevels) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_runtime_level.so", "LevelExpr"), "runtime_level.txt");
}

TEST(WppConstructs, RunTimeLevelsSelectByTheirValue) {
    TempDir dir;
    ControlSelection only("LevelExpr:WARNING:*");
    EXPECT_EQ(run_driver(dir, "wpps_runtime_level.so", "LevelExpr"),
              "Command 2 at level 2\nCommand 3 refused\n");
}

// __FILE__, __LINE__ and #COND as suffix arguments (the ACX samples' RETURN_* functions).
TEST(WppConstructs, FileLineAndConditionInSuffixes) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_affix_args.so", "Acx"), "affix_args.txt");
}

// Wide L"..." formats in C++, IFRLOG functions on logs of the WppRecorder API, DrvLogEnter
// without a message.
TEST(WppConstructs, WideFormatsAndRecorderLogs) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_wide_msg.so", "SdcaDsp"), "wide_msg.txt");
}

// Wide formats in C: converted when the module starts, and by the catalog reader alike (the
// build's `catalog --check` reads them from the binary).
TEST(WppConstructs, WideFormatsInC) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_wide_msg_c.so", "Camera"), "wide_msg_c.txt");
}

TEST(WppConstructs, WideFormatsInCAreNarrowInTheBinaryCatalog) {
    TempDir dir;
    Output cat = run({tool, "catalog", drivers + "/wpps_wide_msg_c.so", "-e", dir / "c.json"});
    ASSERT_EQ(cat.status, 0) << describe(cat);
    auto doc = nlohmann::json::parse(read_file(dir / "c.json"));
    std::set<std::string> formats;
    for (const auto& m : doc["messages"]) {
        formats.insert(m["format"].get<std::string>());
        EXPECT_EQ(m.value("attributes", 0u) & 4u, 0u) << m.dump();
    }
    EXPECT_TRUE(formats.count("%lu streams at 30 fps \u2013 %ws")) << doc.dump();
}

// %!FUNC! in C++ is MSVC's __FUNCTION__: qualified, without return type or parameters, for
// constructors, destructors, operators, class templates and lambdas.
TEST(WppConstructs, FunctionNamesAreQualifiedAsMsvcWritesThem) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_func_names.so", "AcpiReader"), "func_names.txt");
}

// What wpptrace cannot honour yet is a warning at build time; the driver's functions trace,
// the unresolved enum and the unknown kind as numbers.
TEST(WppConstructs, AcceptedWithWarningsStillTraces) {
    TempDir dir;
    expect_golden(run_driver(dir, "wpps_warnings.so", "Tolerant"), "warnings.txt");
}

}  // namespace
