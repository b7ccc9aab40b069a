// The tracewpp configuration reader and .tmh writer: every FUNC form, prefixes and suffixes,
// custom types (enums resolved from C declarations), the statements accepted and ignored, and
// errors reported as file:line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "wpptrace/tracewpp/config.hpp"

namespace {

using ::testing::HasSubstr;
using wpptrace::tracewpp::Config;
using wpptrace::tracewpp::ConfigReader;
using wpptrace::tracewpp::EnumScan;
using wpptrace::tracewpp::generate_tmh;
using wpptrace::tracewpp::scan_enums;

// The diagnostics of a reader, one per line.
std::string diagnostics_of(const ConfigReader& reader) {
    std::string text;
    for (const auto& d : reader.diagnostics()) text += d.text() + "\n";
    return text;
}

Config read_ok(const std::string& header, const std::string& name = "trace.h") {
    ConfigReader reader;
    reader.read_scanned_file(header, name);
    auto config = reader.finish();
    EXPECT_TRUE(config.has_value()) << diagnostics_of(reader);
    return config ? *config : Config{};
}

std::string first_error(const std::string& header, const std::string& name = "trace.h") {
    ConfigReader reader;
    reader.read_scanned_file(header, name);
    EXPECT_FALSE(reader.finish().has_value());
    for (const auto& d : reader.diagnostics())
        if (d.error) return d.text();
    return "";
}

std::string block(const std::string& lines) {
    return "#pragma once\n// begin_wpp config\n" + lines + "// end_wpp\n";
}

TEST(TracewppConfig, ReadsAFunctionWithConditionsAndMessage) {
    Config c = read_ok(block("// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);\n"));
    const auto* f = c.find_function("TraceEvents");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->parameters, (std::vector<std::string>{"LEVEL", "FLAGS", "MSG", "..."}));
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"LEVEL", "FLAGS"}));
    EXPECT_TRUE(f->has_message());
    EXPECT_TRUE(f->variadic());
    EXPECT_EQ(f->where.line, 3u);
}

TEST(TracewppConfig, DoTraceMessageIsDeclaredByDefault) {
    Config c = read_ok("int x;\n");
    const auto* f = c.find_function("DoTraceMessage");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"LEVEL"}));
}

TEST(TracewppConfig, FixedConditionsComeFirstInTheConditionNames) {
    Config c = read_ok(block("// FUNC Trace{FLAG=MYDRIVER_ALL_INFO}(LEVEL, MSG, ...);\n"));
    const auto* f = c.find_function("Trace");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->fixed.size(), 1u);
    EXPECT_EQ(f->fixed[0].name, "FLAG");
    EXPECT_EQ(f->fixed[0].value, "MYDRIVER_ALL_INFO");
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"FLAG", "LEVEL"}));
}

TEST(TracewppConfig, ReadsTheDoubleParenthesisForm) {
    Config c = read_ok(
        block("// FUNC KdPrint{LEVEL=TRACE_LEVEL_INFORMATION, FLAGS=TRACE_DRIVER}((MSG, ...));\n"));
    const auto* f = c.find_function("KdPrint");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->double_parenthesis);
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"LEVEL", "FLAGS"}));
    std::string tmh = generate_tmh(c, "a.c");
    EXPECT_THAT(tmh, HasSubstr("#define KdPrint(WPP_ARGUMENTS_) WPP_FUNC_KdPrint_ WPP_ARGUMENTS_"));
    EXPECT_THAT(tmh, HasSubstr("WPP_LEVEL_FLAGS_ENABLED(TRACE_LEVEL_INFORMATION, TRACE_DRIVER)"));
}

TEST(TracewppConfig, ReadsAFunctionWithoutMessage) {
    Config c =
        read_ok(block("// FUNC TRACE_RETURN{FLAG=FLAG_ONE}(EXP);\n"
                      "// USESUFFIX(TRACE_RETURN, \"Function Return=%!STATUS!\", EXP);\n"));
    const auto* f = c.find_function("TRACE_RETURN");
    ASSERT_NE(f, nullptr);
    EXPECT_FALSE(f->has_message());
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"FLAG", "EXP"}));
    std::string tmh = generate_tmh(c, "a.c");
    // The suffix joins the default prefix; EXP is its argument; PRE/POST by condition names.
    EXPECT_THAT(tmh, HasSubstr("#define TRACE_RETURN(EXP) WPP_FLAG_EXP_PRE(FLAG_ONE, EXP) "));
    EXPECT_THAT(tmh, HasSubstr("WPP_SITE_PREFIX_IN_FORMAT, \"%!STDPREFIX!\" \"Function "
                               "Return=%!STATUS!\", (EXP)) WPP_FLAG_EXP_POST(FLAG_ONE, EXP)"));
}

