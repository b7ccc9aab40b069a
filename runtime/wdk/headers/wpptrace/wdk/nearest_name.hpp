// nearest_name.hpp - the message for a name the host does not know (a configuration key, an
// injectable call, a flow key), with the nearest known one offered, so that a typo is one edit away
// from a fix rather than silently ignored.
//
//   unknown_name_message("key", "treads", {"threads", "requests"})
//       -> unknown key "treads" (did you mean "threads"?)
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wpptrace::wdk {

// Edits (insert, delete, substitute; letters compared without case) from one name to another.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The known name nearest to `name`, or "" when none is close enough to be the one meant (more
// than two edits, or a third of the name, would have to change).
template <typename Names>
std::string nearest_name(std::string_view name, const Names& known) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const auto& candidate : known) {
        const std::size_t d = edit_distance(name, candidate);
        if (d < best_distance) {
            best = std::string(candidate);
            best_distance = d;
        }
    }
    return best;
}

template <typename Names>
std::string unknown_name_message(std::string_view what, std::string_view name, const Names& known) {
    std::string text = "unknown " + std::string(what) + " \"" + std::string(name) + "\"";
    const std::string near = nearest_name(name, known);
    if (!near.empty()) text += " (did you mean \"" + near + "\"?)";
    return text;
}

}  // namespace wpptrace::wdk
