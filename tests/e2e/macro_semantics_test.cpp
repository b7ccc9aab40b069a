// The trace macros' promises, checked in a process that traces itself under a real session:
// nothing before WPP_INIT_TRACING or after WPP_CLEANUP, arguments evaluated once and only when
// the message records, driver/level/flag selection applied before the arguments, and the
// macros behave as single statements.
#include <gtest/gtest.h>

#include "e2e_test.hpp"
#include "semantics_trace.h"

// Outside wpptrace::testing: the traced function names, which the expected text spells, carry
// only the anonymous namespace.
namespace {

using wpptrace::testing::Output;
using wpptrace::testing::run;
using wpptrace::testing::TempDir;
using wpptrace::testing::tool;

// An LTTng session recording this process's wpp events, for the life of the object.
class Session {
  public:
    explicit Session(const std::string& dir) : dir_(dir) {
        for (std::vector<std::string> args :
             {std::vector<std::string>{"create", "self", "--output=" + dir},
              {"enable-event", "-u", "-s", "self", "wpp:*,wpp_catalog:*"},
              {"add-context", "-u", "-s", "self", "-t", "vpid", "-t", "vtid"},
              {"start", "self"}}) {
            args.insert(args.begin(), {"lttng", "--no-sessiond"});
            Output o = run(args);
            EXPECT_EQ(o.status, 0) << o.stderr_text << o.stdout_text;
        }
    }
    // Stops and destroys the session; returns the decoded text without prefixes.
    std::string finish() {
        run({"lttng", "--no-sessiond", "destroy", "self"});
        finished_ = true;
        return run({tool, "decode", dir_, "--noprefix", "--quiet"}).stdout_text;
    }
    ~Session() {
        if (!finished_) run({"lttng", "--no-sessiond", "destroy", "self"});
    }

  private:
    std::string dir_;
    bool finished_ = false;
};

TEST(MacroSemantics, CallsBeforeInitEvaluateNothing) {
    int evaluated = 0;
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "value %d", ++evaluated);
    DoTraceMessage(FLAG_B, "value %d", ++evaluated);
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "value %d", ++evaluated);
    EXPECT_EQ(evaluated, 0);
    EXPECT_FALSE(WPP_FLAG_ENABLED(FLAG_A));
    EXPECT_EQ(WPP_CONTROL(WPP_BIT_FLAG_A).Level, 0);
}

TEST(MacroSemantics, ArgumentsAreEvaluatedOnceAndOnlyWhenRecording) {
    TempDir dir;
    Session session(dir / "trace");
    int evaluated = 0;
    WPP_INIT_TRACING(L"semantics");
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "recorded %d", ++evaluated);
    EXPECT_EQ(evaluated, 1);

    ASSERT_EQ(wpptrace_configure("SemanticsGuid:WARNING"), 0);  // level below
    TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "level below %d", ++evaluated);
    ASSERT_EQ(wpptrace_configure("SemanticsGuid:VERBOSE:FLAG_B"), 0);  // flag masked
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "flag masked %d", ++evaluated);
    DoTraceMessage(FLAG_A, "flag masked %d", ++evaluated);
    ASSERT_EQ(wpptrace_configure("another_driver"), 0);  // driver off
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_B, "driver off %d", ++evaluated);
    EXPECT_EQ(evaluated, 1);

    ASSERT_EQ(wpptrace_configure(""), 0);
    DoTraceMessage(FLAG_B, "flag only %d", ++evaluated);
    WPP_CLEANUP();
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "after cleanup %d", ++evaluated);
    EXPECT_EQ(evaluated, 2);

    EXPECT_EQ(session.finish(), "recorded 1\nflag only 2\n");
}

