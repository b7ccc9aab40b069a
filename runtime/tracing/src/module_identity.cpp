#include "module_identity.hpp"

#include <dlfcn.h>
#include <elf.h>
#include <link.h>

#include <cstdint>
#include <cstring>

namespace wpptrace::runtime {
namespace {

struct Search {
    std::uintptr_t base;
    std::string build_id;
};

std::string hex(const unsigned char* bytes, std::size_t n) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

int visit(dl_phdr_info* info, std::size_t, void* data) {
    auto* search = static_cast<Search*>(data);
    if (info->dlpi_addr != search->base) return 0;
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& ph = info->dlpi_phdr[i];
        if (ph.p_type != PT_NOTE) continue;
        auto* p = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
        const unsigned char* end = p + ph.p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, p, sizeof note);
            const unsigned char* name = p + sizeof note;
            const unsigned char* desc = name + ((note.n_namesz + 3) & ~3u);
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0 && desc + note.n_descsz <= end) {
                search->build_id = hex(desc, note.n_descsz);
                return 1;
            }
            p = desc + ((note.n_descsz + 3) & ~3u);
        }
    }
    return 1;
}

}  // namespace

ModuleIdentity identify_module(const void* address) {
    ModuleIdentity identity;
    Dl_info info{};
    if (!dladdr(address, &info) || !info.dli_fname) return identity;
    identity.path = info.dli_fname;
    Search search{reinterpret_cast<std::uintptr_t>(info.dli_fbase), {}};
    // dli_fbase is the load address for a PIC object, 0-based objects report their start.
    dl_iterate_phdr(visit, &search);
    if (search.build_id.empty()) {
        search.base = 0;  // a non-PIE executable has dlpi_addr 0
        dl_iterate_phdr(visit, &search);
    }
    identity.build_id = search.build_id;
    return identity;
}

}  // namespace wpptrace::runtime
