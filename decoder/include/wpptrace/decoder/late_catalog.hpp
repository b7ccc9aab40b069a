// late_catalog.hpp - the catalogs a trace does not hold, found by build id: for a message whose
// id its catalog events did not define (a session, snapshot or rotation chunk that started after
// the drivers loaded), the binaries LTTng-UST's state dump named for that process
// (ProcessBinaries) are looked up by build id (CatalogByBuildId). One for `wpptrace decode` and
// the babeltrace2 plugin. The known-message path pays nothing: only an unknown id looks.
#pragma once

#include <functional>
#include <map>
#include <set>
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
    // (catalog_search_path_from_environment). `given`: the catalogs the user gave (-c,
    // catalog=), each its binary's whole catalog.
    LateCatalog(std::vector<std::string> search_path, const Catalog& given);

    void on_statedump(const StatedumpRecord& record) { binaries_.add(record); }

    // Adds to `catalog` the catalogs of the binaries of `event`'s process, once per process until
    // its state dump lists new ones; true when `event`'s message is known then. Each build id
    // found nowhere adds one warning to `warnings`, once.
    bool find(const WppEvent& event, Catalog& catalog, std::vector<std::string>& warnings);

  private:
    // Whether looking up `event`'s process can define its id: not when the whole catalog given
    // for its driver lacks it (a corrupt id) and the process loaded no other build of it.
    bool worth_looking_up(const WppEvent& event, const std::vector<RecordedBinary>& binaries) const;

    CatalogByBuildId lookup_;
    ProcessBinaries binaries_;
    std::map<std::string, std::set<std::string>, std::less<>> given_build_ids_;  // by module
};

}  // namespace wpptrace::decoder
