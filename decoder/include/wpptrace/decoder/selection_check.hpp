// selection_check.hpp - after `wpptrace record`: do the drivers and flags it was asked for exist?
//
// A misspelt `--driver` or `--flags` name selects nothing, and the run records nothing of it
// without any error. The trace's catalog knows better: each module that started wrote a
// wpp_catalog:module event with its name and the flag names of its control GUIDs. These
// functions compare the selection with it, so that `record` can warn (its exit status stays
// the command's: the trace was recorded).
#pragma once

#include <string>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

// Whether the selection names a driver or a flag (rather than "*" or a mask) to look for.
bool selection_names_anything(const std::vector<std::string>& drivers, const std::string& flags);

// The modules whose start the trace under `trace_dir` recorded, each name once with the union of
// its controls; none when nothing could be read (no traced process registered).
std::vector<ModuleInfo> traced_modules(const std::string& trace_dir);

// One warning per driver of `drivers` that no module of `modules` is named, and per flag name of
// `flags` ("NAME|NAME|0x3") that none of the selected modules declares, each with the names seen
// and the nearest one when it is close: "no driver named Helo traced (drivers seen: Hello,
// tracedrv); did you mean Hello?". Numbers, masks and "*" are not checked.
std::vector<std::string> check_selection(const std::vector<std::string>& drivers,
                                         const std::string& flags,
                                         const std::vector<ModuleInfo>& modules);

}  // namespace wpptrace::decoder
