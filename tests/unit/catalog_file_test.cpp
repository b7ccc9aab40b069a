// The exported catalog file (JSON) and the text listing.
#include "wpptrace/decoder/catalog_file.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <wpp/abi.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fixture_sites.h"
#include "wpptrace/decoder/elf_catalog.hpp"

namespace wpptrace::decoder {
namespace {

using ::testing::HasSubstr;

MessageInfo make_message(std::string format, std::string types, std::uint32_t line = 7) {
    MessageInfo m;
    m.module = "handdrv";
    m.control = 1;
    m.flag_mask = 0x80000000u;
    m.file = "src/hand.c";
    m.line = line;
    m.function = "HandMade";
    m.level = "TRACE_LEVEL_VERBOSE";
    m.flags = "DBG_HAND";
    m.format = std::move(format);
    m.types = std::move(types);
    m.id = m.computed_id();
    return m;
}

ModuleInfo make_module() {
    ModuleInfo module;
    module.name = "handdrv";
    module.build_id = "abcdef0123";
    module.path = "/opt/drivers/hand.so";
    module.controls.push_back({"HandCtl", "01234567-89ab-cdef-0123-456789abcdef", {"A", "", "C"}});
    module.controls.push_back({"Second", "ffffffff-ffff-ffff-ffff-ffffffffffff", {}});
    return module;
}

// The fixture binaries' messages plus hand-made ones with every kind of awkward text.
Catalog rich_catalog() {
    Catalog catalog;
    EXPECT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD, catalog).ok());
    EXPECT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD_CXX, catalog).ok());
    EXPECT_EQ(catalog.add(make_message("quote \" backslash \\ bell \x07 del \x7f %s", "s")),
              Catalog::AddResult::added);
    EXPECT_EQ(catalog.add(make_message("\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 %d", "i", 8)),
              Catalog::AddResult::added);
    EXPECT_EQ(catalog.add(make_message("", "", 9)), Catalog::AddResult::added);
    catalog.add_module(make_module());
    return catalog;
}

void expect_same_catalog(const Catalog& a, const Catalog& b) {
    ASSERT_EQ(a.messages().size(), b.messages().size());
    for (const auto& m : a.messages()) {
        const MessageInfo* other = b.find(m->id);
        ASSERT_NE(other, nullptr) << format_message_id(m->id);
        EXPECT_TRUE(m->same_content(*other)) << m->format;
        EXPECT_EQ(m->flag_mask, other->flag_mask);  // not covered by the id
    }
    ASSERT_EQ(a.modules().size(), b.modules().size());
    for (std::size_t i = 0; i < a.modules().size(); ++i) {
        const ModuleInfo& x = a.modules()[i];
        const ModuleInfo& y = b.modules()[i];
        EXPECT_EQ(x.name, y.name);
        EXPECT_EQ(x.build_id, y.build_id);
        EXPECT_EQ(x.path, y.path);
        ASSERT_EQ(x.controls.size(), y.controls.size());
        for (std::size_t c = 0; c < x.controls.size(); ++c) {
            EXPECT_EQ(x.controls[c].name, y.controls[c].name);
            EXPECT_EQ(x.controls[c].guid, y.controls[c].guid);
            EXPECT_EQ(x.controls[c].bits, y.controls[c].bits);
        }
    }
}

std::string json_string(const std::string& s) {
    return "\"" + s + "\"";
}

// One message entry as JSON text; `fields` replaces or adds members (raw JSON values).
std::string message_json(const MessageInfo& m, std::map<std::string, std::string> fields = {}) {
    std::map<std::string, std::string> all = {
        {"id", json_string(format_message_id(m.id))},
        {"module", json_string(m.module)},
        {"control", std::to_string(m.control)},
        {"flag_mask", std::to_string(m.flag_mask)},
        {"file", json_string(m.file)},
        {"line", std::to_string(m.line)},
        {"function", json_string(m.function)},
        {"level", json_string(m.level)},
        {"flags", json_string(m.flags)},
        {"format", json_string(m.format)},
        {"types", json_string(m.types)},
    };
    for (auto& [key, value] : fields) all[key] = value;
    std::string text = "{";
    for (const auto& [key, value] : all) {
        if (value.empty()) continue;  // "" removes the member
        text += (text.size() > 1 ? ", " : "") + json_string(key) + ": " + value;
    }
    return text + "}";
}

