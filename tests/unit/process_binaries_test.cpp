// The binaries of each traced process as the state dump lists them (ProcessBinaries): build ids
// join their binary by base address, a new dump lists anew, and a process whose binaries were
// all looked up is asked about again only once it lists something new.
#include "wpptrace/decoder/process_binaries.hpp"

#include <gtest/gtest.h>

namespace {

namespace wd = wpptrace::decoder;
using Kind = wd::StatedumpRecord::Kind;

wd::StatedumpRecord record(Kind kind, std::uint32_t pid, std::uint64_t baddr = 0,
                           std::string_view path = {}, std::string_view build_id = {}) {
    wd::StatedumpRecord r;
    r.kind = kind;
    r.pid = pid;
    r.baddr = baddr;
    r.path = path;
    r.build_id = build_id;
    return r;
}

TEST(ProcessBinaries, BuildIdsJoinTheirBinaryByBaseAddressPerProcess) {
    wd::ProcessBinaries binaries;
    binaries.add(record(Kind::start, 7));
    binaries.add(record(Kind::binary, 7, 0x1000, "/a.so"));
    binaries.add(record(Kind::binary, 7, 0x2000, "/b.so"));
    binaries.add(record(Kind::build_id, 7, 0x2000, {}, "bb"));
    binaries.add(record(Kind::build_id, 7, 0x1000, {}, "aa"));
    binaries.add(record(Kind::binary, 8, 0x1000, "/c.so"));
    const auto* seven = binaries.pending(7);
    ASSERT_NE(seven, nullptr);
    ASSERT_EQ(seven->size(), 2u);
    EXPECT_EQ((*seven)[0].path, "/a.so");
    EXPECT_EQ((*seven)[0].build_id, "aa");
    EXPECT_EQ((*seven)[1].build_id, "bb");
    ASSERT_NE(binaries.pending(8), nullptr);
    EXPECT_EQ((*binaries.pending(8))[0].build_id, "");
    EXPECT_EQ(binaries.pending(9), nullptr);  // no state dump for that process
}

TEST(ProcessBinaries, ANewDumpListsAnewAndReopensTheLookup) {
    wd::ProcessBinaries binaries;
    binaries.add(record(Kind::binary, 7, 0x1000, "/old.so"));
    binaries.set_exhausted(7);
    EXPECT_EQ(binaries.pending(7), nullptr);
    binaries.add(record(Kind::start, 7));  // lttng regenerate statedump, or a reused pid
    binaries.add(record(Kind::binary, 7, 0x1000, "/new.so"));
    ASSERT_NE(binaries.pending(7), nullptr);
    ASSERT_EQ(binaries.pending(7)->size(), 1u);
    EXPECT_EQ((*binaries.pending(7))[0].path, "/new.so");
}

}  // namespace
