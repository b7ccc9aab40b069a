// wpp_site.attributes in the decoder's catalog: ids, custom-type records found by module and
// name, the JSON catalog file, and `catalog --check` on custom types.
#include <gtest/gtest.h>

#include <wpp/abi.h>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/catalog_file.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"
#include "wpptrace/decoder/format_engine.hpp"

namespace {

using namespace wpptrace::decoder;

MessageInfo message(const std::string& module, const std::string& format, const std::string& types,
                    std::uint32_t attributes = 0) {
    MessageInfo m;
    m.module = module;
    m.file = "drv.c";
    m.line = 12;
    m.function = "Fn";
    m.level = "TRACE_LEVEL_ERROR";
    m.flags = "FLAG_ONE";
    m.format = format;
    m.types = types;
    m.attributes = attributes;
    m.id = m.computed_id();
    return m;
}

MessageInfo custom_type(const std::string& module, const std::string& name,
                        const std::string& definition) {
    MessageInfo m;
    m.module = module;
    m.flags = name;
    m.format = definition;
    m.attributes = WPP_SITE_CUSTOM_TYPE;
    m.id = m.computed_id();
    return m;
}

TEST(SiteAttributes, PlainMessagesKeepTheirIds) {
    MessageInfo m = message("drv", "x %d", "i");
    EXPECT_EQ(m.id, wpp_site_id("drv", 0, "drv.c", 12, "Fn", "TRACE_LEVEL_ERROR", "FLAG_ONE",
                                "x %d", "i"));
}

TEST(SiteAttributes, AttributesAreAPartOfTheId) {
    MessageInfo plain = message("drv", "%!STDPREFIX!x %d", "i");
    MessageInfo prefixed = message("drv", "%!STDPREFIX!x %d", "i", WPP_SITE_PREFIX_IN_FORMAT);
    EXPECT_NE(plain.id, prefixed.id);
    EXPECT_FALSE(plain.same_content(prefixed));
    MessageInfo forged = prefixed;
    forged.attributes = 0;  // the id no longer matches the content
    Catalog catalog;
    EXPECT_EQ(catalog.add(forged), Catalog::AddResult::id_mismatch);
    EXPECT_EQ(catalog.add(prefixed), Catalog::AddResult::added);
}

TEST(SiteAttributes, CatalogFindsCustomTypesByModuleAndName) {
    Catalog catalog;
    ASSERT_EQ(catalog.add(custom_type("tracedrv", "state", "ItemEnum(_S){Offline=0,Online=1}")),
              Catalog::AddResult::added);
    ASSERT_EQ(catalog.add(custom_type("stmedit", "InlineState", "ItemListLong(Idle,Busy)")),
              Catalog::AddResult::added);
    const CustomType* state = catalog.find_custom_type("tracedrv", "state");
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->kind, CustomType::Kind::enumeration);
    ASSERT_EQ(state->items.size(), 2u);
    EXPECT_EQ(state->items[1].second, "Online");
    EXPECT_EQ(catalog.find_custom_type("stmedit", "state"), nullptr);  // another module's
    EXPECT_NE(catalog.find_custom_type("stmedit", "InlineState"), nullptr);
}

TEST(SiteAttributes, PreparedMessagesRenderTheCatalogsCustomTypes) {
    Catalog catalog;
    catalog.add(custom_type("tracedrv", "state", "ItemEnum(_S){Offline=0,Online=1,Failover=4}"));
    MessageInfo m = message("tracedrv", "Machine State :: %!state!", "i");
    PreparedMessage prepared = prepare(m, &catalog);
    std::string out;
    const std::uint64_t args[] = {4};
    render(prepared, args, out);
    EXPECT_EQ(out, "Machine State :: Failover");
}

TEST(SiteAttributes, MalformedCustomTypeDefinitionsAreCounted) {
    Catalog catalog;
    catalog.add(custom_type("drv", "bad", "ItemNothing("));
    EXPECT_EQ(catalog.bad_custom_types(), 1u);
    EXPECT_EQ(catalog.find_custom_type("drv", "bad"), nullptr);
}

TEST(SiteAttributes, CatalogFileKeepsAttributes) {
    Catalog catalog;
    catalog.add(custom_type("drv", "state", "ItemListByte(Off,On)"));
    catalog.add(
        message("drv", "%!STDPREFIX!Function Return=%!STATUS!", "i", WPP_SITE_PREFIX_IN_FORMAT));
    Catalog copy;
    CatalogFileResult r = load_catalog_json(catalog_to_json(catalog), copy);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.added, 2u);
    EXPECT_NE(copy.find_custom_type("drv", "state"), nullptr);
    bool prefixed = false;
    for (const auto& m : copy.messages()) prefixed |= m->attributes == WPP_SITE_PREFIX_IN_FORMAT;
    EXPECT_TRUE(prefixed);
}

TEST(SiteAttributes, CatalogFilesWithoutAttributesStillLoad) {
    Catalog catalog;
    catalog.add(message("drv", "x %d", "i"));
    std::string json = catalog_to_json(catalog);
    std::size_t at = json.find("\"attributes\"");
    ASSERT_NE(at, std::string::npos);
    // Cut the member out as an older export would not have it.
    std::size_t begin = json.rfind(',', at), end = json.find_first_of(",}", at);
    json.erase(begin, end - begin);
    Catalog old;
    CatalogFileResult r = load_catalog_json(json, old);
    ASSERT_TRUE(r.ok()) << r.error << "\n" << json;
    EXPECT_EQ(r.added, 1u);
}

TEST(SiteAttributes, CheckReportsUndeclaredCustomTypesAndSkipsDeclarations) {
    Catalog catalog;
    catalog.add(custom_type("drv", "state", "ItemListByte(Off,On)"));
    catalog.add(message("drv", "declared %!state!", "i"));
    MessageInfo undeclared = message("drv", "undeclared %!phase!", "i");
    undeclared.line = 13;
    undeclared.id = undeclared.computed_id();
    catalog.add(undeclared);
    std::vector<SiteProblem> problems = check_catalog(catalog);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(describe_problem(problems[0]),
              "drv.c:13: error: Fn: format \"undeclared %!phase!\" at %!phase!: neither a "
              "built-in type nor a CUSTOM_TYPE of module drv");
}

}  // namespace
