// catalog_by_build_id.hpp - the catalog of a binary a trace names by path and GNU build id,
// for traces that do not hold it: a session, snapshot or rotation chunk that started after the
// drivers loaded (their wpp_catalog:* events were recorded before it, or not at all). LTTng-UST's
// state dump (lttng_ust_statedump:bin_info and :build_id, which `wpptrace record` enables) names
// every binary a process had loaded; this finds each one's catalog, in this order:
//
//   1. the file at the recorded path, when its build id is the recorded one;
//   2. in each directory of WPPTRACE_CATALOG_PATH: DIR/.build-id/xx/rest (the layout of GDB and
//      debuginfod), DIR/BUILDID, then DIR/<the recorded file name>, each only with that build id;
//   3. debuginfod (libdebuginfod, the servers of DEBUGINFOD_URLS): the executable of that build
//      id (when the build has libdebuginfod; see the README).
//
// A file whose build id differs is never read for its messages. Each build id is looked up once;
// one that is found nowhere gives one warning naming it, its path and why each place failed.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "wpptrace/decoder/catalog.hpp"

namespace wpptrace::decoder {

// A binary as a trace names it.
struct RecordedBinary {
    std::string path;
    std::string build_id;  // lowercase hex
};

class DebuginfodFetch;

class CatalogByBuildId {
  public:
    // `search_path`: the directories of WPPTRACE_CATALOG_PATH. debuginfod is asked only when
    // DEBUGINFOD_URLS names a server.
    explicit CatalogByBuildId(std::vector<std::string> search_path);
    ~CatalogByBuildId();
    CatalogByBuildId(const CatalogByBuildId&) = delete;
    CatalogByBuildId& operator=(const CatalogByBuildId&) = delete;

    // Adds to `into` the catalogs of one process's binaries until `known()` holds: first every
    // binary whose file is still at its path with its build id (cheap, and what a live or late
    // session on the recording machine finds), then the others from the search path and
    // debuginfod, those whose file name contains `hint` (the driver's name) first.
    struct ProcessLookup {
        std::vector<std::string> warnings;  // one per build id found nowhere, never repeated
        bool exhausted = false;             // every binary was looked up everywhere it can be
    };
    ProcessLookup load_process(const std::vector<RecordedBinary>& binaries, std::string_view hint,
                               const std::function<bool()>& known, Catalog& into);

    // The files catalogs were read from, in order.
    const std::vector<std::string>& loaded_from() const { return loaded_from_; }

  private:
    enum class State { untried, local_failed, found, missing };
    struct Entry {
        State state = State::untried;
        std::string local_why;  // why the recorded path did not serve
    };

    bool load_verified(const std::string& file, const std::string& build_id, Catalog& into,
                       std::string& why_not);
    void try_local(const RecordedBinary& binary, Entry& entry, Catalog& into);
    void try_elsewhere(const RecordedBinary& binary, Entry& entry, Catalog& into,
                       std::vector<std::string>& warnings);

    std::vector<std::string> search_path_;
    std::unique_ptr<DebuginfodFetch> debuginfod_;
    std::map<std::string, Entry, std::less<>> by_build_id_;
    std::vector<std::string> loaded_from_;
};

}  // namespace wpptrace::decoder