TEST(TracewppConfig, IfrlogIsNotACondition) {
    Config c =
        read_ok(block("// FUNC WppPrintDeviceError{LEVEL=TRACE_LEVEL_ERROR, "
                      "FLAGS=TRACE_FLAG_DEVICE}(IFRLOG, MSG, ...);\n"));
    const auto* f = c.find_function("WppPrintDeviceError");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->has_ifrlog());
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"LEVEL", "FLAGS"}));
    EXPECT_THAT(generate_tmh(c, "a.c"), HasSubstr("WPP_FUNC_IFRLOG_(IFRLOG)"));
}

TEST(TracewppConfig, LevelAloneIsAFlagAsInDoTraceMessage) {
    std::string tmh = generate_tmh(read_ok("int x;\n"), "a.c");
    EXPECT_THAT(tmh, HasSubstr("WPP_FUNC_CTL_(LEVEL), WPP_FUNC_MASK_(LEVEL), 0, \"\", #LEVEL, 0,"));
}

TEST(TracewppConfig, CompidStyleMapsTheDebugPrintLevel) {
    Config c = read_ok(block("// FUNC DbgPrintEx(COMPID, LEVEL, MSG, ...);\n"));
    std::string tmh = generate_tmh(c, "a.c");
    EXPECT_THAT(tmh, HasSubstr("0u, 0u, wpp_dpfltr_to_trace_level(LEVEL), #LEVEL, #COMPID,"));
    EXPECT_THAT(tmh, HasSubstr("#ifndef WPP_COMPID_LEVEL_ENABLED"));
}

TEST(TracewppConfig, FunctionWithoutConditionsUsesTheEmptyName) {
    Config c = read_ok(block("// FUNC Say(MSG, ...);\n"));
    std::string tmh = generate_tmh(c, "a.c");
    EXPECT_THAT(tmh, HasSubstr("WPP__ENABLED()"));
    EXPECT_THAT(tmh, HasSubstr("#define WPP__PRE()"));
}

TEST(TracewppConfig, PrefixAppliesToOneFunctionOrAll) {
    Config c =
        read_ok(block("// FUNC A(LEVEL, FLAGS, MSG, ...);\n"
                      "// FUNC B(LEVEL, FLAGS, MSG, ...);\n"
                      "// FUNC N(LEVEL, FLAGS, MSG, ...);\n"
                      "// USEPREFIX(*, \"%!STDPREFIX! %!FUNC!: \");\n"
                      "// USEPREFIX(B, \"[%d] \", 7);\n"
                      "// NOPREFIX(N);\n"));
    std::string tmh = generate_tmh(c, "a.c");
    EXPECT_THAT(tmh, HasSubstr("\"%!STDPREFIX! %!FUNC!: \" MSG __VA_OPT__(, ) __VA_ARGS__)"));
    EXPECT_THAT(tmh, HasSubstr("\"[%d] \" MSG, (7) __VA_OPT__(, ) __VA_ARGS__)"));
    EXPECT_THAT(tmh, HasSubstr("WPP_SITE_PREFIX_IN_FORMAT, MSG __VA_OPT__(, ) __VA_ARGS__)"));
}

TEST(TracewppConfig, DefaultPrefixLeavesTheFormatAlone) {
    Config c = read_ok(block("// FUNC A(LEVEL, FLAGS, MSG, ...);\n"));
    EXPECT_THAT(generate_tmh(c, "a.c"), HasSubstr("#LEVEL, #FLAGS, 0, MSG __VA_OPT__"));
}

TEST(TracewppConfig, StatementsMaySpanLinesAndOmitTheSemicolon) {
    Config c =
        read_ok(block("// FUNC Multi(LEVEL,\n//    FLAGS, MSG, ...)\n// FUNC Other(MSG, ...)\n"));
    EXPECT_NE(c.find_function("Multi"), nullptr);
    EXPECT_NE(c.find_function("Other"), nullptr);
}

TEST(TracewppConfig, FuncOptionDeclaresLikeTheCommandLine) {
    ConfigReader reader;
    reader.add_func_option("DoTraceLevelMessage(LEVEL,FLAGS,MSG,...)");
    auto c = reader.finish();
    ASSERT_TRUE(c);
    EXPECT_NE(c->find_function("DoTraceLevelMessage"), nullptr);
}

