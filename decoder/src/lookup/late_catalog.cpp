// late_catalog.cpp - catalogs by build id for messages a trace's catalog does not define
// (late_catalog.hpp).
#include "wpptrace/decoder/late_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string_view>

namespace wpptrace::decoder {
namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

LateCatalog::LateCatalog(std::vector<std::string> search_path, const Catalog& given)
    : lookup_(std::move(search_path)) {
    for (const ModuleInfo& m : given.modules())
        if (!m.build_id.empty()) given_build_ids_[m.name].insert(m.build_id);
}

bool LateCatalog::worth_looking_up(const WppEvent& event,
                                   const std::vector<RecordedBinary>& binaries) const {
    auto given = given_build_ids_.find(event.driver);
    if (given == given_build_ids_.end()) return true;
    // Reading every binary of the process would find nothing (a corrupt id: the corruption
    // suite measured 3x the decode time), unless it loaded another build of the driver: a
    // binary named after it, with another build id, whose catalog the lookup finds.
    const std::string driver = lowercase(event.driver);
    bool other_build = false;
    for (const RecordedBinary& b : binaries) {
        if (given->second.count(b.build_id)) return false;  // its very binary
        const std::string name = lowercase(std::filesystem::path(b.path).filename().string());
        other_build = other_build || name.find(driver) != std::string::npos;
    }
    return other_build;
}

bool LateCatalog::find(const WppEvent& event, Catalog& catalog,
                       std::vector<std::string>& warnings) {
    const std::vector<RecordedBinary>* binaries = binaries_.pending(event.pid);
    if (!binaries || !worth_looking_up(event, *binaries)) return false;
    CatalogByBuildId::ProcessLookup r = lookup_.load_process(
        *binaries, event.driver, [&] { return catalog.find(event.msg_id) != nullptr; }, catalog);
    for (auto& w : r.warnings) warnings.push_back(std::move(w));
    if (r.exhausted) binaries_.set_exhausted(event.pid);
    return catalog.find(event.msg_id) != nullptr;
}

}  // namespace wpptrace::decoder
