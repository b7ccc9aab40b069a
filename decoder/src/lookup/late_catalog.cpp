// late_catalog.cpp - catalogs by build id for messages a trace's catalog does not define
// (late_catalog.hpp).
#include "wpptrace/decoder/late_catalog.hpp"

namespace wpptrace::decoder {

bool LateCatalog::find(const WppEvent& event, Catalog& catalog,
                       std::vector<std::string>& warnings) {
    const std::vector<RecordedBinary>* binaries = binaries_.pending(event.pid);
    if (!binaries) return false;
    CatalogByBuildId::ProcessLookup r = lookup_.load_process(
        *binaries, event.driver, [&] { return catalog.find(event.msg_id) != nullptr; }, catalog);
    for (auto& w : r.warnings) warnings.push_back(std::move(w));
    if (r.exhausted) binaries_.set_exhausted(event.pid);
    return catalog.find(event.msg_id) != nullptr;
}

}  // namespace wpptrace::decoder