TEST(TracewppConfig, IniTextIsReadWhole) {
    ConfigReader reader;
    reader.read_config_text(
        "// a comment\nFUNC Ini(LEVEL, FLAGS, MSG, ...)\nWPP_FLAGS(-public:Ini)\n", "extra.ini");
    auto c = reader.finish();
    ASSERT_TRUE(c) << diagnostics_of(reader);
    EXPECT_EQ(c->find_function("Ini")->where.line, 2u);
}

TEST(TracewppConfig, IgnorableStatementsAreAccepted) {
    Config c =
        read_ok(block("// WPP_FLAGS(-public:X);\n// TRACERANGE(10, 65535);\n"
                      "// SEPARATE_TRACE_GUID_PER_FILE;\n// DEFINE_SIMPLE_TYPE(a, b);\n"));
    EXPECT_EQ(c.functions.size(), 1u);  // DoTraceMessage
}

TEST(TracewppConfig, ComplexTypesAreReportedUnsupported) {
    ConfigReader reader;
    reader.read_scanned_file(block("// DEFINE_CPLX_TYPE(HEXDUMP, WPP_LOGHEXDUMP, xstr_t, "
                                   "ItemHEXDump, \"s\", _HEX_, 0, 2);\n"),
                             "t.h");
    EXPECT_TRUE(reader.finish().has_value());
    ASSERT_EQ(reader.diagnostics().size(), 1u);
    EXPECT_FALSE(reader.diagnostics()[0].error);
    EXPECT_THAT(reader.diagnostics()[0].text(),
                HasSubstr("t.h:3: warning: DEFINE_CPLX_TYPE is not supported"));
}

TEST(TracewppConfig, SameDeclarationTwiceIsOneFunction) {
    ConfigReader reader;
    std::string h = block("// FUNC T(LEVEL, FLAGS, MSG, ...);\n");
    reader.read_scanned_file(h, "a.h");
    reader.read_scanned_file(h, "b.h");
    auto c = reader.finish();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->functions.size(), 2u);
}

TEST(TracewppConfig, MessageGroupAfterConditions) {
    Config c = read_ok(block("// FUNC RT_TRACE(COMPID, LEVEL, (MSG, ...));\n"));
    const auto* f = c.find_function("RT_TRACE");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->double_parenthesis);
    EXPECT_EQ(f->group_start, 2u);
    EXPECT_EQ(f->parameters, (std::vector<std::string>{"COMPID", "LEVEL", "MSG", "..."}));
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"COMPID", "LEVEL"}));
    std::string tmh = generate_tmh(c, "a.c");
    EXPECT_THAT(tmh, HasSubstr("#define RT_TRACE(COMPID, LEVEL, WPP_ARGUMENTS_) "
                               "WPP_FUNC_APPLY_(WPP_FUNC_RT_TRACE_, COMPID, LEVEL, "
                               "WPP_FUNC_UNPAREN_ WPP_ARGUMENTS_)"));
    EXPECT_THAT(tmh, HasSubstr("#define WPP_FUNC_RT_TRACE_(COMPID, LEVEL, MSG, ...) "));
    // Not DbgPrintEx: LEVEL is a trace level (DBG_LOUD = 4 is information), not a DPFLTR one.
    EXPECT_THAT(tmh, HasSubstr("0u, 0u, (LEVEL), #LEVEL, #COMPID,"));
}

TEST(TracewppConfig, VariadicWithoutMessage) {
    Config c =
        read_ok(block("// USEPREFIX(Enter, \"%!STDPREFIX! %!FUNC! enter\");\n"
                      "// FUNC Enter{LEVEL=TRACE_LEVEL_VERBOSE, FLAGS=EntryExit}(...);\n"
                      "// FUNC Goto(EXP, LABEL, ...);\n"
                      "// FUNC LogEnter{LEVEL=TRACE_LEVEL_VERBOSE, FLAGS=Fn}(IFRLOG, ...);\n"));
    const auto* enter = c.find_function("Enter");
    ASSERT_NE(enter, nullptr);
    EXPECT_FALSE(enter->has_message());
    EXPECT_TRUE(enter->variadic());
    EXPECT_EQ(c.find_function("Goto")->conditions(), (std::vector<std::string>{"EXP", "LABEL"}));
    EXPECT_TRUE(c.find_function("LogEnter")->has_ifrlog());
    std::string tmh = generate_tmh(c, "a.c");
    EXPECT_THAT(tmh, HasSubstr("#define Enter(...) WPP_LEVEL_FLAGS_PRE(TRACE_LEVEL_VERBOSE, "
                               "EntryExit) "));
    EXPECT_THAT(tmh, HasSubstr("\"%!STDPREFIX! %!FUNC! enter\" __VA_OPT__(, ) __VA_ARGS__)"));
}

