// Reading the catalog out of driver binaries, and checking their formats against their types.
#include "wpptrace/decoder/elf_catalog.hpp"

#include <elf.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <wpp/format_spec.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "fixture_sites.h"
#include "wpptrace/decoder/catalog_file.hpp"

namespace wpptrace::decoder {
namespace {

using ::testing::HasSubstr;

struct ExpectedSite {
    std::uint32_t control, flag_mask;
    const char* file;
    std::uint32_t line;
    const char *function, *level, *flags, *format, *types;
};

#define FIX_EXPECT_SITE(var, ctl, mask, file, line, fn, lvl, flg, fmt, ty) \
    {ctl, mask, file, line, fn, lvl, flg, fmt, ty},
const ExpectedSite kGoodSites[] = {FIX_GOOD_SITES(FIX_EXPECT_SITE)};

struct ExpectedProblem {
    ExpectedSite site;
    std::uint32_t argument;
    const char* specifier;
    int result;
};

#define FIX_EXPECT_PROBLEM(var, ctl, mask, file, line, fn, lvl, flg, fmt, ty, arg, spec, res) \
    {{ctl, mask, file, line, fn, lvl, flg, fmt, ty}, arg, spec, res},
const ExpectedProblem kBadSites[] = {FIX_BAD_SITES(FIX_EXPECT_PROBLEM)};

// The id straight from abi.h, as the runtime computes it.
std::uint64_t expected_id(const ExpectedSite& s, const char* module) {
    return wpp_site_id(module, s.control, s.file, s.line, s.function, s.level, s.flags, s.format,
                       s.types);
}

std::vector<unsigned char> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string absolute(const std::string& path) {
    return std::filesystem::absolute(path).lexically_normal().string();
}

bool is_lower_hex(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// A file in a fresh temporary directory, removed with it.
class TempDir {
  public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "elfcat.XXXXXX").string();
        dir_ = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(dir_); }
    std::string write(const std::string& name, const std::string& content) const {
        const std::string path = (std::filesystem::path(dir_) / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    std::string path() const { return dir_; }

  private:
    std::string dir_;
};

void expect_good_catalog(const Catalog& catalog, const char* module, const std::string& path) {
    ASSERT_EQ(catalog.messages().size(), std::size(kGoodSites));
    for (const auto& site : kGoodSites) {
        const MessageInfo* m = catalog.find(expected_id(site, module));
        ASSERT_NE(m, nullptr) << site.file << ":" << site.line;
        EXPECT_EQ(m->module, module);
        EXPECT_EQ(m->control, site.control);
        EXPECT_EQ(m->flag_mask, site.flag_mask);
        EXPECT_EQ(m->file, site.file);
        EXPECT_EQ(m->line, site.line);
        EXPECT_EQ(m->function, site.function);
        EXPECT_EQ(m->level, site.level);
        EXPECT_EQ(m->flags, site.flags);
        EXPECT_EQ(m->format, site.format);
        EXPECT_EQ(m->types, site.types);
        EXPECT_EQ(m->id, m->computed_id());
    }
    ASSERT_EQ(catalog.modules().size(), 1u);
    const ModuleInfo* info = catalog.find_module(module);
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->path, absolute(path));
    EXPECT_EQ(info->build_id.size(), 40u);
    EXPECT_TRUE(is_lower_hex(info->build_id)) << info->build_id;
    ASSERT_EQ(info->controls.size(), 2u);
    EXPECT_EQ(info->controls[0].name, FIX_CONTROL0_NAME);
    EXPECT_EQ(info->controls[0].guid, FIX_CONTROL0_GUID);
    EXPECT_EQ(info->controls[0].bits, (std::vector<std::string>{"DBG_INIT", "DBG_IO", "DBG_PNP"}));
    EXPECT_EQ(info->controls[1].name, FIX_CONTROL1_NAME);
    EXPECT_EQ(info->controls[1].guid, FIX_CONTROL1_GUID);
    EXPECT_EQ(info->controls[1].bits, (std::vector<std::string>{"AUX_A"}));
}

// ---- well-formed binaries ---------------------------------------------------------------------

class GoodCBinary : public ::testing::TestWithParam<const char*> {};

TEST_P(GoodCBinary, ReadsEveryFieldOfEverySiteAndTheModule) {
    Catalog catalog;
    const LoadResult result = load_catalog_from_elf(GetParam(), catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_TRUE(result.clean()) << ::testing::PrintToString(result.warnings);
    EXPECT_EQ(result.sites, std::size(kGoodSites));
    EXPECT_EQ(result.added, std::size(kGoodSites));
    EXPECT_EQ(result.skipped, 0u);
    EXPECT_EQ(result.modules, 1u);
    expect_good_catalog(catalog, FIX_C_MODULE, GetParam());
    EXPECT_EQ(catalog.modules()[0].build_id, result.build_id);
}

TEST_P(GoodCBinary, LoadingTwiceAddsOnlyDuplicates) {
    Catalog catalog;
    ASSERT_TRUE(load_catalog_from_elf(GetParam(), catalog).ok());
    const LoadResult again = load_catalog_from_elf(GetParam(), catalog);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.duplicates, std::size(kGoodSites));
    EXPECT_EQ(catalog.messages().size(), std::size(kGoodSites));
    EXPECT_EQ(catalog.modules().size(), 1u);
}

// The same source as a RELA shared object, a RELR shared object, a PIE and a non-PIE executable:
// the pointers are found through R_X86_64_RELATIVE addends, in place, or both.
INSTANTIATE_TEST_SUITE_P(ElfCatalog, GoodCBinary,
                         ::testing::Values(WPP_FIXTURE_GOOD, WPP_FIXTURE_GOOD_RELR,
                                           WPP_FIXTURE_GOOD_PIE, WPP_FIXTURE_GOOD_NOPIE));

TEST(ElfCatalog, FixturesAreTheKindsOfBinaryTheyClaim) {
    const auto e_type = [](const char* path) { return read_bytes(path).at(16); };
    EXPECT_EQ(e_type(WPP_FIXTURE_GOOD), 3);        // ET_DYN
    EXPECT_EQ(e_type(WPP_FIXTURE_GOOD_PIE), 3);    // ET_DYN
    EXPECT_EQ(e_type(WPP_FIXTURE_GOOD_NOPIE), 2);  // ET_EXEC
}

TEST(ElfCatalog, ReadsTheCxxSharedObjectLikeTheCOne) {
    Catalog catalog;
    const LoadResult result = load_catalog_from_elf(WPP_FIXTURE_GOOD_CXX, catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_TRUE(result.clean()) << ::testing::PrintToString(result.warnings);
    expect_good_catalog(catalog, FIX_CXX_MODULE, WPP_FIXTURE_GOOD_CXX);
}

TEST(ElfCatalog, ReportsTheGnuBuildIdAsLowercaseHex) {
    Catalog catalog;
    EXPECT_EQ(load_catalog_from_elf(WPP_FIXTURE_GOOD, catalog).build_id, FIX_BUILD_ID);
    EXPECT_EQ(catalog.find_module(FIX_C_MODULE)->build_id, FIX_BUILD_ID);
}

TEST(ElfCatalog, MergesTheModulesOfSeveralBinaries) {
    Catalog catalog;
    ASSERT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD, catalog).ok());
    ASSERT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD_CXX, catalog).ok());
    EXPECT_EQ(catalog.messages().size(), 2 * std::size(kGoodSites));
    EXPECT_NE(catalog.find_module(FIX_C_MODULE), nullptr);
    EXPECT_NE(catalog.find_module(FIX_CXX_MODULE), nullptr);
}

