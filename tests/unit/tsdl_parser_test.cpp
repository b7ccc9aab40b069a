// The TSDL parser and layout compiler of the fast CTF reader on metadata text: what LTTng-UST
// writes is understood, anything else is refused with a reason (the caller then reads the
// trace with babeltrace2), and hostile text cannot make it recurse or allocate without bound.
#include <gtest/gtest.h>

#include <string>

#include "trace_layout.hpp"
#include "tsdl_parser.hpp"

namespace {

using namespace wpptrace::decoder::ctf;

const std::string prologue = R"(/* CTF 1.8 */
typealias integer { size = 8; align = 8; signed = false; } := uint8_t;
typealias integer { size = 32; align = 8; signed = false; } := uint32_t;
typealias integer { size = 64; align = 8; signed = false; map = clock.c.value; } := ts_t;
trace { major = 1; minor = 8; byte_order = be;
        uuid = "0BADC0DE-1234-4CDE-8F00-0123456789AB";
        packet.header := struct { uint32_t magic; uint32_t stream_id; }; };
clock { name = c; freq = 1000; offset_s = 10; offset = 2500; };
)";

std::string parse(const std::string& text, TraceClass& trace) {
    return parse_tsdl(text, trace);
}

TEST(TsdlParser, ReadsStreamsEventsClockAndByteOrder) {
    TraceClass trace;
    std::string error = parse(prologue + R"(
stream { id = 3; packet.context := struct { ts_t timestamp_begin; uint32_t packet_size; };
         event.header := struct { uint32_t id; ts_t timestamp; }; };
event { name = "wpp:information"; id = 7; stream_id = 3;
        fields := struct { uint32_t _n; string _s; uint8_t _t[_n]; }; };
)",
                              trace);
    ASSERT_EQ(error, "");
    EXPECT_EQ(trace.uuid, "0badc0de-1234-4cde-8f00-0123456789ab");
    EXPECT_EQ(trace.byte_order, ByteOrder::big);
    ASSERT_EQ(trace.clocks.size(), 1u);
    EXPECT_EQ(trace.clocks[0].frequency, 1000u);
    ASSERT_EQ(trace.streams.count(3), 1u);
    ASSERT_EQ(trace.streams[3].events.count(7), 1u);
    EXPECT_EQ(trace.streams[3].events[7].name, "wpp:information");

    TraceLayout layout;
    ASSERT_EQ(build_trace_layout(std::move(trace), layout), "");
    // 10 s and 2500 cycles of a 1 kHz clock: 12.5 s; one cycle is 1 ms.
    std::int64_t ns = 0;
    ASSERT_TRUE(layout.ns_from_origin(1, ns));
    EXPECT_EQ(ns, 12501000000);
    const StreamLayout& stream = layout.streams.at(3);
    const Node* s = stream.events[0].payload.node_of("s");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->op, Node::Op::string);
    const Node* t = stream.events[0].payload.node_of("t");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->op, Node::Op::sequence);
    EXPECT_TRUE(stream.event_header.node_of("id")->big_endian);
}

// LTTng names the machine in the env block: a relayd's traces of several machines tell their
// events apart by it.
TEST(TsdlParser, KeepsTheEnvBlockHostname) {
    TraceClass trace;
    ASSERT_EQ(parse(prologue + R"(
env { hostname = "vm-2"; domain = "ust"; tracer_major = 2; };
)",
                    trace),
              "");
    EXPECT_EQ(trace.env["hostname"], "vm-2");
    EXPECT_EQ(trace.env["domain"], "ust");
    EXPECT_EQ(trace.env["tracer_major"], "2");
}

TEST(TsdlParser, RefusesWhatItDoesNotKnow) {
    TraceClass trace;
    EXPECT_NE(parse(prologue + "gadget { x = 1; };", trace), "");
    EXPECT_NE(parse(prologue + "stream { event.header := struct { quux id; }; };", trace), "");
    EXPECT_NE(parse(prologue + "typealias integer { size = 65; } := big;", trace), "");
    EXPECT_NE(parse(prologue + "typealias integer { size = 8; align = 3; } := odd;", trace), "");
    EXPECT_NE(parse(prologue + "event { name = \"x\"; stream_id = 9; };", trace), "");
    EXPECT_NE(parse("typealias integer { size = 8; } := u8;", trace), "") << "no trace block";
    EXPECT_NE(parse(prologue + "/* unterminated", trace), "");
}

TEST(TsdlParser, SequenceLengthMustBeAnEarlierUnsignedField) {
    TraceClass trace;
    ASSERT_EQ(parse(prologue + R"(
stream { id = 0; event.header := struct { uint32_t id; ts_t timestamp; }; };
event { name = "e"; id = 0; fields := struct { uint8_t _t[_n]; uint32_t _n; }; };
)",
                    trace),
              "");
    TraceLayout layout;
    std::string error = build_trace_layout(std::move(trace), layout);
    EXPECT_NE(error.find("sequence length '_n'"), std::string::npos) << error;
}

TEST(TsdlParser, DeepNestingIsRefusedNotRecursedInto) {
    TraceClass trace;
    std::string nested = prologue + "typealias ";
    for (int i = 0; i < 10000; ++i) nested += "struct { ";
    EXPECT_NE(parse(nested, trace).find("nested too deeply"), std::string::npos);

    // Typedef chains nest without recursion in the parser: counted on the types themselves.
    std::string chain = prologue + "typedef uint8_t t0;\n";
    for (int i = 1; i < 100000; ++i)
        chain += "typedef t" + std::to_string(i - 1) + " t" + std::to_string(i) + "[1];\n";
    EXPECT_NE(parse(chain, trace).find("nested too deeply"), std::string::npos);
}

TEST(TsdlParser, VariantTagMustBeAnEnumeration) {
    TraceClass trace;
    ASSERT_EQ(parse(prologue + R"(
stream { id = 0; event.header := struct { uint32_t id; variant <id> { uint8_t a; } v; }; };
)",
                    trace),
              "");
    TraceLayout layout;
    EXPECT_NE(build_trace_layout(std::move(trace), layout).find("variant tag"), std::string::npos);
}

}  // namespace