TEST(TracewppConfig, LevelAloneDependsOnWppUseTraceLevels) {
    Config c = read_ok(block("// FUNC Trace(LEVEL, MSG, ...);\n"));
    std::string tmh = generate_tmh(c, "a.c");
    // With WPP_USE_TRACE_LEVELS, a level of control 0; without, a flag (WPP's default).
    const auto levels = tmh.find("#ifdef WPP_USE_TRACE_LEVELS\n#define Trace(LEVEL, MSG, ...)");
    ASSERT_NE(levels, std::string::npos) << tmh;
    const auto flags = tmh.find("#else\n#define Trace(LEVEL, MSG, ...)", levels);
    ASSERT_NE(flags, std::string::npos) << tmh;
    EXPECT_NE(tmh.find("0u, 0u, (LEVEL), #LEVEL, \"\",", levels), std::string::npos);
    EXPECT_NE(tmh.find("WPP_FUNC_CTL_(LEVEL), WPP_FUNC_MASK_(LEVEL), 0,", flags),
              std::string::npos);
    EXPECT_THAT(tmh,
                HasSubstr("#define WPP_LEVEL_ENABLED(LEVEL) WPP_FUNC_LEVEL_ENABLED_((LEVEL))"));
}

TEST(TracewppErrors, BadFuncSyntaxNamesFileAndLine) {
    EXPECT_EQ(first_error(block("// FUNC T(LEVEL, FLAGS, MSG, ...);\n// FUNC Broken LEVEL, MSG\n")),
              "trace.h:4: error: FUNC Broken: expected (PARAMETERS) after the name");
    EXPECT_EQ(first_error(block("// FUNC T{LEVEL}(MSG, ...);\n")),
              "trace.h:3: error: FUNC T: fixed condition \"LEVEL\" is not NAME=VALUE");
    EXPECT_EQ(first_error(block("// FUNC T(LEVEL, ..., MSG);\n")),
              "trace.h:3: error: FUNC T: '...' must be the last parameter");
    EXPECT_EQ(first_error(block("// FUNC T((MSG, ...), LEVEL);\n")),
              "trace.h:3: error: FUNC T: a parenthesized group \"(MSG, ...)\" must be the last "
              "parameter");
    EXPECT_EQ(first_error(block("// FUNC T(MSG, LEVEL);\n")),
              "trace.h:3: error: FUNC T: only '...' may follow MSG, not \"LEVEL\"");
    EXPECT_EQ(first_error(block("// FUNC T(LEVEL, LEVEL, MSG, ...);\n")),
              "trace.h:3: error: FUNC T: parameter LEVEL appears twice");
    EXPECT_EQ(first_error(block("// FUNC T(LEVEL, MSG, ...\n")),
              "trace.h:3: error: unterminated statement (unbalanced parentheses): FUNC T(LEVEL, "
              "MSG, ...");
}

TEST(TracewppErrors, ConflictingRedeclaration) {
    EXPECT_THAT(first_error(block("// FUNC T(LEVEL, MSG, ...);\n// FUNC T(FLAGS, MSG, ...);\n")),
                HasSubstr("trace.h:4: error: FUNC T declared again differently (first at "
                          "trace.h:3)"));
}

TEST(TracewppErrors, UnknownStatementAndMissingEnd) {
    EXPECT_THAT(
        first_error(block("// FUNK T(MSG, ...);\n")),
        HasSubstr("trace.h:3: error: unknown configuration statement \"FUNK T(MSG, ...)\""));
    EXPECT_EQ(first_error("// begin_wpp config\n// FUNC T(MSG, ...);\n"),
              "trace.h:1: error: \"begin_wpp config\" without \"end_wpp\"");
}

TEST(TracewppErrors, PrefixWithoutFormat) {
    EXPECT_EQ(first_error(block("// USEPREFIX(DoTraceMessage);\n")),
              "trace.h:3: error: USEPREFIX(DoTraceMessage, ...): expected a format string after "
              "the function name");
}

