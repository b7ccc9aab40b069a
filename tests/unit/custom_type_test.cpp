// CUSTOM_TYPE definitions: what parse_custom_type accepts, what it refuses (with a reason), and
// how the parsed types render values.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wpptrace/decoder/format_engine.hpp"

namespace {

using wpptrace::decoder::append_custom;
using wpptrace::decoder::CustomType;
using wpptrace::decoder::parse_custom_type;
using Items = std::vector<std::pair<std::uint64_t, std::string>>;

CustomType parse(const char* definition) {
    std::string error;
    auto type = parse_custom_type(definition, &error);
    EXPECT_TRUE(type) << definition << ": " << error;
    return type.value_or(CustomType{});
}

std::string text(const CustomType& type, std::uint64_t value) {
    std::string out;
    append_custom(out, type, value);
    return out;
}

TEST(CustomType, ListItemsCountFromZeroAndEqualsSetAValue) {
    const CustomType t = parse("ItemListLong(a, b, c=5, d)");
    EXPECT_EQ(t.kind, CustomType::Kind::list);
    EXPECT_EQ(t.bits, 32u);
    EXPECT_EQ(t.items, (Items{{0, "a"}, {1, "b"}, {5, "c"}, {6, "d"}}));
    EXPECT_EQ(text(t, 6), "0x00000006(d)");  // as decoded WDF in-flight-recorder logs show
    EXPECT_EQ(text(t, 2), "2");              // unknown: its number
}

TEST(CustomType, WidthsFollowTheBaseName) {
    EXPECT_EQ(parse("ItemListByte(x)").bits, 8u);
    EXPECT_EQ(parse("ItemListShort(x)").bits, 16u);
    EXPECT_EQ(parse("ItemSetShort(x)").bits, 16u);
    EXPECT_EQ(parse("ItemEnum(E){A=1}").bits, 32u);
    // A byte type sees only the low byte of what was recorded.
    EXPECT_EQ(text(parse("ItemListByte(zero, one)"), 0x101), "0x00000001(one)");
}

TEST(CustomType, SetItemsAreBitsNamedInOrder) {
    const CustomType t = parse("ItemSetByte(Read, Write, Exec)");
    EXPECT_EQ(t.kind, CustomType::Kind::set);
    EXPECT_EQ(t.items, (Items{{1, "Read"}, {2, "Write"}, {4, "Exec"}}));
    EXPECT_EQ(text(t, 5), "Read|Exec");
    EXPECT_EQ(text(t, 0xf0), "0xf0");
    EXPECT_EQ(text(t, 0), "0");
}

TEST(CustomType, EnumsCarryTheGeneratorsValueList) {
    const CustomType t = parse("ItemEnum(_MachineState){Offline=0, Online=1, Failed=-1}");
    EXPECT_EQ(t.kind, CustomType::Kind::enumeration);
    EXPECT_EQ(text(t, 0xffffffff), "Failed");
    EXPECT_EQ(text(t, static_cast<std::uint64_t>(-2)), "-2");
    const CustomType bare = parse("ItemEnum(_MachineState)");
    EXPECT_TRUE(bare.items.empty());
    EXPECT_EQ(text(bare, 3), "3");
    const CustomType flags = parse("ItemFlagsEnum(F){A=0x1, B=0x4}");
    EXPECT_EQ(flags.kind, CustomType::Kind::set);
    EXPECT_EQ(text(flags, 5), "A|B");
}

// CUSTOM_TYPE(FWP_DIRECTION, ItemListLong(Outbound, Inbound, Outbound+Inbound)): names are
// free text, parentheses included.
TEST(CustomType, ListItemNamesAreFreeText) {
    const CustomType t = parse("ItemListLong(Outbound,Inbound,Outbound+Inbound,in (raw) = 7)");
    EXPECT_EQ(t.items,
              (Items{{0, "Outbound"}, {1, "Inbound"}, {2, "Outbound+Inbound"}, {7, "in (raw)"}}));
    EXPECT_EQ(text(t, 2), "0x00000002(Outbound+Inbound)");
}

// An enumeration prints the bare name (BusRelations), a list its value too.
TEST(CustomType, EnumerationsPrintTheNameAlone) {
    EXPECT_EQ(text(parse("ItemEnum(DEVICE_RELATION_TYPE){BusRelations=0}"), 0), "BusRelations");
    EXPECT_EQ(text(parse("ItemListLong(BusRelations)"), 0), "0x00000000(BusRelations)");
}

TEST(CustomType, MalformedDefinitionsAreRefusedWithAReason) {
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"", "expected ItemList"},
        {"ItemListLong", "expected ItemList"},
        {"ItemListWord(a)", "unknown custom type base \"ItemListWord\""},
        {"ItemListLong(a,b", "missing ')'"},
        {"ItemListLong(a,,b)", "an item without a name"},
        {"ItemListLong(a=x)", "bad value \"x\""},
        {"ItemListByte(a=256)", "does not fit 8 bits"},
        {"ItemSetByte(a,b,c,d,e,f,g,h,i)", "more set items than the type has bits (8)"},
        {"ItemEnum()", "ItemEnum needs the C enum's name"},
        {"ItemEnum(E) junk", "expected {name=value,...}"},
        {"ItemListLong(a) extra", "unexpected text after the definition"},
    };
    for (const auto& [definition, reason] : cases) {
        std::string error;
        EXPECT_FALSE(parse_custom_type(definition, &error)) << definition;
        EXPECT_NE(error.find(reason), std::string::npos) << definition << ": " << error;
        EXPECT_FALSE(parse_custom_type(definition, nullptr)) << definition;
    }
}

}  // namespace