TEST(ElfCatalog, BinaryWithoutSitesGivesAnEmptyCatalogNotAnError) {
    Catalog catalog;
    const LoadResult result = load_catalog_from_elf(WPP_FIXTURE_PLAIN, catalog);
    EXPECT_TRUE(result.clean()) << result.error;
    EXPECT_EQ(result.sites, 0u);
    EXPECT_EQ(result.build_id, "");  // linked with --build-id=none
    EXPECT_TRUE(catalog.messages().empty());
    EXPECT_TRUE(catalog.modules().empty());

    // A large PIE with thousands of relocations: this very test program.
    Catalog self;
    const LoadResult own = load_catalog_from_elf("/proc/self/exe", self);
    EXPECT_TRUE(own.clean()) << own.error;
    EXPECT_TRUE(self.messages().empty());
}

// ---- records that cannot be read --------------------------------------------------------------

TEST(ElfCatalog, SkipsUnreadableRecordsAndSaysWhy) {
    Catalog catalog;
    const LoadResult result = load_catalog_from_elf(WPP_FIXTURE_BAD, catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_FALSE(result.clean());
    const std::size_t readable = std::size(kBadSites) + 2;  // plus null_flags and the exported one
    EXPECT_EQ(result.sites, readable + 4);
    EXPECT_EQ(result.added, readable);
    EXPECT_EQ(result.skipped, 4u);
    const std::string all = ::testing::PrintToString(result.warnings);
    EXPECT_THAT(all, HasSubstr("0x245544953505057 is not WPP_SITE_MAGIC"));
    EXPECT_THAT(all, HasSubstr("drivers/bad/bad.c(23): unknown argument type code 0x7a"));
    EXPECT_THAT(all, HasSubstr("undefined symbol 'fix_missing_site'"));
    EXPECT_THAT(all, HasSubstr("is null"));
    EXPECT_THAT(all, HasSubstr("control_count 99 exceeds WPP_MAX_CONTROLS (32)"));
    EXPECT_EQ(result.warnings.size(), 5u) << all;
    for (const auto& warning : result.warnings)
        EXPECT_EQ(warning.rfind(WPP_FIXTURE_BAD, 0), 0u) << "names the file: " << warning;

    // R_X86_64_64 against a symbol this binary defines resolves to that definition.
    const std::uint64_t exported =
        wpp_site_id(FIX_BAD_MODULE, 0, "drivers/bad/bad.c", 21, "Exported", "TRACE_LEVEL_ERROR",
                    "DBG_A", "exported %u", "I");
    ASSERT_NE(catalog.find(exported), nullptr);
    // A null string pointer reads as "" and hashes like the runtime hashes it.
    const std::uint64_t null_flags =
        wpp_site_id(FIX_BAD_MODULE, 0, "drivers/bad/bad.c", 20, "NullFlags", "TRACE_LEVEL_ERROR",
                    nullptr, "plain", "");
    ASSERT_NE(catalog.find(null_flags), nullptr);
    EXPECT_EQ(catalog.find(null_flags)->flags, "");

    ASSERT_EQ(catalog.modules().size(), 1u);  // "toomany" was rejected
    const ModuleInfo& module = catalog.modules()[0];
    EXPECT_EQ(module.name, FIX_BAD_MODULE);
    ASSERT_EQ(module.controls.size(), 1u);
    EXPECT_EQ(module.controls[0].guid, "11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(module.controls[0].bits, std::vector<std::string>{"DBG_A"});
}

// ---- files that are not what they should be ---------------------------------------------------

TEST(ElfCatalog, NotAnElfFileGivesAClearError) {
    TempDir dir;
    Catalog catalog;
    const std::string text = dir.write("notes.txt", "this is not a driver\n");
    LoadResult result = load_catalog_from_elf(text, catalog);
    EXPECT_THAT(result.error, HasSubstr("not an ELF file"));
    EXPECT_THAT(result.error, HasSubstr(text));

    result = load_catalog_from_elf(dir.write("empty", ""), catalog);
    EXPECT_THAT(result.error, HasSubstr("not an ELF file"));

    result = load_catalog_from_elf(dir.path() + "/missing.so", catalog);
    EXPECT_THAT(result.error, HasSubstr("cannot open"));

    result = load_catalog_from_elf(dir.path(), catalog);
    EXPECT_THAT(result.error, HasSubstr("not a regular file"));
    EXPECT_TRUE(catalog.messages().empty());
}

TEST(ElfCatalog, IsElfFileLooksAtTheMagic) {
    TempDir dir;
    EXPECT_TRUE(is_elf_file(WPP_FIXTURE_GOOD));
    EXPECT_TRUE(is_elf_file(WPP_FIXTURE_GOOD_NOPIE));
    EXPECT_FALSE(is_elf_file(dir.write("catalog.json", "{\"wpptrace_catalog\": 1}")));
    EXPECT_FALSE(is_elf_file(dir.write("short",
                                       "\x7f"
                                       "EL")));
    EXPECT_FALSE(is_elf_file(dir.path() + "/missing"));
}

TEST(ElfCatalog, RejectsOtherClassesByteOrdersMachinesAndFileTypes) {
    const std::vector<unsigned char> good = read_bytes(WPP_FIXTURE_GOOD);
    struct Case {
        std::size_t offset;
        unsigned char value;
        const char* error;
    };
    const Case cases[] = {
        {4, 1, "32-bit ELF (ELFCLASS32) is not supported"},
        {5, 2, "big-endian ELF is not supported"},
        {18, 183, "machine 183 (AArch64): only x86_64"},
        {18, 3, "machine 3 (i386): only x86_64"},
        {16, 1, "relocatable object file"},
        {16, 4, "core dump"},
    };
    for (const auto& c : cases) {
        std::vector<unsigned char> bytes = good;
        bytes[c.offset] = c.value;
        Catalog catalog;
        const LoadResult result = load_catalog_from_elf_image(bytes, "patched.so", catalog);
        EXPECT_THAT(result.error, HasSubstr(c.error));
        EXPECT_THAT(result.error, HasSubstr("patched.so: "));
        EXPECT_TRUE(catalog.messages().empty());
    }
}

// Every message that does get in is intact: its id is the hash of what the catalog shows.
void expect_consistent(const Catalog& catalog, const LoadResult& result) {
    if (!result.ok()) {
        EXPECT_TRUE(catalog.messages().empty()) << result.error;
    }
    for (const auto& m : catalog.messages()) {
        EXPECT_EQ(m->id, m->computed_id());
        EXPECT_EQ(message_problem(*m), "");
    }
}

TEST(ElfCatalog, TruncatedCopiesGiveErrorsAndNeverCrash) {
    for (const char* fixture : {WPP_FIXTURE_GOOD, WPP_FIXTURE_GOOD_NOPIE, WPP_FIXTURE_BAD}) {
        const std::vector<unsigned char> bytes = read_bytes(fixture);
        ASSERT_GT(bytes.size(), 1000u);
        for (std::size_t length = 0; length < bytes.size(); ++length) {
            Catalog catalog;
            const LoadResult result = load_catalog_from_elf_image(std::span(bytes.data(), length),
                                                                  "truncated.so", catalog);
            // The section headers sit at the very end: any cut loses them.
            EXPECT_FALSE(result.ok()) << "length " << length;
            expect_consistent(catalog, result);
            if (length >= 64) {
                EXPECT_THAT(result.error, HasSubstr("truncated")) << length;
            }
        }
    }
}

TEST(ElfCatalog, ByteFlippedCopiesGiveErrorsOrPartialResultsAndNeverCrash) {
    for (const char* fixture : {WPP_FIXTURE_GOOD, WPP_FIXTURE_GOOD_NOPIE, WPP_FIXTURE_BAD}) {
        const std::vector<unsigned char> good = read_bytes(fixture);
        std::size_t errors = 0, partial = 0;
        std::vector<unsigned char> bytes = good;
        for (std::size_t offset = 0; offset < bytes.size(); ++offset) {
            bytes[offset] ^= 0xff;
            Catalog catalog;
            const LoadResult result = load_catalog_from_elf_image(bytes, "flipped.so", catalog);
            bytes[offset] = good[offset];
            expect_consistent(catalog, result);
            if (!result.ok())
                ++errors;
            else if (!result.warnings.empty())
                ++partial;
        }
        // The loop must really have gone through both kinds of damage.
        EXPECT_GT(errors, 0u) << fixture;
        EXPECT_GT(partial, 0u) << fixture;
    }
}

TEST(ElfCatalog, RandomlyCorruptedCopiesNeverCrash) {
    std::mt19937 random(20240611);
    for (const char* fixture : {WPP_FIXTURE_GOOD, WPP_FIXTURE_GOOD_RELR, WPP_FIXTURE_BAD}) {
        const std::vector<unsigned char> good = read_bytes(fixture);
        std::uniform_int_distribution<std::size_t> offset(0, good.size() - 1);
        std::uniform_int_distribution<int> byte(0, 255), count(1, 32);
        for (int round = 0; round < 3000; ++round) {
            std::vector<unsigned char> bytes = good;
            for (int n = count(random); n > 0; --n) bytes[offset(random)] = byte(random);
            Catalog catalog;
            expect_consistent(catalog, load_catalog_from_elf_image(bytes, "random.so", catalog));
        }
    }
}

// A minimal x86_64 shared object: one PT_LOAD mapping the whole file at address 0, and the
// sections .data and .shstrtab. .data holds a `string_size`-byte string (NUL included) followed
// by as many site records as fit in `file_size`, each with its own line and every text field but
// the types pointing at that one string.
std::vector<unsigned char> elf_with_sites_sharing_one_string(std::size_t file_size,
                                                             std::size_t string_size) {
    std::vector<unsigned char> image(file_size);
    const auto put = [&image](std::size_t at, std::uint64_t value, std::size_t bytes) {
        for (std::size_t i = 0; i < bytes; ++i) image[at + i] = std::uint8_t(value >> (8 * i));
    };
    constexpr std::size_t data = 4096, section_headers_size = 3 * 64;
    const char names[] = "\0.data\0.shstrtab";
    const std::size_t sites = (data + string_size + 7) / 8 * 8;
    const std::size_t names_at = file_size - section_headers_size - 32;
    const std::size_t section_headers = file_size - section_headers_size;
    const std::size_t site_count = (names_at - sites) / 80;
    // ELF header
    const unsigned char ident[] = {0x7f, 'E', 'L', 'F', ELFCLASS64, ELFDATA2LSB, EV_CURRENT};
    std::copy(std::begin(ident), std::end(ident), image.begin());
    put(16, ET_DYN, 2), put(18, EM_X86_64, 2), put(20, EV_CURRENT, 4);
    put(32, 64, 8), put(40, section_headers, 8), put(52, 64, 2);  // phoff, shoff, ehsize
    put(54, 56, 2), put(56, 1, 2), put(58, 64, 2), put(60, 3, 2), put(62, 2, 2);
    // PT_LOAD, read-write, the whole file
    put(64, PT_LOAD, 4), put(68, PF_R | PF_W, 4), put(64 + 32, file_size, 8);
    put(64 + 40, file_size, 8), put(64 + 48, 4096, 8);
    std::fill_n(image.begin() + data, string_size - 1, 'A');
    for (std::size_t i = 0; i < site_count; ++i) {
        const std::size_t record = sites + 80 * i;
        put(record, WPP_SITE_MAGIC, 8);
        put(record + 8, i + 1, 4);  // line
        for (std::size_t field = 24; field < 72; field += 8) put(record + field, data, 8);
    }
    std::copy(std::begin(names), std::end(names), image.begin() + names_at);
    const auto section = [&](std::size_t index, std::uint32_t name, std::uint32_t type,
                             std::uint64_t flags, std::uint64_t address, std::uint64_t size) {
        const std::size_t at = section_headers + 64 * index;
        put(at, name, 4), put(at + 4, type, 4), put(at + 8, flags, 8), put(at + 16, address, 8);
        put(at + 24, address, 8), put(at + 32, size, 8), put(at + 48, 8, 8);
    };
    section(1, 1, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, data, names_at - data);
    section(2, 7, SHT_STRTAB, 0, names_at, sizeof names);
    return image;
}

// Real drivers share their file, module and level strings between many sites.
TEST(ElfCatalog, ReadsSitesSharingAString) {
    const std::vector<unsigned char> image = elf_with_sites_sharing_one_string(64 * 1024, 200);
    Catalog catalog;
    const LoadResult result = load_catalog_from_elf_image(image, "shared.so", catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_TRUE(result.warnings.empty()) << result.warnings.front();
    EXPECT_GT(result.sites, 700u);
    EXPECT_EQ(result.added, result.sites);
    EXPECT_EQ(catalog.messages().front()->format, std::string(199, 'A'));
}

// Found reviewing the reader against hostile input: records sharing one long string made a 1 MB
// file cost 12 GB (every record got its own copies) and minutes. The strings read are bounded by
// the file's size now; the records past the bound are skipped and reported.
TEST(ElfCatalog, RecordsSharingAHugeStringStayWithinABoundOfTheFileSize) {
    constexpr std::size_t file_size = 1 << 20;
    const std::vector<unsigned char> image =
        elf_with_sites_sharing_one_string(file_size, 256 * 1024);
    Catalog catalog;
    const LoadResult result = load_catalog_from_elf_image(image, "crafted.so", catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_GT(result.sites, 9000u);
    EXPECT_GT(result.added, 0u);
    EXPECT_EQ(result.added + result.skipped, result.sites);
    std::size_t text = 0;
    for (const auto& m : catalog.messages())
        text += m->module.size() + m->file.size() + m->function.size() + m->level.size() +
                m->flags.size() + m->format.size();
    // The bound (16 bytes per byte of the file, plus 1 MB) and one record's worth past it.
    EXPECT_LE(text, 16 * file_size + (1 << 20) + 6 * 256 * 1024);
    ASSERT_FALSE(result.warnings.empty());
    EXPECT_THAT(result.warnings.back(), HasSubstr("records not read: their strings add up to"));
}

// ---- the format check -------------------------------------------------------------------------

TEST(ElfCatalogCheck, GoodBinariesHaveNoProblems) {
    Catalog catalog;
    ASSERT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD, catalog).ok());
    ASSERT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD_CXX, catalog).ok());
    EXPECT_TRUE(check_catalog(catalog).empty());
}

