// The one step from a wpp event to its decoded form, shared by `wpptrace decode` and the
// babeltrace2 plugin (message_decoder.hpp).
#include "wpptrace/decoder/message_decoder.hpp"

#include <gtest/gtest.h>
#include <wpp/abi.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wpptrace::decoder {
namespace {

MessageInfo make_message(std::string format, std::string types, std::string level) {
    MessageInfo m;
    m.module = "handdrv";
    m.control = 1;
    m.flag_mask = 1;
    m.file = "src/hand.c";
    m.line = 12;
    m.function = "HandMade";
    m.level = std::move(level);
    m.flags = "DBG_HAND";
    m.format = std::move(format);
    m.types = std::move(types);
    m.id = m.computed_id();
    return m;
}

WppEvent make_event(std::uint64_t id, const std::vector<std::uint64_t>& args) {
    WppEvent e;
    e.msg_id = id;
    e.driver = "handdrv";
    e.level = 4;
    e.flags = 1;
    e.tid = 7;
    e.args = args;
    return e;
}

TEST(MessageDecoder, KnownIdRendersItsFormatAndFillsTheCallSite) {
    const MessageInfo m = make_message("Count %d", "i", "TRACE_LEVEL_INFORMATION");
    Catalog catalog;
    ASSERT_EQ(catalog.add(m), Catalog::AddResult::added);
    MessageDecoder decoder(std::move(catalog), std::nullopt);
    const std::vector<std::uint64_t> args = {42};
    DecodedEvent d;
    decoder.decode(make_event(m.id, args), 3, true, d);
    EXPECT_TRUE(d.known);
    EXPECT_TRUE(d.status.ok());
    EXPECT_EQ(d.message, "Count 42");
    EXPECT_EQ(d.context.file, "src/hand.c");
    EXPECT_EQ(d.context.line, 12u);
    EXPECT_EQ(d.context.function, "HandMade");
    EXPECT_EQ(d.context.flags, "DBG_HAND");
    EXPECT_EQ(d.context.level_text, "");  // a TRACE_LEVEL_* name: from the number
    EXPECT_EQ(d.context.sequence, 3u);
    EXPECT_EQ(d.context.tid, 7u);
    EXPECT_EQ(d.prefix, "");  // no line prefix without a Prefix
}

TEST(MessageDecoder, CustomLevelAndTrailingLineEndsAreAsDecodeShowsThem) {
    const MessageInfo m = make_message("Done\r\n", "", "MY_LEVEL");
    Catalog catalog;
    catalog.add(m);
    MessageDecoder decoder(std::move(catalog), std::nullopt);
    DecodedEvent d;
    decoder.decode(make_event(m.id, {}), 1, false, d);
    EXPECT_EQ(d.message, "Done");
    EXPECT_EQ(d.context.level_text, "MY_LEVEL");
}

TEST(MessageDecoder, UnknownIdGivesTheUnknownLineUntilTheCatalogLearnsIt) {
    const MessageInfo m = make_message("Count %d", "i", "TRACE_LEVEL_INFORMATION");
    MessageDecoder decoder(Catalog(), std::nullopt);
    const std::vector<std::uint64_t> args = {42};
    DecodedEvent d;
    decoder.decode(make_event(m.id, args), 1, false, d);
    EXPECT_FALSE(d.known);
    std::string unknown;
    append_unknown_message(unknown, m.id, "handdrv", 1);
    EXPECT_EQ(d.message, unknown);
    EXPECT_EQ(d.context.file, "");

    EXPECT_EQ(decoder.learn(MessageInfo(m)), Catalog::AddResult::added);  // a wpp_catalog event
    decoder.decode(make_event(m.id, args), 2, false, d);
    EXPECT_TRUE(d.known);
    EXPECT_EQ(d.message, "Count 42");
}

TEST(MessageDecoder, LinePrefixOnlyWhenAskedAndNotPlacedByTheFormat) {
    const MessageInfo plain = make_message("Plain", "", "TRACE_LEVEL_INFORMATION");
    MessageInfo placed = make_message("%!STDPREFIX!Placed", "", "TRACE_LEVEL_INFORMATION");
    placed.attributes = WPP_SITE_PREFIX_IN_FORMAT;
    placed.id = placed.computed_id();
    Catalog catalog;
    catalog.add(plain);
    catalog.add(placed);
    MessageDecoder decoder(std::move(catalog), Prefix("[%1!s!] "));
    DecodedEvent d;
    decoder.decode(make_event(plain.id, {}), 1, true, d);
    EXPECT_EQ(d.prefix, "[handdrv] ");
    EXPECT_EQ(d.message, "Plain");
    decoder.decode(make_event(plain.id, {}), 2, false, d);
    EXPECT_EQ(d.prefix, "");
    decoder.decode(make_event(placed.id, {}), 3, true, d);
    EXPECT_EQ(d.prefix, "");  // the format has it
    EXPECT_EQ(d.message, "[handdrv] Placed");
}

}  // namespace
}  // namespace wpptrace::decoder
