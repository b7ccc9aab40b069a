// The catalog of a binary a trace names by path and build id (CatalogByBuildId): the recorded
// file only with its build id, then WPPTRACE_CATALOG_PATH's layouts, one warning per build id
// found nowhere. On the fixture binaries (wpp_fixture_good has the fixed build id below); the
// debuginfod step against a real server is e2e_late_catalog_test.
#include "wpptrace/decoder/catalog_by_build_id.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace wd = wpptrace::decoder;

const std::string good = WPP_FIXTURE_GOOD;
const std::string good_id = "00112233445566778899aabbccddeeff01234567";
const std::string other_id = "ffeeddccbbaa99887766554433221100ffeeddcc";

class CatalogByBuildId : public ::testing::Test {
  protected:
    void SetUp() override {
        unsetenv("DEBUGINFOD_URLS");  // no server: step 3 answers at once
        char pattern[] = "/tmp/wpp_bybuildid.XXXXXX";
        ASSERT_NE(mkdtemp(pattern), nullptr);
        dir = pattern;
    }
    void TearDown() override { fs::remove_all(dir); }

    std::function<bool()> has_messages() {
        return [this] { return !catalog.messages().empty(); };
    }

    std::string dir;
    wd::Catalog catalog;
};

TEST_F(CatalogByBuildId, RecordedFileWithItsBuildIdIsRead) {
    wd::CatalogByBuildId lookup({});
    auto r = lookup.load_process({{good, good_id}}, "", has_messages(), catalog);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_TRUE(r.exhausted);
    EXPECT_FALSE(catalog.messages().empty());
    EXPECT_EQ(lookup.loaded_from(), std::vector<std::string>{good});
}

TEST_F(CatalogByBuildId, FileWithAnotherBuildIdIsNeverReadAndNamedOnce) {
    wd::CatalogByBuildId lookup({});
    auto r = lookup.load_process({{good, other_id}}, "", has_messages(), catalog);
    EXPECT_TRUE(catalog.messages().empty());
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].find("no catalog for build id " + other_id + " (" + good +
                                 "): " + good + " has build id " + good_id),
              0u)
        << r.warnings[0];
    EXPECT_TRUE(r.exhausted);
    // Asked again (another message of the process): looked up once, named once.
    r = lookup.load_process({{good, other_id}}, "", has_messages(), catalog);
    EXPECT_TRUE(r.warnings.empty());
}

TEST_F(CatalogByBuildId, SearchPathFindsTheBuildIdLayoutAndTheFileName) {
    fs::create_directories(dir + "/ids/.build-id/00");
    fs::copy_file(good, dir + "/ids/.build-id/00/" + good_id.substr(2));
    wd::CatalogByBuildId by_id({dir + "/ids"});
    auto r = by_id.load_process({{"/gone/driver.so", good_id}}, "", has_messages(), catalog);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_FALSE(catalog.messages().empty());

    wd::Catalog by_name_catalog;
    fs::create_directories(dir + "/names");
    fs::copy_file(good, dir + "/names/driver.so");
    wd::CatalogByBuildId by_name({dir + "/names"});
    r = by_name.load_process(
        {{"/gone/driver.so", good_id}}, "", [&] { return !by_name_catalog.messages().empty(); },
        by_name_catalog);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_EQ(by_name.loaded_from(), std::vector<std::string>{dir + "/names/driver.so"});
}

TEST_F(CatalogByBuildId, RecordedFilesComeFirstAndStopTheSearch) {
    wd::CatalogByBuildId lookup({});
    // A binary that is gone, and the driver in place: the gone one is not looked for elsewhere
    // (no warning) while the messages are known, but stays to be looked for later.
    auto r = lookup.load_process({{"/gone/libother.so", other_id}, {good, good_id}}, "",
                                 has_messages(), catalog);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_FALSE(r.exhausted);
    EXPECT_FALSE(catalog.messages().empty());
}

TEST_F(CatalogByBuildId, BinariesWithoutAFileOrAHexBuildIdAreSkipped) {
    wd::CatalogByBuildId lookup({});
    auto r = lookup.load_process({{"[vdso]", good_id}, {good, ""}, {good, "../../etc"}}, "",
                                 has_messages(), catalog);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_TRUE(r.exhausted);
    EXPECT_TRUE(catalog.messages().empty());
}

}  // namespace