std::string document(const std::vector<std::string>& messages) {
    std::string text = "{\"wpptrace_catalog\": 1, \"modules\": [], \"messages\": [";
    for (std::size_t i = 0; i < messages.size(); ++i) text += (i ? ", " : "") + messages[i];
    return text + "]}";
}

class TempDir {
  public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "catfile.XXXXXX").string();
        dir_ = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(dir_); }
    std::string path(const std::string& name) const {
        return (std::filesystem::path(dir_) / name).string();
    }
    std::size_t entries() const {
        return std::distance(std::filesystem::directory_iterator(dir_),
                             std::filesystem::directory_iterator());
    }

  private:
    std::string dir_;
};

// ---- round trips ------------------------------------------------------------------------------

TEST(CatalogFile, JsonRoundTripKeepsEveryMessageAndModule) {
    const Catalog original = rich_catalog();
    std::vector<std::string> warnings;
    const std::string json = catalog_to_json(original, &warnings);
    EXPECT_TRUE(warnings.empty()) << ::testing::PrintToString(warnings);

    Catalog loaded;
    const CatalogFileResult result = load_catalog_json(json, loaded);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_TRUE(result.warnings.empty()) << ::testing::PrintToString(result.warnings);
    EXPECT_EQ(result.messages, original.messages().size());
    EXPECT_EQ(result.added, original.messages().size());
    EXPECT_EQ(result.rejected, 0u);
    EXPECT_EQ(result.modules, original.modules().size());
    expect_same_catalog(original, loaded);

    // Writing the loaded catalog again gives the very same text: the format is stable.
    EXPECT_EQ(catalog_to_json(loaded), json);
}

TEST(CatalogFile, IdsAreWrittenAsFixedWidthHexStrings) {
    Catalog catalog;
    const MessageInfo m = make_message("x", "");
    catalog.add(m);
    const std::string json = catalog_to_json(catalog);
    EXPECT_THAT(json, HasSubstr("\"id\": \"" + format_message_id(m.id) + "\""));
    EXPECT_THAT(json, HasSubstr("\"wpptrace_catalog\": 1"));
    EXPECT_EQ(format_message_id(0x1f), "0x000000000000001f");
    EXPECT_EQ(format_message_id(UINT64_MAX), "0xffffffffffffffff");
}

TEST(CatalogFile, SaveAndLoadThroughAFile) {
    TempDir dir;
    const Catalog original = rich_catalog();
    const std::string path = dir.path("drivers.wppcat");
    const CatalogFileResult saved = save_catalog_file(original, path);
    ASSERT_TRUE(saved.ok()) << saved.error;
    EXPECT_EQ(saved.messages, original.messages().size());
    EXPECT_EQ(saved.modules, original.modules().size());
    EXPECT_EQ(dir.entries(), 1u) << "no temporary file left behind";

    Catalog loaded;
    const CatalogFileResult result = load_catalog_file(path, loaded);
    ASSERT_TRUE(result.ok()) << result.error;
    expect_same_catalog(original, loaded);

    // Loading into a catalog that has them already: duplicates, nothing new.
    const CatalogFileResult again = load_catalog_file(path, loaded);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.duplicates, original.messages().size());
}

TEST(CatalogFile, SavingIntoAMissingDirectoryIsAnError) {
    TempDir dir;
    const CatalogFileResult result = save_catalog_file(rich_catalog(), dir.path("no/such.json"));
    EXPECT_THAT(result.error, HasSubstr("cannot write"));
}