TEST(ElfCatalogCheck, ReportsEachMismatchedArgumentWithItsPlace) {
    Catalog catalog;
    ASSERT_TRUE(load_catalog_from_elf(WPP_FIXTURE_BAD, catalog).ok());
    const std::vector<SiteProblem> problems = check_catalog(catalog);
    ASSERT_EQ(problems.size(), std::size(kBadSites));
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const SiteProblem& p = problems[i];
        const ExpectedProblem& e = kBadSites[i];  // both in line order
        EXPECT_EQ(p.id, expected_id(e.site, FIX_BAD_MODULE));
        EXPECT_EQ(p.module, FIX_BAD_MODULE);
        EXPECT_EQ(p.file, e.site.file);
        EXPECT_EQ(p.line, e.site.line);
        EXPECT_EQ(p.function, e.site.function);
        EXPECT_EQ(p.format, e.site.format);
        EXPECT_EQ(p.types, e.site.types);
        EXPECT_EQ(p.argument, e.argument) << p.function;
        EXPECT_EQ(p.specifier, e.specifier) << p.function;
        EXPECT_EQ(p.result, e.result) << p.function;
        EXPECT_EQ(p.message, wpp_check_message(e.result));
    }
    EXPECT_EQ(describe_problem(problems[0]),
              "drivers/bad/bad.c:10: error: BadWide: format \"value %d\", argument 1 (int64) at "
              "%d: a 64-bit integer under a 32-bit conversion (use %I64d, %lld or %Id)");
    EXPECT_EQ(describe_problem(problems[3]),
              "drivers/bad/bad.c:13: error: BadMany: format \"only %x\", argument 2 (uint32): "
              "more arguments than conversions");
}

TEST(ElfCatalogCheck, ReportsMoreArgumentsThanTheAbiAllows) {
    MessageInfo m;
    m.module = "hand";
    m.file = "hand.c";
    m.line = 1;
    m.format = "";
    m.types = std::string(WPP_MAX_ARGS + 1, 'i');
    for (int i = 0; i <= WPP_MAX_ARGS; ++i) m.format += "%d ";
    m.id = m.computed_id();
    Catalog catalog;
    ASSERT_EQ(catalog.add(m), Catalog::AddResult::added);
    const std::vector<SiteProblem> problems = check_catalog(catalog);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].argument, std::uint32_t(WPP_MAX_ARGS + 1));
    EXPECT_THAT(problems[0].message, HasSubstr("more than 16 arguments"));
}

}  // namespace
}  // namespace wpptrace::decoder
