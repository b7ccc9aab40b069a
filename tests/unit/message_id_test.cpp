// Message identity: a content hash of the call site's static part.
#include <gtest/gtest.h>

#include "wpptrace/decoder/catalog.hpp"

namespace {

using wpptrace::decoder::Catalog;
using wpptrace::decoder::MessageInfo;

MessageInfo serial_built() {
    MessageInfo m;
    m.module = "Serial";
    m.control = 0;
    m.flag_mask = 1;
    m.file = "samples/serial/driver.c";
    m.line = 68;
    m.function = "DriverEntry";
    m.level = "TRACE_LEVEL_INFORMATION";
    m.flags = "DBG_INIT";
    m.format = "Serial Sample (WDF Version) - Built %s %s\n";
    m.types = "ss";
    m.id = m.computed_id();
    return m;
}

TEST(MessageId, IsTheSameForTheSameContent) {
    EXPECT_EQ(serial_built().computed_id(), serial_built().computed_id());
    EXPECT_NE(serial_built().computed_id(), 0u);
}

TEST(MessageId, ChangesWithEveryFieldADecoderShows) {
    const std::uint64_t base = serial_built().computed_id();
    std::vector<void (*)(MessageInfo&)> edits = {
        [](MessageInfo& m) { m.module = "Serial2"; },
        [](MessageInfo& m) { m.control = 1; },
        [](MessageInfo& m) { m.file = "samples/serial/driver2.c"; },
        [](MessageInfo& m) { m.line = 69; },
        [](MessageInfo& m) { m.function = "DriverEntry2"; },
        [](MessageInfo& m) { m.level = "TRACE_LEVEL_ERROR"; },
        [](MessageInfo& m) { m.flags = "DBG_PNP"; },
        [](MessageInfo& m) { m.format = "Serial Sample (WDF Version) - Built %s %s"; },
        [](MessageInfo& m) { m.types = "su"; },
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        MessageInfo m = serial_built();
        edits[i](m);
        EXPECT_NE(m.computed_id(), base) << "edit " << i;
    }
}

TEST(MessageId, FieldBoundariesCannotBeShiftedToForgeAnId) {
    MessageInfo a = serial_built(), b = serial_built();
    a.function = "Driver";
    a.level = "EntryTRACE_LEVEL_INFORMATION";
    EXPECT_NE(a.computed_id(), b.computed_id());
}

TEST(MessageId, CatalogRejectsAnIdThatIsNotTheContentsHash) {
    Catalog catalog;
    MessageInfo forged = serial_built();
    forged.format = "something else %s %s";  // id kept from the original content
    EXPECT_EQ(catalog.add(forged), Catalog::AddResult::id_mismatch);
    EXPECT_EQ(catalog.add(serial_built()), Catalog::AddResult::added);
    EXPECT_EQ(catalog.add(serial_built()), Catalog::AddResult::duplicate);
    EXPECT_EQ(catalog.find(serial_built().id)->format, serial_built().format);
}

}  // namespace