TEST(CatalogFile, MessagesThatAreNotUtf8AreLeftOutWithAWarning) {
    Catalog catalog;
    catalog.add(make_message("latin-1 caf\xe9 %d", "i", 1));
    catalog.add(make_message("fine", "", 2));
    std::vector<std::string> warnings;
    const std::string json = catalog_to_json(catalog, &warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_THAT(warnings[0], HasSubstr("src/hand.c(1): left out, its text is not UTF-8"));
    Catalog loaded;
    ASSERT_TRUE(load_catalog_json(json, loaded).ok());
    EXPECT_EQ(loaded.messages().size(), 1u);
}

// ---- what loading rejects ---------------------------------------------------------------------

TEST(CatalogFile, ForgedIdIsRejectedAndCounted) {
    const MessageInfo genuine = make_message("value %d", "i", 1);
    const MessageInfo other = make_message("other %s", "s", 2);
    // The genuine id over a changed text: a decoder must never show it for that id.
    const std::string forged = message_json(genuine, {{"format", json_string("value %d, forged")}});
    Catalog catalog;
    const CatalogFileResult result =
        load_catalog_json(document({forged, message_json(other)}), catalog, "forged.json");
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.messages, 2u);
    EXPECT_EQ(result.rejected, 1u);
    EXPECT_EQ(result.added, 1u);
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_THAT(result.warnings[0], HasSubstr("forged.json: message " +
                                              format_message_id(genuine.id) + " src/hand.c(1)"));
    EXPECT_THAT(result.warnings[0], HasSubstr("id does not match its content"));
    EXPECT_EQ(catalog.find(genuine.id), nullptr);
    EXPECT_NE(catalog.find(other.id), nullptr);
}

TEST(CatalogFile, InvalidFieldsRejectOnlyThatMessage) {
    const MessageInfo good = make_message("good %u", "I", 100);
    const MessageInfo bad = make_message("bad %d", "i", 101);
    const std::string long_types = json_string(std::string(WPP_MAX_ARGS + 1, 'i'));
    struct Case {
        std::map<std::string, std::string> change;
        const char* why;
    };
    const std::vector<Case> cases = {
        {{{"types", "105"}}, "\"types\" must be a string"},
        {{{"types", "[\"i\"]"}}, "\"types\" must be a string"},
        {{{"types", json_string("z")}}, "unknown argument type code 0x7a"},
        {{{"types", long_types}}, "more than WPP_MAX_ARGS"},
        {{{"format", ""}}, "missing \"format\""},
        {{{"format", "null"}}, "\"format\" must be a string"},
        {{{"format", json_string("bad\\u0000 %d")}}, "\"format\" contains a NUL character"},
        {{{"line", json_string("101")}}, "\"line\" must be an integer"},
        {{{"line", "-1"}}, "\"line\" must be an integer"},
        {{{"line", "4294967296"}}, "\"line\" must be an integer"},
        {{{"line", "101.0"}}, "\"line\" must be an integer"},
        {{{"control", "true"}}, "\"control\" must be an integer"},
        {{{"id", ""}}, "missing \"id\""},
        {{{"id", "12345"}}, "\"id\" must be a string"},
        {{{"id", json_string("12345")}}, "\"id\" is not a hex string"},
        {{{"id", json_string("0x")}}, "\"id\" is not a hex string"},
        {{{"id", json_string("0x12345678901234567")}}, "\"id\" is not a hex string"},
        {{{"id", json_string("0xfoo")}}, "\"id\" is not a hex string"},
        {{{"id", json_string("0x1")}}, "id does not match its content"},
    };
    for (const auto& c : cases) {
        Catalog catalog;
        const std::string text = document({message_json(good), message_json(bad, c.change)});
        const CatalogFileResult result = load_catalog_json(text, catalog);
        ASSERT_TRUE(result.ok()) << result.error;
        EXPECT_EQ(result.rejected, 1u) << text;
        EXPECT_EQ(result.added, 1u) << text;
        ASSERT_EQ(result.warnings.size(), 1u) << text;
        EXPECT_THAT(result.warnings[0], HasSubstr(c.why)) << text;
        EXPECT_NE(catalog.find(good.id), nullptr);
    }

    Catalog catalog;
    const CatalogFileResult result =
        load_catalog_json(document({"42", "[]", message_json(good)}), catalog);
    EXPECT_EQ(result.rejected, 2u);
    EXPECT_THAT(result.warnings[0], HasSubstr("message 0: not a JSON object"));
}

