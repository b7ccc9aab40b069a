// The WppRecorder API drivers call (wpp/recorder.h): log handles are real objects with their
// identifiers; the default log follows WppRecorderConfigure. This binary has no driver (no
// <wpp/wpp.h>, no WPP_INIT_TRACING), so no recorder: the dump functions say STATUS_NOT_SUPPORTED
// (tests/e2e/ifr_test.cpp dumps real ones).
#include <gtest/gtest.h>

#include <WppRecorder.h>
#include <string>

namespace {

TEST(WppRecorder, CreatedLogHasItsIdentifierAndSizes) {
    RECORDER_LOG_CREATE_PARAMS params;
    RECORDER_LOG_CREATE_PARAMS_INIT(&params, "Stream");
    params.TotalBufferSize = 8 * 1024;
    params.ErrorPartitionSize = 1024;
    RECORDER_LOG log = nullptr;
    ASSERT_EQ(WppRecorderLogCreate(&params, &log), STATUS_SUCCESS);
    ASSERT_NE(log, nullptr);
    EXPECT_STREQ(WppRecorderLogIdentifier(log), "Stream");
    EXPECT_EQ(log->total_buffer_size, 8u * 1024);
    EXPECT_EQ(log->error_partition_size, 1024u);
    EXPECT_EQ(WppRecorderLogSetIdentifier(log, "Renamed"), STATUS_SUCCESS);
    EXPECT_STREQ(WppRecorderLogIdentifier(log), "Renamed");
    WppRecorderLogDelete(log);
}

TEST(WppRecorder, IdentifierIsCutAndTheAppendedPointerFollows) {
    RECORDER_LOG_CREATE_PARAMS params;
    int object = 0;
    RECORDER_LOG_CREATE_PARAMS_INIT_APPEND_POINTER(&params, &object, "AVeryLongLogIdentifier");
    RECORDER_LOG log = nullptr;
    ASSERT_EQ(WppRecorderLogCreate(&params, &log), STATUS_SUCCESS);
    char expected[64];
    std::snprintf(expected, sizeof expected, "AVeryLongLogIde %p", static_cast<void*>(&object));
    EXPECT_STREQ(WppRecorderLogIdentifier(log), expected);
    WppRecorderLogDelete(log);
}

TEST(WppRecorder, BadParametersAreRefused) {
    RECORDER_LOG log = nullptr;
    EXPECT_EQ(WppRecorderLogCreate(nullptr, &log), STATUS_INVALID_PARAMETER);
    RECORDER_LOG_CREATE_PARAMS params;
    RECORDER_LOG_CREATE_PARAMS_INIT(&params, "x");
    params.ErrorPartitionSize = params.TotalBufferSize + 1;
    EXPECT_EQ(WppRecorderLogCreate(&params, &log), STATUS_INVALID_PARAMETER);
    EXPECT_EQ(log, nullptr);
    EXPECT_EQ(WppRecorderLogSetIdentifier(nullptr, "x"), STATUS_INVALID_PARAMETER);
}

TEST(WppRecorder, DefaultLogFollowsTheConfiguration) {
    RECORDER_LOG def = WppRecorderLogGetDefault();
    ASSERT_NE(def, nullptr);
    EXPECT_TRUE(WppRecorderIsDefaultLogAvailable());
    WppRecorderLogDelete(def);  // the default log outlives a stray delete
    EXPECT_EQ(WppRecorderLogGetDefault(), def);
    RECORDER_CONFIGURE_PARAMS config;
    RECORDER_CONFIGURE_PARAMS_INIT(&config);
    config.CreateDefaultLog = FALSE;
    WppRecorderConfigure(&config);
    EXPECT_FALSE(WppRecorderIsDefaultLogAvailable());
    EXPECT_EQ(WppRecorderLogGetDefault(), nullptr);
    config.CreateDefaultLog = TRUE;
    WppRecorderConfigure(&config);
    EXPECT_EQ(WppRecorderLogGetDefault(), def);
}

TEST(WppRecorder, NothingToDumpWithoutARecorder) {
    PVOID buffer = &buffer;
    ULONG length = 7;
    GUID guid{1, 2, 3, {4}};
    EXPECT_EQ(WppRecorderDumpLiveDriverData(&buffer, &length, &guid), STATUS_NOT_SUPPORTED);
    EXPECT_EQ(buffer, nullptr);
    EXPECT_EQ(length, 0u);
    EXPECT_EQ(guid.Data1, 0u);
    EXPECT_EQ(WppRecorderLogDumpLiveData(WppRecorderLogGetDefault(), &buffer, &length, &guid),
              STATUS_NOT_SUPPORTED);
}

}  // namespace
