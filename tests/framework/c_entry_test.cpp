// The one choke point between the WDK's C entry points and their C++ inside
// (wpptrace/wdk/c_entry.hpp): what an exception becomes, and who hears of it.
#include <gtest/gtest.h>

#include <new>
#include <stdexcept>
#include <string>

#include <wpptrace/wdk/c_entry.hpp>

namespace wdk = wpptrace::wdk;

namespace {

struct Heard {
    int calls = 0;
    wdk::StoppedKind kind = wdk::StoppedKind::unknown;
    std::string what;
};

auto recorder(Heard& heard) {
    return [&heard](const wdk::StoppedException& stopped) {
        ++heard.calls;
        heard.kind = stopped.kind;
        heard.what = stopped.what;
    };
}

}  // namespace

TEST(CEntry, OutOfMemoryBecomesInsufficientResources) {
    Heard heard;
    NTSTATUS status = wdk::c_entry(recorder(heard), []() -> NTSTATUS { throw std::bad_alloc(); });
    EXPECT_EQ(status, STATUS_INSUFFICIENT_RESOURCES);
    EXPECT_EQ(heard.calls, 1);
    EXPECT_EQ(heard.kind, wdk::StoppedKind::out_of_memory);
}

TEST(CEntry, AnyOtherExceptionBecomesAnInternalErrorAndIsReportedWithItsText) {
    Heard heard;
    NTSTATUS status = wdk::c_entry(
        recorder(heard), []() -> NTSTATUS { throw std::runtime_error("queue list broken"); });
    EXPECT_EQ(status, STATUS_INTERNAL_ERROR);
    EXPECT_EQ(heard.kind, wdk::StoppedKind::exception);
    EXPECT_EQ(heard.what, "queue list broken");

    status = wdk::c_entry(recorder(heard), []() -> NTSTATUS { throw 42; });
    EXPECT_EQ(status, STATUS_INTERNAL_ERROR);
    EXPECT_EQ(heard.kind, wdk::StoppedKind::unknown);
    EXPECT_EQ(heard.calls, 2);
}

TEST(CEntry, AnEntryThatReturnsNoStatusGivesItsFailureValue) {
    Heard heard;
    void* handle = wdk::c_entry(
        recorder(heard), []() -> void* { throw std::bad_alloc(); }, static_cast<void*>(nullptr));
    EXPECT_EQ(handle, nullptr);
    // (A body of NTSTATUS's own type, LONG, is taken as returning a status.)
    ULONG length = wdk::c_entry(
        recorder(heard), []() -> ULONG { throw std::logic_error("bad state"); }, ULONG{0});
    EXPECT_EQ(length, 0u);
    EXPECT_EQ(heard.calls, 2);
}

TEST(CEntry, ABodyThatReturnsPassesThroughUnreported) {
    Heard heard;
    EXPECT_EQ(wdk::c_entry(recorder(heard), []() -> NTSTATUS { return STATUS_PENDING; }),
              STATUS_PENDING);
    bool ran = false;
    wdk::c_entry_void(recorder(heard), [&] { ran = true; });
    EXPECT_TRUE(ran);
    EXPECT_EQ(heard.calls, 0);
}

TEST(CEntry, AVoidEntryStopsTheExceptionToo) {
    Heard heard;
    wdk::c_entry_void(recorder(heard), [] { throw std::bad_alloc(); });
    EXPECT_EQ(heard.calls, 1);
    EXPECT_EQ(heard.kind, wdk::StoppedKind::out_of_memory);
}