TEST(CatalogFile, IdsAreReadInEitherCaseAndWithoutLeadingZeros) {
    std::uint64_t id = 0;
    EXPECT_TRUE(parse_message_id("0x1F", id));
    EXPECT_EQ(id, 0x1fu);
    EXPECT_TRUE(parse_message_id("0XFFFFFFFFFFFFFFFF", id));
    EXPECT_EQ(id, UINT64_MAX);
    EXPECT_FALSE(parse_message_id("0x 1", id));
    EXPECT_FALSE(parse_message_id("-0x1", id));
    EXPECT_FALSE(parse_message_id("", id));

    const MessageInfo m = make_message("upper", "");
    std::string upper = format_message_id(m.id);
    for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
    Catalog catalog;
    const auto result =
        load_catalog_json(document({message_json(m, {{"id", json_string(upper)}})}), catalog);
    EXPECT_EQ(result.added, 1u) << ::testing::PrintToString(result.warnings);
}

TEST(CatalogFile, UnknownFieldsAreIgnored) {
    const MessageInfo m = make_message("future %d", "i");
    const std::string text =
        "{\"wpptrace_catalog\": 1, \"generator\": {\"name\": \"wpptrace 9\"}, "
        "\"modules\": [{\"name\": \"handdrv\", \"license\": \"MIT\", \"controls\": "
        "[{\"name\": \"C\", \"guid\": \"01234567-89AB-CDEF-0123-456789ABCDEF\", \"x\": 1}]}], "
        "\"messages\": [" +
        message_json(m, {{"comment", json_string("added later")}, {"encodings", "[1, 2]"}}) + "]}";
    Catalog catalog;
    const CatalogFileResult result = load_catalog_json(text, catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_TRUE(result.warnings.empty()) << ::testing::PrintToString(result.warnings);
    EXPECT_NE(catalog.find(m.id), nullptr);
    ASSERT_NE(catalog.find_module("handdrv"), nullptr);
    // Optional module fields default to empty; GUIDs are kept in lowercase.
    EXPECT_EQ(catalog.find_module("handdrv")->build_id, "");
    EXPECT_EQ(catalog.find_module("handdrv")->controls.at(0).guid,
              "01234567-89ab-cdef-0123-456789abcdef");
}

TEST(CatalogFile, InvalidModulesAreRejectedAlone) {
    const std::string text =
        "{\"wpptrace_catalog\": 1, \"modules\": ["
        "{\"name\": 5},"
        "{\"name\": \"a\", \"controls\": [{\"name\": \"C\", \"guid\": \"not-a-guid\"}]},"
        "{\"name\": \"b\", \"controls\": [{\"name\": \"C\", \"guid\": "
        "\"01234567-89ab-cdef-0123-456789abcdef\", \"bits\": [\"A\", 3]}]},"
        "{\"name\": \"c\", \"controls\": {}},"
        "{\"name\": \"good\"}]}";
    Catalog catalog;
    const CatalogFileResult result = load_catalog_json(text, catalog);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.modules, 1u);
    ASSERT_EQ(result.warnings.size(), 4u);
    EXPECT_THAT(result.warnings[0], HasSubstr("module 0: \"name\" must be a string"));
    EXPECT_THAT(result.warnings[1], HasSubstr("control 0: \"guid\" is not of the form"));
    EXPECT_THAT(result.warnings[2], HasSubstr("\"bits\" must be an array of strings"));
    EXPECT_THAT(result.warnings[3], HasSubstr("\"controls\" must be an array"));
    ASSERT_EQ(catalog.modules().size(), 1u);
    EXPECT_EQ(catalog.modules()[0].name, "good");
}

// ---- what loading refuses altogether ---------------------------------------------------------

