// late_catalog.hpp - the catalogs a trace does not hold, found by build id: for a message whose
// id its catalog events did not define (a session, snapshot or rotation chunk that started after
// the drivers loaded), the binaries LTTng-UST's state dump named for that process
// (ProcessBinaries) are looked up by build id (CatalogByBuildId). One for `wpptrace decode` and
// the babeltrace2 plugin. The known-message path pays nothing: only an unknown id looks.
#pragma once

#include <string>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/catalog_by_build_id.hpp"
#include "wpptrace/decoder/process_binaries.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder {

class LateCatalog {
  public:
    // `search_path`: the directories of WPPTRACE_CATALOG_PATH
    // (catalog_search_path_from_environment).
    explicit LateCatalog(std::vector<std::string> search_path) : lookup_(std::move(search_path)) {}

    void on_statedump(const StatedumpRecord& record) { binaries_.add(record); }

    // Adds to `catalog` the catalogs of the binaries of `event`'s process, once per process until
    // its state dump lists new ones; true when `event`'s message is known then. Each build id
    // found nowhere adds one warning to `warnings`, once.
    bool find(const WppEvent& event, Catalog& catalog, std::vector<std::string>& warnings);

  private:
    CatalogByBuildId lookup_;
    ProcessBinaries binaries_;
};

}  // namespace wpptrace::decoder
