// custom_types_builtin.hpp - WPP's built-in CUSTOM_TYPEs (%!bool! %!BOOLEAN! %!irql! %!pnpmj!
// %!pnpmn! %!sysctrl! %!b1! %!b2! %!b4! ...), by their wpp_ext_render code.
#pragma once

#include "wpptrace/decoder/format_engine.hpp"

namespace wpptrace::decoder {

// The type of a built-in %!name!, or nullptr when `ext_render` is not one.
const CustomType* builtin_custom_type(int ext_render);

}  // namespace wpptrace::decoder