TEST(CatalogFile, MalformedJsonGivesAnErrorWithItsPosition) {
    Catalog catalog;
    CatalogFileResult result = load_catalog_json(
        "{\"wpptrace_catalog\": 1,\n \"messages\": [\n  {\"id\": }]}", catalog, "broken.json");
    EXPECT_THAT(result.error, HasSubstr("broken.json: malformed JSON"));
    EXPECT_THAT(result.error, HasSubstr("line 3, column 10"));
    EXPECT_TRUE(catalog.messages().empty());

    result = load_catalog_json("", catalog);
    EXPECT_THAT(result.error, HasSubstr("malformed JSON"));
    result = load_catalog_json("{\"wpptrace_catalog\": 1} trailing", catalog);
    EXPECT_THAT(result.error, HasSubstr("malformed JSON"));
    result = load_catalog_json("{\"a\": \"\xff\"}", catalog);  // not UTF-8
    EXPECT_THAT(result.error, HasSubstr("malformed JSON"));
}

TEST(CatalogFile, WrongVersionOrShapeIsAClearError) {
    const MessageInfo m = make_message("x", "");
    struct Case {
        std::string text;
        const char* error;
    };
    const std::vector<Case> cases = {
        {"{\"wpptrace_catalog\": 2, \"messages\": [" + message_json(m) + "]}",
         "unsupported catalog version 2 (this build reads version 1)"},
        {"{\"wpptrace_catalog\": \"1\"}", "unsupported catalog version \"1\""},
        {"{\"wpptrace_catalog\": -1}", "unsupported catalog version -1"},
        {"{\"wpptrace_catalog\": 1.0}", "unsupported catalog version 1.0"},
        {"{\"messages\": []}", "not a wpptrace catalog (no \"wpptrace_catalog\" version)"},
        {"[1, 2]", "not a wpptrace catalog (the top level is not a JSON object)"},
        {"{\"wpptrace_catalog\": 1, \"messages\": {}}", "\"messages\" must be an array"},
        {"{\"wpptrace_catalog\": 1, \"modules\": 3}", "\"modules\" must be an array"},
    };
    for (const auto& c : cases) {
        Catalog catalog;
        const CatalogFileResult result = load_catalog_json(c.text, catalog, "v.json");
        EXPECT_THAT(result.error, HasSubstr("v.json: " + std::string(c.error))) << c.text;
        EXPECT_TRUE(catalog.messages().empty());
    }
}

// Found fuzzing the catalog reader with deeply nested JSON: the error message dumped the version
// value, recursively, so a version nested 200,000 levels deep overflowed the stack.
TEST(CatalogFile, DeeplyNestedVersionIsNamedNotDumped) {
    constexpr std::size_t depth = 200'000;  // overflows an 8 MB stack in a normal build
    const std::string text =
        "{\"wpptrace_catalog\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
    Catalog catalog;
    const CatalogFileResult result = load_catalog_json(text, catalog, "v.json");
    EXPECT_EQ(result.error,
              "v.json: unsupported catalog version of type array (this build reads version 1)");
}

TEST(CatalogFile, MissingFileIsAnError) {
    Catalog catalog;
    const CatalogFileResult result = load_catalog_file("/nonexistent/catalog.json", catalog);
    EXPECT_THAT(result.error, HasSubstr("/nonexistent/catalog.json: cannot open"));
}

TEST(CatalogFile, TruncatedDocumentsNeverCrash) {
    const std::string json = catalog_to_json(rich_catalog());
    ASSERT_EQ(json.back(), '\n');
    for (std::size_t length = 0; length + 1 < json.size(); ++length) {
        Catalog catalog;
        const CatalogFileResult result = load_catalog_json(json.substr(0, length), catalog);
        EXPECT_FALSE(result.ok()) << length;  // every proper prefix is unterminated
        EXPECT_TRUE(catalog.messages().empty());
    }
}

TEST(CatalogFile, DeeplyNestedJsonDoesNotExhaustTheStack) {
    const std::string open(200000, '['), close(200000, ']');
    Catalog catalog;
    EXPECT_THAT(load_catalog_json(open, catalog).error, HasSubstr("malformed JSON"));
    const CatalogFileResult nested =
        load_catalog_json("{\"wpptrace_catalog\": 1, \"x\": " + open + close + "}", catalog);
    EXPECT_TRUE(nested.ok()) << nested.error;
}

// ---- the text listing -------------------------------------------------------------------------

