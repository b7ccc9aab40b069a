// debuginfod_fetch.hpp - driver binaries by build id from debuginfod servers (libdebuginfod,
// DEBUGINFOD_URLS, DEBUGINFOD_CACHE_PATH), for CatalogByBuildId. Without libdebuginfod at build
// time (WPPTRACE_HAVE_DEBUGINFOD unset) every fetch says so.
#pragma once

#include <memory>
#include <string>

namespace wpptrace::decoder {

class DebuginfodFetch {
  public:
    DebuginfodFetch();
    ~DebuginfodFetch();
    DebuginfodFetch(const DebuginfodFetch&) = delete;
    DebuginfodFetch& operator=(const DebuginfodFetch&) = delete;

    struct Result {
        std::string path;     // the file in debuginfod's cache; empty when not fetched
        std::string why_not;  // "debuginfod http://...: not found (404)" and the like
    };

    // The executable of `build_id` (lowercase hex). Never throws for a server's failure.
    Result find_executable(const std::string& build_id);

  private:
    struct Client;
    std::unique_ptr<Client> client_;  // created on the first fetch
    bool tried_ = false;
};

}  // namespace wpptrace::decoder
