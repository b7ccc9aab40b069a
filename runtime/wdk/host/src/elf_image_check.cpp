// elf_image_check.cpp - see elf_image_check.hpp.
#include "elf_image_check.hpp"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>

#include "wpptrace/host/driver_host.hpp"

namespace wpptrace::host {
namespace {

class File {
  public:
    explicit File(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~File() {
        if (fd_ >= 0) ::close(fd_);
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    int fd() const { return fd_; }
    // Whole reads only; false for a short one.
    bool read_at(std::uint64_t offset, void* into, std::size_t bytes) const {
        auto* out = static_cast<char*>(into);
        while (bytes) {
            ssize_t n = ::pread(fd_, out, bytes, static_cast<off_t>(offset));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            out += n;
            offset += static_cast<std::uint64_t>(n);
            bytes -= static_cast<std::size_t>(n);
        }
        return true;
    }

  private:
    int fd_;
};

// offset + count * size within the file, without overflow.
bool within(std::uint64_t offset, std::uint64_t count, std::uint64_t size, std::uint64_t file) {
    if (size && count > (UINT64_MAX - offset) / size) return false;
    return offset + count * size <= file;
}

}  // namespace

void check_driver_image(const std::string& path) {
    const std::string name = "driver " + path;
    File file(path);
    // A bare name is dlopen's to find on the library path: left to it.
    if (file.fd() < 0 && errno == ENOENT && path.find('/') == std::string::npos) return;
    if (file.fd() < 0) throw LoadError("cannot load " + name + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(file.fd(), &st) != 0)
        throw LoadError("cannot load " + name + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) throw LoadError("cannot load " + name + ": not a regular file");
    const auto size = static_cast<std::uint64_t>(st.st_size);

    ElfW(Ehdr) header{};
    if (size < sizeof header || !file.read_at(0, &header, sizeof header) ||
        std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0)
        throw LoadError("cannot load " + name + ": not an ELF shared object (" +
                        std::to_string(size) + " bytes, no ELF header)");
    if (header.e_ident[EI_CLASS] != (sizeof(void*) == 8 ? ELFCLASS64 : ELFCLASS32) ||
        header.e_type != ET_DYN)
        throw LoadError("cannot load " + name + ": not a shared object of this host's class");
    auto cut = [&](const std::string& what, std::uint64_t needed) {
        return LoadError("cannot load " + name + ": the file is cut short (" + what + " needs " +
                         std::to_string(needed) + " bytes, the file has " + std::to_string(size) +
                         ")");
    };

    // Program headers: the segments dlopen maps.
    if (header.e_phnum == 0 || header.e_phentsize != sizeof(ElfW(Phdr)))
        throw LoadError("cannot load " + name + ": no program headers");
    if (!within(header.e_phoff, header.e_phnum, sizeof(ElfW(Phdr)), size))
        throw cut("its program headers", header.e_phoff + header.e_phnum * sizeof(ElfW(Phdr)));
    std::vector<ElfW(Phdr)> segments(header.e_phnum);
    if (!file.read_at(header.e_phoff, segments.data(), segments.size() * sizeof(ElfW(Phdr))))
        throw LoadError("cannot load " + name + ": its program headers cannot be read");
    for (const auto& segment : segments)
        if (segment.p_type != PT_NULL && !within(segment.p_offset, 1, segment.p_filesz, size))
            throw cut("a segment", segment.p_offset + segment.p_filesz);

    // Section headers: the end of a linked file, so a cut one is short of them first.
    if (header.e_shnum == 0) return;
    if (header.e_shentsize != sizeof(ElfW(Shdr)) ||
        !within(header.e_shoff, header.e_shnum, sizeof(ElfW(Shdr)), size))
        throw cut("its section headers", header.e_shoff + header.e_shnum * sizeof(ElfW(Shdr)));
    std::vector<ElfW(Shdr)> sections(header.e_shnum);
    if (!file.read_at(header.e_shoff, sections.data(), sections.size() * sizeof(ElfW(Shdr))))
        throw LoadError("cannot load " + name + ": its section headers cannot be read");
    for (const auto& section : sections)
        if (section.sh_type != SHT_NOBITS && section.sh_type != SHT_NULL &&
            !within(section.sh_offset, 1, section.sh_size, size))
            throw cut("a section", section.sh_offset + section.sh_size);
}

}  // namespace wpptrace::host