TEST(CatalogFileText, ListsModulesControlsAndOneLinePerMessage) {
    Catalog catalog;
    ASSERT_TRUE(load_catalog_from_elf(WPP_FIXTURE_GOOD, catalog).ok());
    MessageInfo no_level = make_message("%p", "p");
    no_level.level.clear();
    no_level.id = no_level.computed_id();
    catalog.add(no_level);
    const std::string text = catalog_to_text(catalog);

    const std::uint64_t init =
        wpp_site_id(FIX_C_MODULE, 0, "drivers/fix/init.c", 101, "FixDriverEntry",
                    "TRACE_LEVEL_INFORMATION", "DBG_INIT", "Driver %s loaded, version %d", "si");
    const std::uint64_t io = wpp_site_id(FIX_C_MODULE, 0, "drivers/fix/io.c", 2202, "FixDispatchIo",
                                         "TRACE_LEVEL_VERBOSE", "DBG_IO",
                                         "Quoted \"%s\"\n\tcount=%I64u caf\xc3\xa9", "sQ");
    const std::uint64_t aux =
        wpp_site_id(FIX_C_MODULE, 1, "drivers/fix/aux.c", 7, "FixAux", "TRACE_LEVEL_WARNING",
                    "AUX_A", "ptr=%p wide=%ls ch=%c f=%.3f", "pwid");
    const std::string expected_start =
        "module fixdrv\n"
        "  build_id " FIX_BUILD_ID
        "\n"
        "  path " +
        std::filesystem::absolute(WPP_FIXTURE_GOOD).lexically_normal().string() +
        "\n"
        "  control 0 FixCtlMain " FIX_CONTROL0_GUID
        " bits DBG_INIT DBG_IO DBG_PNP\n"
        "  control 1 FixCtlAux " FIX_CONTROL1_GUID
        " bits AUX_A\n"
        "  " +
        format_message_id(aux) +
        " drivers/fix/aux.c(7) FixAux TRACE_LEVEL_WARNING AUX_A control=1 "
        "\"ptr=%p wide=%ls ch=%c f=%.3f\" (pointer, wide-string, int32, double)\n"
        "  " +
        format_message_id(init) +
        " drivers/fix/init.c(101) FixDriverEntry TRACE_LEVEL_INFORMATION DBG_INIT "
        "\"Driver %s loaded, version %d\" (string, int32)\n"
        "  " +
        format_message_id(io) +
        " drivers/fix/io.c(2202) FixDispatchIo TRACE_LEVEL_VERBOSE DBG_IO "
        "\"Quoted \\\"%s\\\"\\n\\tcount=%I64u caf\xc3\xa9\" (string, uint64)\n";
    EXPECT_EQ(text.substr(0, expected_start.size()), expected_start) << text;
    EXPECT_THAT(text, HasSubstr("\"No arguments, 100%% sure\" ()\n"));
    // A module known only from its messages still gets a header; empty fields show as "-".
    EXPECT_THAT(text, HasSubstr("module handdrv\n  " + format_message_id(no_level.id) +
                                " src/hand.c(7) HandMade - DBG_HAND control=1 \"%p\" (pointer)\n"));
}

TEST(CatalogFileText, EscapesControlCharactersInFormats) {
    Catalog catalog;
    catalog.add(make_message("a\x01z\x7f\r", ""));
    EXPECT_THAT(catalog_to_text(catalog), HasSubstr("\"a\\x01z\\x7f\\r\" ()"));
}

TEST(CatalogFileText, NamesEveryArgumentType) {
    EXPECT_STREQ(arg_type_name(WPP_TYPE_I8), "int8");
    EXPECT_STREQ(arg_type_name(WPP_TYPE_U64), "uint64");
    EXPECT_STREQ(arg_type_name(WPP_TYPE_WSTR16), "utf16-string");
    EXPECT_STREQ(arg_type_name(WPP_TYPE_UNICODE_STRING), "UNICODE_STRING");
    EXPECT_STREQ(arg_type_name('z'), "?");
}

}  // namespace
}  // namespace wpptrace::decoder