TEST(MacroSemantics, ControlBlockShowsTheSelectionAsWppDoes) {
    TempDir dir;
    Session session(dir / "trace");
    WPP_INIT_TRACING(L"semantics");
    WPP_INIT_TRACING(L"semantics");  // a repeated init is ignored, as in WPP
    ASSERT_EQ(wpptrace_configure("SemanticsGuid:WARNING:FLAG_B"), 0);
    EXPECT_EQ(WPP_CONTROL(WPP_BIT_FLAG_B).Level, TRACE_LEVEL_WARNING);
    EXPECT_EQ(WPP_CONTROL(WPP_BIT_FLAG_B).Flags[0], 2u);
    EXPECT_TRUE(WPP_LEVEL_FLAGS_ENABLED(TRACE_LEVEL_ERROR, FLAG_B));
    EXPECT_FALSE(WPP_LEVEL_FLAGS_ENABLED(TRACE_LEVEL_VERBOSE, FLAG_B));
    EXPECT_FALSE(WPP_LEVEL_FLAGS_ENABLED(TRACE_LEVEL_ERROR, FLAG_A));
    EXPECT_TRUE(WPP_FLAG_ENABLED(FLAG_B));
    EXPECT_FALSE(WPP_LEVEL_ENABLED(FLAG_A));
    EXPECT_EQ(wpptrace_configure("bad:LEVEL_THAT_DOES_NOT_EXIST"), -1);
    WPP_CLEANUP();
    EXPECT_FALSE(WPP_FLAG_ENABLED(FLAG_B));
}

TEST(MacroSemantics, MacrosAreSingleStatementsBesideCommonLocalNames) {
    TempDir dir;
    Session session(dir / "trace");
    WPP_INIT_TRACING(L"semantics");
    int LEVEL = 7, FLAGS = 8, MSG = 9, status = -1;  // names a driver may well use
    for (int i = 0; i < 2; ++i)
        if (i == 0)
            TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "if %d %d %d %d", LEVEL, FLAGS, MSG, status);
        else
            DoTraceMessage(FLAG_A, "else %d", i);
    WPP_CLEANUP();
    EXPECT_EQ(session.finish(), "if 7 8 9 -1\nelse 1\n");
}

TEST(MacroSemantics, ExtendedTypesDecodeFromARealTrace) {
    TempDir dir;
    Session session(dir / "trace");
    WPP_INIT_TRACING(L"semantics");
    const GUID guid{0x84bdb2e9, 0x829e, 0x41b3, {0xb8, 0x91, 0x02, 0xf4, 0x54, 0xbc, 0x2b, 0xd7}};
    const unsigned char bytes[] = {0xde, 0xad, 0xbe, 0xef};
    int evaluated = 0;
    const GUID* none = nullptr;
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "%!FUNC!: %!STATUS! %!GUID! %!GUID! %!HEXDUMP! %!bool!",
                static_cast<NTSTATUS>(0x8000000f), (++evaluated, &guid), none,
                WppHexDump(bytes, sizeof bytes), true);
    DoTraceMessage(FLAG_B, "%!IPADDR!:%!PORT! %!WINERROR! %!HRESULT!", 0x0100007fu,
                   static_cast<unsigned short>(0x5000), 5u, 0);
    semantics_trace_extended_from_c();
    WPP_CLEANUP();
    EXPECT_EQ(evaluated, 1);
    EXPECT_EQ(session.finish(),
              // %!FUNC! in C++ is MSVC's __FUNCTION__, qualified; %!pnpmj! a list.
              "`anonymous-namespace'::MacroSemantics_ExtendedTypesDecodeFromARealTrace_Test::"
              "TestBody: 0x8000000f(STATUS_DEVICE_POWERED_OFF) "
              "84bdb2e9-829e-41b3-b891-02f454bc2bd7 NULL de ad be ef true\n"
              "127.0.0.1:80 5(ERROR_ACCESS_DENIED) S_OK\n"
              "C semantics_trace_extended_from_c: 0xc0000022(STATUS_ACCESS_DENIED) "
              "84bdb2e9-829e-41b3-b891-02f454bc2bd7 NULL 00-1A-2B-3C-4D-5E S-1-5-32-544 00 1a "
              "true 0x0000001b(IRP_MJ_PNP)\n");
}

}  // namespace