// What tracewpp accepts and wpptrace cannot honour is a warning naming the line; the
// configuration is still usable and its other functions generated.
std::string warnings_of(const std::string& header, Config& config) {
    ConfigReader reader;
    reader.read_scanned_file(header, "trace.h");
    auto c = reader.finish();
    EXPECT_TRUE(c.has_value()) << diagnostics_of(reader);
    if (c) config = *c;
    return diagnostics_of(reader);
}

TEST(TracewppWarnings, PrefixOfAnUndeclaredFunctionIsIgnored) {
    Config c;
    EXPECT_EQ(
        warnings_of(block("// USESUFFIX(NOPE, \"x\");\n// FUNC T(LEVEL, FLAGS, MSG, ...);\n"), c),
        "trace.h:3: warning: USESUFFIX(NOPE, ...): no FUNC NOPE is declared; ignored\n");
    EXPECT_TRUE(c.suffixes.empty());
    EXPECT_NE(c.find_function("T"), nullptr);
}

TEST(TracewppWarnings, UnresolvedEnumPrintsAsNumbers) {
    Config c;
    EXPECT_EQ(warnings_of(block("// CUSTOM_TYPE(state, ItemEnum(Nowhere));\n"), c),
              "trace.h:3: warning: CUSTOM_TYPE(state, ItemEnum(Nowhere)): no enum Nowhere in the "
              "scanned files and sources (pass the header that declares it with -scan:); its "
              "values print as numbers\n");
    ASSERT_EQ(c.custom_types.size(), 1u);
    EXPECT_EQ(c.custom_types[0].definition, "ItemEnum(Nowhere)");
    EXPECT_THAT(warnings_of("enum Odd { A = sizeof(int), B };\n" +
                                block("// CUSTOM_TYPE(odd, ItemEnum(Odd));\n"),
                            c),
                HasSubstr("trace.h:4: warning: CUSTOM_TYPE(odd, ItemEnum(Odd)): cannot resolve "
                          "the enum: the value of A (sizeof(int)): \"sizeof\" is not an earlier "
                          "enumerator or a literal; its values print as numbers"));
}

// The WDK's network samples declare functions without FUNC; tracewpp generates them.
TEST(TracewppWarnings, DeclarationWithoutFuncIsAFunction) {
    Config c;
    EXPECT_EQ(
        warnings_of(block("// LogInfo{LEVEL=TRACE_LEVEL_INFORMATION}(FLAGS, MSG, ...);\n"), c),
        "trace.h:3: warning: \"LogInfo\" declared without FUNC: read as FUNC "
        "LogInfo{LEVEL=TRACE_LEVEL_INFORMATION}(FLAGS, MSG, ...)\n");
    const auto* f = c.find_function("LogInfo");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->conditions(), (std::vector<std::string>{"LEVEL", "FLAGS"}));
}

TEST(TracewppWarnings, UnknownKindPrintsAsNumbers) {
    Config c;
    EXPECT_THAT(warnings_of(block("// CUSTOM_TYPE(x, ItemFoo(a, b));\n"), c),
                HasSubstr("trace.h:3: warning: CUSTOM_TYPE(x, ItemFoo(...)): type kind "
                          "\"ItemFoo\" is not supported"));
    ASSERT_EQ(c.custom_types.size(), 1u);
    EXPECT_EQ(c.custom_types[0].definition, "ItemListLong()");
}

TEST(TracewppCustomTypes, ListAndSetDefinitionsAreNormalized) {
    Config c =
        read_ok(block("// CUSTOM_TYPE(InlineState, ItemListLong(Idle, Skipping, Modifying));\n"
                      "// CUSTOM_TYPE(Perms, ItemSetByte(Read, Write, Exec = 4));\n"
                      "// CUSTOM_TYPE(Small, ItemListShort(a,b,c=5));\n"));
    ASSERT_EQ(c.custom_types.size(), 3u);
    EXPECT_EQ(c.custom_types[0].definition, "ItemListLong(Idle,Skipping,Modifying)");
    EXPECT_EQ(c.custom_types[1].definition, "ItemSetByte(Read,Write,Exec=4)");
    EXPECT_EQ(c.custom_types[2].definition, "ItemListShort(a,b,c=5)");
    EXPECT_THAT(
        generate_tmh(c, "a.c"),
        HasSubstr("WPP_CUSTOM_TYPE_(InlineState, \"ItemListLong(Idle,Skipping,Modifying)\");"));
}

