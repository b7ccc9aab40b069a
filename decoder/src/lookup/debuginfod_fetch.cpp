// debuginfod_fetch.cpp - libdebuginfod's client, owned once, asked per build id.
#include "debuginfod_fetch.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#ifdef WPPTRACE_HAVE_DEBUGINFOD
#include <elfutils/debuginfod.h>

#include "unique_handles.hpp"
#endif

namespace wpptrace::decoder {

namespace {

// The servers asked, as the user gave them: the warning names them.
std::string servers() {
    const char* urls = std::getenv("DEBUGINFOD_URLS");
    return urls ? urls : "";
}

}  // namespace

#ifdef WPPTRACE_HAVE_DEBUGINFOD

struct DebuginfodFetch::Client {
    util::UniqueRef<debuginfod_client, debuginfod_end> handle;
};

DebuginfodFetch::DebuginfodFetch() = default;

DebuginfodFetch::~DebuginfodFetch() = default;

DebuginfodFetch::Result DebuginfodFetch::find_executable(const std::string& build_id) {
    Result result;
    const std::string urls = servers();
    if (urls.find_first_not_of(" \t") == std::string::npos) {
        result.why_not = "debuginfod: DEBUGINFOD_URLS names no server";
        return result;
    }
    if (!tried_) {
        tried_ = true;
        if (debuginfod_client* c = debuginfod_begin())
            client_ = std::make_unique<Client>(
                Client{util::UniqueRef<debuginfod_client, debuginfod_end>(c)});
    }
    if (!client_) {
        result.why_not = "debuginfod " + urls + ": the client could not start";
        return result;
    }
    char* found = nullptr;
    const int fd = debuginfod_find_executable(
        client_->handle.get(), reinterpret_cast<const unsigned char*>(build_id.c_str()), 0, &found);
    if (fd < 0) {
        const int error = -fd;
        result.why_not = "debuginfod " + urls + ": " +
                         (error == ENOENT ? std::string("not found (404)") : std::strerror(error));
        return result;
    }
    util::UniqueFd owned(fd);
    util::UniqueRef<char, std::free> name(found);
    result.path = name ? name.get() : "";
    if (result.path.empty()) result.why_not = "debuginfod " + urls + ": no file name returned";
    return result;
}

#else

struct DebuginfodFetch::Client {};

DebuginfodFetch::DebuginfodFetch() = default;

DebuginfodFetch::~DebuginfodFetch() = default;

DebuginfodFetch::Result DebuginfodFetch::find_executable(const std::string&) {
    Result result;
    if (!servers().empty())
        result.why_not =
            "debuginfod: this wpptrace was built without libdebuginfod (DEBUGINFOD_URLS is "
            "ignored)";
    else
        result.why_not = "debuginfod: not built in";
    return result;
}

#endif

}  // namespace wpptrace::decoder
