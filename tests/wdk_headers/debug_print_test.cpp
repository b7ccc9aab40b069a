// debug_print_test.cpp - km/debug_print.h for drivers that do not trace with WPP: DbgPrint and
// KdPrint format as Windows does and reach standard error; a failed ASSERT in a DBG build is a
// verifier finding, and the driver goes on.
#include <gtest/gtest.h>

#include <string>

extern "C" int wdkh_checked_assertions(int value);
extern "C" int wdkh_print_without_wpp(void);

namespace {

TEST(DebugPrint, KdPrintAndDbgPrintExWriteWindowsFormattedLinesToStandardError) {
    testing::internal::CaptureStderr();
    EXPECT_EQ(wdkh_print_without_wpp(), 0);  // STATUS_SUCCESS
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("port COM1 opened 3 times"), std::string::npos) << err;
    EXPECT_NE(err.find("error: narrow wide"), std::string::npos) << err;
}

TEST(DebugPrint, FailedAssertionsInADbgBuildAreReportedAndExecutionContinues) {
    testing::internal::CaptureStderr();
    EXPECT_EQ(wdkh_checked_assertions(2), 1);
    EXPECT_EQ(testing::internal::GetCapturedStderr().find("assertion failed"), std::string::npos);
    testing::internal::CaptureStderr();
    EXPECT_EQ(wdkh_checked_assertions(0), 0);  // NT_VERIFY still evaluated: 0 == 2 is false
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("assertion failed: value > 0"), std::string::npos) << err;
    EXPECT_NE(err.find("assertion failed: value > 1"), std::string::npos) << err;
    EXPECT_NE(err.find("assert_dbg.c"), std::string::npos) << err;
}

}  // namespace