TEST(TracewppCustomTypes, EnumIsResolvedFromItsDeclaration) {
    Config c = read_ok(
        "typedef enum _MachineState {\n"
        "    Offline, /* 0 */\n"
        "    Online = 0x2,\n"
        "    Failover = (Online + 3), // an earlier value\n"
        "    Last\n"
        "} MachineState;\n" +
        block("// CUSTOM_TYPE(state, ItemEnum(_MachineState));\n"
              "// CUSTOM_TYPE(state2, ItemEnum(MachineState));\n"));
    ASSERT_EQ(c.custom_types.size(), 2u);
    EXPECT_EQ(c.custom_types[0].definition,
              "ItemEnum(_MachineState){Offline=0,Online=2,Failover=5,Last=6}");
    EXPECT_EQ(c.custom_types[1].definition,
              "ItemEnum(MachineState){Offline=0,Online=2,Failover=5,Last=6}");
}

TEST(TracewppCustomTypes, FlagsEnumIsResolvedLikeAnEnum) {
    Config c = read_ok("enum Access { Read = 1, Write = 2, Exec = 4 };\n" +
                       block("// CUSTOM_TYPE(access, ItemFlagsEnum(Access));\n"));
    ASSERT_EQ(c.custom_types.size(), 1u);
    EXPECT_EQ(c.custom_types[0].definition, "ItemFlagsEnum(Access){Read=1,Write=2,Exec=4}");
}

TEST(TracewppCustomTypes, EnumFromAnotherScannedFile) {
    ConfigReader reader;
    reader.read_scanned_file("enum Color { Red = -1, Green, Blue = 1 << 4 };\n", "color.h");
    reader.read_scanned_file(block("// CUSTOM_TYPE(color, ItemEnum(Color));\n"), "trace.h");
    auto c = reader.finish();
    ASSERT_TRUE(c) << diagnostics_of(reader);
    EXPECT_EQ(c->custom_types[0].definition, "ItemEnum(Color){Red=-1,Green=0,Blue=16}");
}

TEST(TracewppCustomTypes, ItemNamesAreFreeText) {
    Config c = read_ok(
        block("// CUSTOM_TYPE(FWP_DIRECTION, ItemListLong(Outbound, Inbound, Outbound+Inbound));\n"
              "// CUSTOM_TYPE(Mode, ItemListByte(read only, read/write = 4));\n"));
    ASSERT_EQ(c.custom_types.size(), 2u);
    EXPECT_EQ(c.custom_types[0].definition, "ItemListLong(Outbound,Inbound,Outbound+Inbound)");
    EXPECT_EQ(c.custom_types[1].definition, "ItemListByte(read only,read/write=4)");
}

TEST(TracewppCustomTypes, BadItemsAreErrors) {
    EXPECT_EQ(first_error(block("// CUSTOM_TYPE(x, ItemListByte(a, b = two));\n")),
              "trace.h:3: error: CUSTOM_TYPE(x, ItemListByte(...)): item \"b = two\" is not NAME "
              "or NAME=NUMBER");
    EXPECT_EQ(first_error(block("// CUSTOM_TYPE(x);\n")),
              "trace.h:3: error: CUSTOM_TYPE: expected CUSTOM_TYPE(name, ItemKind(...)), got (x)");
}

TEST(TracewppEnums, DeeplyNestedValuesAreRefusedNotRecursedInto) {
    EnumScan scan;
    scan_enums("enum Deep { A = " + std::string(100000, '(') + "1" + std::string(100000, ')') +
                   ", B = " + std::string(100000, '-') + "1 };\n",
               scan);
    EXPECT_EQ(scan.enums.count("Deep"), 0u);
    ASSERT_EQ(scan.unresolved.count("Deep"), 1u);
    EXPECT_THAT(scan.unresolved["Deep"], HasSubstr("nests too deeply"));
}

TEST(TracewppEnums, CommentsAndStringsDoNotDeclareEnums) {
    EnumScan scan;
    scan_enums(
        "// enum Fake { X };\nconst char* s = \"enum Also { Y }\";\nenum Real { Z = 3 };\n"
        "enum Real r; /* a use */\n",
        scan);
    EXPECT_EQ(scan.enums.count("Fake"), 0u);
    EXPECT_EQ(scan.enums.count("Also"), 0u);
    ASSERT_EQ(scan.enums.count("Real"), 1u);
    EXPECT_EQ(scan.enums["Real"], (wpptrace::tracewpp::EnumValues{{"Z", 3}}));
}

}  // namespace
