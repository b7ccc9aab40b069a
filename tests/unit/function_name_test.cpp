// %!FUNC! in C++ (MSVC's __FUNCTION__, derived at compile time from __PRETTY_FUNCTION__) and
// wide trace formats (L"...", recorded as UTF-8 and checked like narrow ones).
#include <gtest/gtest.h>

#include <wpp/format_spec.h>
#include <wpp/win_types.h>
#include <string>

// The C++ hot path needs the module's site list; this test only uses its compile-time parts.
#include <wpp/detail/trace_cpp.hpp>

namespace {

using wpp::detail::msvc_function_name;

// msvc_function_name is consteval: its argument is the literal itself.
#define msvc(PRETTY) std::string(msvc_function_name(PRETTY).data)

// What GCC and Clang write, and what MSVC's __FUNCTION__ is.
TEST(FunctionName, PrettyFunctionBecomesTheQualifiedName) {
    EXPECT_EQ(msvc("NTSTATUS ACPIREADER::AcpiReader::EvaluateAdr(ULONG*)"),
              "ACPIREADER::AcpiReader::EvaluateAdr");
    EXPECT_EQ(msvc("int cfun()"), "cfun");
    EXPECT_EQ(msvc("static int ns::S::s(int)"), "ns::S::s");
    EXPECT_EQ(msvc("void (* ns::fp(int))(int)"), "ns::fp");
    EXPECT_EQ(msvc("void {anonymous}::anon()"), "`anonymous-namespace'::anon");
    EXPECT_EQ(msvc("void (anonymous namespace)::anon()"), "`anonymous-namespace'::anon");
}

TEST(FunctionName, ConstructorsDestructorsAndOperators) {
    EXPECT_EQ(msvc("ns::Queue::Queue()"), "ns::Queue::Queue");
    EXPECT_EQ(msvc("ns::Queue::~Queue()"), "ns::Queue::~Queue");
    EXPECT_EQ(msvc("bool ns::Queue::operator==(const ns::Queue&) const"), "ns::Queue::operator==");
    EXPECT_EQ(msvc("bool ns::Queue::operator<(int)"), "ns::Queue::operator<");
    EXPECT_EQ(msvc("void ns::Queue::operator()(int)"), "ns::Queue::operator()");
    EXPECT_EQ(msvc("ns::Queue::operator bool() const"), "ns::Queue::operator bool");
    EXPECT_EQ(msvc("static void* ns::Queue::operator new(long unsigned int)"),
              "ns::Queue::operator new");
}

TEST(FunctionName, TemplatesShowTheInstance) {
    EXPECT_EQ(msvc("void ns::Ring<T>::Push(T) [with T = int]"), "ns::Ring<int>::Push");
    EXPECT_EQ(msvc("void ns::Ring<int>::Push(T) [T = int]"), "ns::Ring<int>::Push");
    EXPECT_EQ(msvc("static void ns::Foo<T>::In<U>::g(U) [with U = long int; T = char]"),
              "ns::Foo<char>::In<long>::g");
    EXPECT_EQ(msvc("U ns::tf(U) [with U = short int]"), "ns::tf");
}

TEST(FunctionName, LambdasAreTheirEnclosingFunctionsOperator) {
    EXPECT_EQ(msvc("ns::Ring<int>::Push(int)::<lambda(int)>"),
              "ns::Ring<int>::Push::<lambda>::operator()");
    EXPECT_EQ(msvc("auto ns::Ring<int>::Push(int)::(anonymous class)::operator()(int) const "
                   "[T = int]"),
              "ns::Ring<int>::Push::<lambda>::operator()");
    EXPECT_EQ(msvc("main()::<lambda()>"), "main::<lambda>::operator()");
}

namespace outer {
struct Widget {
    std::string Name() const { return msvc_function_name(__PRETTY_FUNCTION__).data; }
};
}  // namespace outer

// The compiler's own string, at compile time.
TEST(FunctionName, ThisCompilersPrettyFunction) {
    EXPECT_EQ(outer::Widget{}.Name(), "`anonymous-namespace'::outer::Widget::Name");
    static constexpr auto name = msvc_function_name(__PRETTY_FUNCTION__);
    EXPECT_STREQ(name.data,
                 "`anonymous-namespace'::FunctionName_ThisCompilersPrettyFunction_Test::TestBody");
}

// L"..." formats: checked against the arguments and recorded as UTF-8.
TEST(WideFormat, CheckedAndRecordedNarrow) {
    using wpp::detail::arg_list;
    using wpp::detail::checked_format;
    using wpp::detail::fixed_string;
    using Format =
        checked_format<fixed_string{L"rate %lu Hz on %ws \u00e9"}, arg_list<ULONG, const wchar_t*>>;
    static_assert(Format::ok);
    EXPECT_STREQ(Format::text, "rate %lu Hz on %ws \xc3\xa9");
    EXPECT_EQ(Format::outcome.encodings[1], WPP_ENC_UTF32);
}

// %!s! is WPP's simple type for an ANSI string.
TEST(WideFormat, SimpleTypeSIsACharString) {
    using wpp::detail::arg_list;
    using wpp::detail::checked_format;
    using wpp::detail::fixed_string;
    using Format = checked_format<fixed_string{"layer %!s!"}, arg_list<const char*>>;
    static_assert(Format::ok);
    EXPECT_EQ(Format::outcome.encodings[0], WPP_ENC_BYTES);
}

}  // namespace
