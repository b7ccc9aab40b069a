#include "wpptrace/decoder/elf_catalog.hpp"

#include <elf.h>
#include <wpp/abi.h>
#include <wpp/format_spec.h>
#include <wpp/extended_names.hpp>
#include <wpp/wide_format.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <new>
#include <set>
#include <system_error>
#include <unordered_map>

#include "wpptrace/decoder/catalog_file.hpp"

namespace wpptrace::decoder {
namespace {

// Record layouts: the ABI header's structs (wpp/abi.h), as an x86_64 (LP64) file holds them. A
// host whose pointers and 64-bit integers are 8 bytes wide and 8-aligned lays them out alike, so
// the offsets come from the header itself: a field added there is read where it lands.
static_assert(sizeof(void*) == 8 && alignof(void*) == 8 && alignof(std::uint64_t) == 8,
              "the ELF catalog reader reads x86_64 records at this host's offsetof(wpp_site, ...)");

namespace site_layout {
constexpr std::uint64_t magic = offsetof(wpp_site, magic), line = offsetof(wpp_site, line),
                        attributes = offsetof(wpp_site, attributes),
                        control = offsetof(wpp_site, control),
                        flag_mask = offsetof(wpp_site, flag_mask),
                        module = offsetof(wpp_site, module), file = offsetof(wpp_site, file),
                        function = offsetof(wpp_site, function), level = offsetof(wpp_site, level),
                        flags = offsetof(wpp_site, flags), format = offsetof(wpp_site, format),
                        types = offsetof(wpp_site, types);
// id, encodings and next are run-time state: not needed
constexpr std::size_t read_size = offsetof(wpp_site, id);
}  // namespace site_layout

namespace module_layout {
constexpr std::uint64_t magic = offsetof(wpp_module_desc, magic),
                        control_count = offsetof(wpp_module_desc, control_count),
                        name = offsetof(wpp_module_desc, name),
                        controls = offsetof(wpp_module_desc, controls);
constexpr std::size_t read_size = offsetof(wpp_module_desc, blocks);  // the rest is run-time state
}  // namespace module_layout

namespace control_layout {
constexpr std::uint64_t name = offsetof(wpp_control_desc, name),
                        data1 = offsetof(wpp_control_desc, guid_data1),
                        data2 = offsetof(wpp_control_desc, guid_data2),
                        data3 = offsetof(wpp_control_desc, guid_data3),
                        data4 = offsetof(wpp_control_desc, guid_data4),
                        node = offsetof(wpp_control_desc, guid_node),
                        bits = offsetof(wpp_control_desc, bits);
constexpr std::size_t size = sizeof(wpp_control_desc);
}  // namespace control_layout

constexpr const char* kSitesSection = WPP_SITE_PTRS_SECTION;
constexpr const char* kModulesSection = "wpp_module_ptrs";
constexpr std::size_t kMaxString = 1 << 20;  // bounds the scan of a corrupt file, not real text
constexpr std::size_t kMaxWarnings = 64;     // a corrupt section must not flood the output
constexpr std::size_t kMaxBuildIdBytes = 64;
// Records may all point at the same long string: 10,000 sites sharing one 256 KB string made a
// 1 MB file cost 12 GB and minutes. The bytes scanned for record strings are therefore bounded
// by the file's size: a real driver scans a small multiple of it (shared file and module names
// counted once per site); past this, the remaining records are skipped with a warning.
constexpr std::uint64_t kStringBytesPerFileByte = 16;

std::uint16_t le16(const unsigned char* p) {
    return std::uint16_t(p[0] | (p[1] << 8));
}

std::uint32_t le32(const unsigned char* p) {
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
           (std::uint32_t(p[3]) << 24);
}

std::uint64_t le64(const unsigned char* p) {
    return std::uint64_t(le32(p)) | (std::uint64_t(le32(p + 4)) << 32);
}

std::string hex(std::uint64_t value) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(value));
    return buf;
}

const char* machine_name(unsigned machine) {
    switch (machine) {
        case EM_386:
            return "i386";
        case EM_ARM:
            return "ARM";
        case EM_AARCH64:
            return "AArch64";
        case EM_PPC64:
            return "PowerPC64";
        case EM_S390:
            return "s390";
        case EM_RISCV:
            return "RISC-V";
        default:
            return "unknown";
    }
}

struct Section {
    std::string name;
    std::uint32_t type = 0;
    std::uint64_t flags = 0, addr = 0, offset = 0, size = 0, addralign = 0, entsize = 0;
    std::uint32_t link = 0, info = 0;
};

// One PT_LOAD segment (or allocated section): what the loader maps at [vaddr, vaddr + memsz).
struct Region {
    std::uint64_t vaddr = 0, offset = 0;
    std::uint64_t declared_filesz = 0;  // what the header says comes from the file
    std::uint64_t filesz = 0;           // what this file really holds (less when truncated)
    std::uint64_t memsz = 0;            // beyond declared_filesz, memory reads as zeros
};

struct Reloc {
    std::uint32_t type = 0;
    std::uint32_t sym = 0;
    std::int64_t addend = 0;
    std::uint32_t symtab = 0;  // section index of the symbol table
};

// A read-only view of an untrusted ELF file: every access is bounds-checked.
class ElfImage {
  public:
    explicit ElfImage(std::span<const unsigned char> bytes) : bytes_(bytes) {}

    // Headers, sections, load map and dynamic relocations. Returns why the file is unusable.
    std::string parse();

    const std::vector<Section>& sections() const { return sections_; }
    const std::vector<std::string>& notes() const { return notes_; }
    // Bytes string_at() has looked at so far (found or not), for the string budget.
    std::uint64_t string_bytes_scanned() const { return string_bytes_scanned_; }

    // Bytes a section really has in the file (0 for SHT_NOBITS or when it starts past the end).
    std::uint64_t section_bytes_in_file(const Section& s) const {
        if (s.type == SHT_NOBITS || s.offset > bytes_.size()) return 0;
        return std::min<std::uint64_t>(s.size, bytes_.size() - s.offset);
    }

    // Memory as the loader would set it up, before relocation.
    bool read_va(std::uint64_t va, unsigned char* out, std::size_t len, std::string& why) const;
    // A pointer-sized slot after relocation: what the program would see at run time.
    bool pointer_at(std::uint64_t va, std::uint64_t& value, std::string& why) const;
    // A NUL-terminated string; a null pointer reads as "" (as wpp_site_id hashes it).
    bool string_at(std::uint64_t va, std::string& out, std::string& why) const;

    std::string build_id(std::vector<std::string>& warnings) const;

    // Addresses of the 8-byte-aligned words equal to `word` in the loaded, non-code sections.
    std::vector<std::uint64_t> find_word(std::uint64_t word) const;

  private:
    bool in_file(std::uint64_t offset, std::uint64_t len) const {
        return offset <= bytes_.size() && len <= bytes_.size() - offset;
    }
    const unsigned char* at(std::uint64_t offset) const { return bytes_.data() + offset; }
    const Region* region_of(std::uint64_t va, std::uint64_t& rel) const;
    std::string file_string(std::uint32_t section, std::uint64_t offset) const;
    bool symbol_value(const Reloc& reloc, std::uint64_t va, std::uint64_t& value,
                      std::string& why) const;
    std::string parse_sections(std::uint64_t shoff, std::uint32_t shentsize, std::uint64_t shnum,
                               std::uint32_t shstrndx);
    void parse_relocations();

    std::span<const unsigned char> bytes_;
    std::vector<Section> sections_;
    std::vector<Region> regions_;
    std::unordered_map<std::uint64_t, Reloc> relocs_;  // by the address they patch
    std::vector<std::string> notes_;
    mutable std::uint64_t string_bytes_scanned_ = 0;  // reading is const; this only counts
};

std::string ElfImage::parse() {
    const std::size_t size = bytes_.size();
    if (size < SELFMAG || std::memcmp(bytes_.data(), ELFMAG, SELFMAG) != 0)
        return "not an ELF file (no \\177ELF magic)";
    if (size < EI_NIDENT) return "truncated ELF header";
    const unsigned char* ident = bytes_.data();
    if (ident[EI_CLASS] == ELFCLASS32)
        return "32-bit ELF (ELFCLASS32) is not supported: only x86_64 ELF64 binaries are read";
    if (ident[EI_CLASS] != ELFCLASS64)
        return "invalid ELF class " + std::to_string(ident[EI_CLASS]);
    if (ident[EI_DATA] == ELFDATA2MSB)
        return "big-endian ELF is not supported: only x86_64 ELF64 binaries are read";
    if (ident[EI_DATA] != ELFDATA2LSB)
        return "invalid ELF data encoding " + std::to_string(ident[EI_DATA]);
    if (size < sizeof(Elf64_Ehdr))
        return "truncated ELF header (" + std::to_string(size) + " of " +
               std::to_string(sizeof(Elf64_Ehdr)) + " bytes)";

    const std::uint16_t type = le16(at(16));
    const std::uint16_t machine = le16(at(18));
    if (machine != EM_X86_64)
        return "ELF for machine " + std::to_string(machine) + " (" + machine_name(machine) +
               "): only x86_64 binaries are supported";
    switch (type) {
        case ET_EXEC:
        case ET_DYN:
            break;
        case ET_REL:
            return "relocatable object file: link it first (executables and shared objects only)";
        case ET_CORE:
            return "core dump: executables and shared objects only";
        default:
            return "unknown ELF file type " + std::to_string(type);
    }

    const std::uint64_t phoff = le64(at(32));
    const std::uint64_t shoff = le64(at(40));
    const std::uint32_t phentsize = le16(at(54));
    std::uint64_t phnum = le16(at(56));
    const std::uint32_t shentsize = le16(at(58));
    std::uint64_t shnum = le16(at(60));
    std::uint32_t shstrndx = le16(at(62));

    if (shoff == 0) return "no section headers (stripped with sstrip?): cannot find the catalog";
    if (shentsize < sizeof(Elf64_Shdr))
        return "invalid section header size " + std::to_string(shentsize);
    if (!in_file(shoff, shentsize))
        return "section headers lie past the end of the file (truncated?)";
    // Extended numbering: the real counts live in section header 0.
    if (shnum == 0) shnum = le64(at(shoff + 32));
    if (shstrndx == SHN_XINDEX) shstrndx = le32(at(shoff + 40));
    if (phnum == PN_XNUM) phnum = le32(at(shoff + 44));

    if (phnum > 0) {
        if (phentsize < sizeof(Elf64_Phdr))
            return "invalid program header size " + std::to_string(phentsize);
        if (phnum > (size / phentsize) || !in_file(phoff, phnum * phentsize))
            return "program headers lie past the end of the file (truncated?)";
        for (std::uint64_t i = 0; i < phnum; ++i) {
            const unsigned char* ph = at(phoff + i * phentsize);
            if (le32(ph) != PT_LOAD) continue;
            Region r;
            r.offset = le64(ph + 8);
            r.vaddr = le64(ph + 16);
            r.declared_filesz = le64(ph + 32);
            r.memsz = std::max(le64(ph + 40), r.declared_filesz);
            r.memsz = std::min(r.memsz, UINT64_MAX - r.vaddr);  // no wrap past the top
            r.filesz =
                r.offset > size ? 0 : std::min<std::uint64_t>(r.declared_filesz, size - r.offset);
            regions_.push_back(r);
        }
    }

    if (auto error = parse_sections(shoff, shentsize, shnum, shstrndx); !error.empty())
        return error;

    if (regions_.empty()) {
        // No program headers: fall back to where the sections say they are loaded.
        for (const auto& s : sections_) {
            if (!(s.flags & SHF_ALLOC) || s.addr == 0) continue;
            Region r;
            r.vaddr = s.addr;
            r.offset = s.offset;
            r.declared_filesz = s.type == SHT_NOBITS ? 0 : s.size;
            r.filesz = section_bytes_in_file(s);
            r.memsz = std::min(s.size, UINT64_MAX - s.addr);
            regions_.push_back(r);
        }
    }
    parse_relocations();
    return {};
}

std::string ElfImage::parse_sections(std::uint64_t shoff, std::uint32_t shentsize,
                                     std::uint64_t shnum, std::uint32_t shstrndx) {
    if (shnum > bytes_.size() / shentsize || !in_file(shoff, shnum * shentsize))
        return "section headers lie past the end of the file (truncated?)";
    sections_.resize(shnum);
    for (std::uint64_t i = 0; i < shnum; ++i) {
        const unsigned char* sh = at(shoff + i * shentsize);
        Section& s = sections_[i];
        s.type = le32(sh + 4);
        s.flags = le64(sh + 8);
        s.addr = le64(sh + 16);
        s.offset = le64(sh + 24);
        s.size = le64(sh + 32);
        s.link = le32(sh + 40);
        s.info = le32(sh + 44);
        s.addralign = le64(sh + 48);
        s.entsize = le64(sh + 56);
    }
    if (shstrndx == SHN_UNDEF || shstrndx >= shnum)
        return "no section name table: cannot find the catalog sections";
    const Section& names = sections_[shstrndx];
    if (names.type == SHT_NOBITS || !in_file(names.offset, 0))
        return "section name table lies past the end of the file (truncated?)";
    const std::uint32_t name_index = shstrndx;
    for (std::uint64_t i = 0; i < shnum; ++i) {
        const std::uint32_t name = le32(at(shoff + i * shentsize));
        sections_[i].name = file_string(name_index, name);
    }
    return {};
}

// A string inside a section of the file (section names, symbol names); "" when out of bounds.
std::string ElfImage::file_string(std::uint32_t section, std::uint64_t offset) const {
    if (section >= sections_.size()) return {};
    const Section& s = sections_[section];
    const std::uint64_t avail = section_bytes_in_file(s);
    if (offset >= avail) return {};
    const auto* begin = reinterpret_cast<const char*>(at(s.offset + offset));
    const std::size_t limit = std::min<std::uint64_t>(avail - offset, 4096);
    const void* nul = std::memchr(begin, 0, limit);
    if (!nul) return {};
    return std::string(begin, static_cast<const char*>(nul));
}

void ElfImage::parse_relocations() {
    for (std::size_t index = 0; index < sections_.size(); ++index) {
        const Section& s = sections_[index];
        // Only dynamic relocations matter: static ones (--emit-relocs) are already applied.
        if (s.type != SHT_RELA || !(s.flags & SHF_ALLOC)) continue;
        const std::uint64_t entsize = s.entsize ? s.entsize : sizeof(Elf64_Rela);
        if (entsize < sizeof(Elf64_Rela)) {
            notes_.push_back("section " + s.name + ": invalid relocation entry size " +
                             std::to_string(entsize) + "; its relocations are ignored");
            continue;
        }
        const std::uint64_t avail = section_bytes_in_file(s);
        if (avail < s.size)
            notes_.push_back("section " + s.name +
                             " is cut short by the end of the file (truncated?)");
        for (std::uint64_t i = 0, n = avail / entsize; i < n; ++i) {
            const unsigned char* r = at(s.offset + i * entsize);
            const std::uint64_t info = le64(r + 8);
            Reloc reloc;
            reloc.type = std::uint32_t(ELF64_R_TYPE(info));
            reloc.sym = std::uint32_t(ELF64_R_SYM(info));
            reloc.addend = static_cast<std::int64_t>(le64(r + 16));
            reloc.symtab = s.link;
            relocs_.emplace(le64(r), reloc);
        }
    }
}

const Region* ElfImage::region_of(std::uint64_t va, std::uint64_t& rel) const {
    for (const auto& r : regions_) {
        if (va >= r.vaddr && va - r.vaddr < r.memsz) {
            rel = va - r.vaddr;
            return &r;
        }
    }
    return nullptr;
}

bool ElfImage::read_va(std::uint64_t va, unsigned char* out, std::size_t len,
                       std::string& why) const {
    std::uint64_t rel = 0;
    const Region* r = region_of(va, rel);
    if (!r || len > r->memsz - rel) {
        why = "address " + hex(va) + " is outside the loaded image";
        return false;
    }
    const std::uint64_t from_file =
        rel < r->declared_filesz ? std::min<std::uint64_t>(len, r->declared_filesz - rel) : 0;
    if (from_file > 0) {
        if (rel + from_file > r->filesz) {
            why = "address " + hex(va) + " lies past the end of the file (truncated?)";
            return false;
        }
        std::memcpy(out, at(r->offset + rel), from_file);
    }
    std::memset(out + from_file, 0, len - from_file);
    return true;
}

bool ElfImage::symbol_value(const Reloc& reloc, std::uint64_t va, std::uint64_t& value,
                            std::string& why) const {
    if (reloc.sym == 0) {
        value = 0;
        return true;
    }
    if (reloc.symtab >= sections_.size() || (sections_[reloc.symtab].type != SHT_DYNSYM &&
                                             sections_[reloc.symtab].type != SHT_SYMTAB)) {
        why = "relocation at " + hex(va) + " has no symbol table";
        return false;
    }
    const Section& symtab = sections_[reloc.symtab];
    const std::uint64_t entsize = symtab.entsize ? symtab.entsize : sizeof(Elf64_Sym);
    if (entsize < sizeof(Elf64_Sym) || reloc.sym >= section_bytes_in_file(symtab) / entsize) {
        why = "relocation at " + hex(va) + " names symbol " + std::to_string(reloc.sym) +
              ", which is not in the symbol table";
        return false;
    }
    const unsigned char* sym = at(symtab.offset + reloc.sym * entsize);
    if (le16(sym + 6) == SHN_UNDEF) {
        why = "pointer at " + hex(va) + " refers to the undefined symbol '" +
              file_string(symtab.link, le32(sym)) + "' (relocation type " +
              std::to_string(reloc.type) + "): its address is known only at run time";
        return false;
    }
    value = le64(sym + 8);
    return true;
}

bool ElfImage::pointer_at(std::uint64_t va, std::uint64_t& value, std::string& why) const {
    if (auto it = relocs_.find(va); it != relocs_.end()) {
        const Reloc& reloc = it->second;
        switch (reloc.type) {
            case R_X86_64_RELATIVE:
                value = static_cast<std::uint64_t>(reloc.addend);
                return true;
            case R_X86_64_64:
            case R_X86_64_GLOB_DAT: {
                // A symbol defined in this binary resolves to its own definition, as it does
                // at run time unless another module interposes it.
                std::uint64_t symbol = 0;
                if (!symbol_value(reloc, va, symbol, why)) return false;
                value = symbol +
                        (reloc.type == R_X86_64_64 ? static_cast<std::uint64_t>(reloc.addend) : 0);
                return true;
            }
            case R_X86_64_NONE:
                break;
            default:
                why = "pointer at " + hex(va) + " has relocation type " +
                      std::to_string(reloc.type) + ", which cannot be resolved from the file";
                return false;
        }
    }
    // No dynamic relocation: the value is in place (non-PIC code, or RELR, whose addend is the
    // stored value itself).
    unsigned char buf[8];
    if (!read_va(va, buf, sizeof buf, why)) return false;
    value = le64(buf);
    return true;
}

bool ElfImage::string_at(std::uint64_t va, std::string& out, std::string& why) const {
    out.clear();
    if (va == 0) return true;
    std::uint64_t rel = 0;
    const Region* r = region_of(va, rel);
    if (!r) {
        why = "string at " + hex(va) + " is outside the loaded image";
        return false;
    }
    if (rel >= r->declared_filesz) return true;  // zero-filled memory: an empty string
    if (rel >= r->filesz) {
        why = "string at " + hex(va) + " lies past the end of the file (truncated?)";
        return false;
    }
    const auto* begin = reinterpret_cast<const char*>(at(r->offset + rel));
    const std::uint64_t avail = r->filesz - rel;
    const std::size_t limit = std::min<std::uint64_t>(avail, kMaxString);
    if (const void* nul = std::memchr(begin, 0, limit)) {
        out.assign(begin, static_cast<const char*>(nul));
        string_bytes_scanned_ += out.size() + 1;
        return true;
    }
    string_bytes_scanned_ += limit;
    if (avail > kMaxString) {
        why = "string at " + hex(va) + " is longer than " + std::to_string(kMaxString) + " bytes";
    } else if (r->filesz < r->declared_filesz) {
        why = "string at " + hex(va) + " runs past the end of the file (truncated?)";
    } else if (r->memsz > r->declared_filesz) {
        out.assign(begin, limit);  // terminated by the zero fill that follows in memory
        return true;
    } else {
        why = "string at " + hex(va) + " has no terminating NUL";
    }
    return false;
}

std::string ElfImage::build_id(std::vector<std::string>& warnings) const {
    for (const auto& s : sections_) {
        if (s.type != SHT_NOTE) continue;
        const std::uint64_t align = s.addralign == 8 ? 8 : 4;
        std::uint64_t pos = s.offset;
        const std::uint64_t end = s.offset + section_bytes_in_file(s);
        while (end - pos >= 12) {
            const std::uint64_t namesz = le32(at(pos)), descsz = le32(at(pos + 4));
            const std::uint32_t type = le32(at(pos + 8));
            pos += 12;
            const std::uint64_t name_span = (namesz + align - 1) & ~(align - 1);
            if (name_span > end - pos) break;
            const unsigned char* name = at(pos);
            pos += name_span;
            if (descsz > end - pos) break;
            const unsigned char* desc = at(pos);
            if (type == NT_GNU_BUILD_ID && namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                if (descsz == 0 || descsz > kMaxBuildIdBytes) {
                    warnings.push_back("ignoring a build id of " + std::to_string(descsz) +
                                       " bytes");
                    return {};
                }
                std::string id;
                for (std::uint64_t i = 0; i < descsz; ++i) {
                    char buf[3];
                    std::snprintf(buf, sizeof buf, "%02x", desc[i]);
                    id += buf;
                }
                return id;
            }
            pos += std::min((descsz + align - 1) & ~(align - 1), end - pos);
        }
    }
    return {};
}

std::vector<std::uint64_t> ElfImage::find_word(std::uint64_t word) const {
    std::vector<std::uint64_t> found;
    for (const auto& s : sections_) {
        if (s.type != SHT_PROGBITS || !(s.flags & SHF_ALLOC) || (s.flags & SHF_EXECINSTR)) continue;
        if (s.addr > UINT64_MAX - 7) continue;
        const std::uint64_t skip = ((s.addr + 7) & ~std::uint64_t(7)) - s.addr;
        const std::uint64_t avail = section_bytes_in_file(s);
        for (std::uint64_t k = skip; avail >= 8 && k <= avail - 8; k += 8) {
            if (le64(at(s.offset + k)) == word) found.push_back(s.addr + k);
        }
    }
    return found;
}

// Collects a loader's warnings, at most kMaxWarnings of them.
class Warnings {
  public:
    Warnings(LoadResult& result, const std::string& path) : result_(result), path_(path) {}
    void finish() {
        if (suppressed_ > 0)
            result_.warnings.push_back(path_ + ": " + std::to_string(suppressed_) +
                                       " more problems not shown");
        suppressed_ = 0;
    }
    void add(const std::string& text) {
        if (result_.warnings.size() < kMaxWarnings) {
            result_.warnings.push_back(path_ + ": " + text);
        } else {
            ++suppressed_;
        }
    }

  private:
    LoadResult& result_;
    const std::string& path_;
    std::size_t suppressed_ = 0;
};

// The slots of every section called `name`, bounded by the bytes the file really holds.
std::vector<std::uint64_t> pointer_slots(const ElfImage& elf, const char* name, Warnings& warn) {
    std::vector<std::uint64_t> slots;
    for (const auto& s : elf.sections()) {
        if (s.name != name) continue;
        if (s.type == SHT_NOBITS) {
            warn.add(std::string("section ") + name + " has no contents in the file");
            continue;
        }
        const std::uint64_t avail = elf.section_bytes_in_file(s);
        if (avail < s.size)
            warn.add(std::string("section ") + name +
                     " is cut short by the end of the file (truncated?)");
        if (s.size % 8 != 0)
            warn.add(std::string("section ") + name + " size " + std::to_string(s.size) +
                     " is not a multiple of 8");
        for (std::uint64_t i = 0; i < avail / 8; ++i) slots.push_back(s.addr + 8 * i);
    }
    return slots;
}

bool read_text_field(const ElfImage& elf, std::uint64_t record, std::uint64_t offset,
                     const char* field, std::string& out, std::string& why) {
    std::uint64_t pointer = 0;
    if (elf.pointer_at(record + offset, pointer, why) && elf.string_at(pointer, out, why))
        return true;
    why = std::string("field '") + field + "': " + why;
    return false;
}

// A C site's wide format (WPP_SITE_WIDE_FORMAT): UTF-32 text, read as the runtime converts it.
bool read_wide_format(const ElfImage& elf, std::uint64_t record, std::string& out,
                      std::string& why) {
    std::uint64_t pointer = 0;
    if (!elf.pointer_at(record + site_layout::format, pointer, why)) {
        why = "field 'format': " + why;
        return false;
    }
    out.clear();
    for (std::uint64_t i = 0; pointer != 0 && i < kMaxString; ++i) {
        unsigned char unit[4];
        if (!elf.read_va(pointer + 4 * i, unit, sizeof unit, why)) {
            why = "field 'format' (wide): " + why;
            return false;
        }
        const std::uint32_t c = le32(unit);
        if (c == 0) return true;
        char bytes[4];
        out.append(bytes, wpp::detail::encode_utf8(c, bytes));
    }
    return pointer == 0;
}

bool read_site(const ElfImage& elf, std::uint64_t va, MessageInfo& m, std::string& why) {
    unsigned char rec[site_layout::read_size];
    if (!elf.read_va(va, rec, sizeof rec, why)) return false;
    const std::uint64_t magic = le64(rec + site_layout::magic);
    if (magic != WPP_SITE_MAGIC) {
        why = "magic " + hex(magic) + " is not WPP_SITE_MAGIC " + hex(WPP_SITE_MAGIC) +
              " (another layout version, or not a wpp_site)";
        return false;
    }
    m.line = le32(rec + site_layout::line);
    m.attributes = le32(rec + site_layout::attributes);
    m.control = le32(rec + site_layout::control);
    m.flag_mask = le32(rec + site_layout::flag_mask);
    return read_text_field(elf, va, site_layout::module, "module", m.module, why) &&
           read_text_field(elf, va, site_layout::file, "file", m.file, why) &&
           read_text_field(elf, va, site_layout::function, "function", m.function, why) &&
           read_text_field(elf, va, site_layout::level, "level", m.level, why) &&
           read_text_field(elf, va, site_layout::flags, "flags", m.flags, why) &&
           (m.attributes & WPP_SITE_WIDE_FORMAT
                ? read_wide_format(elf, va, m.format, why)
                : read_text_field(elf, va, site_layout::format, "format", m.format, why)) &&
           read_text_field(elf, va, site_layout::types, "types", m.types, why) &&
           ((m.attributes &= ~WPP_SITE_WIDE_FORMAT), true);  // as the runtime leaves it
}

std::string render_guid(const unsigned char* c) {
    char buf[40];
    std::snprintf(
        buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(le32(c + control_layout::data1)),
        unsigned(le16(c + control_layout::data2)), unsigned(le16(c + control_layout::data3)),
        unsigned(le16(c + control_layout::data4)),
        static_cast<unsigned long long>(le64(c + control_layout::node) & 0xffffffffffffULL));
    return buf;
}

std::vector<std::string> split_bits(const std::string& bits) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start < bits.size()) {
        std::size_t end = bits.find('\n', start);
        if (end == std::string::npos) end = bits.size();   // tolerate a missing last '\n'
        names.push_back(bits.substr(start, end - start));  // empty names keep bit positions
        start = end + 1;
    }
    return names;
}

bool read_module(const ElfImage& elf, std::uint64_t va, ModuleInfo& module, std::string& why) {
    unsigned char rec[module_layout::read_size];
    if (!elf.read_va(va, rec, sizeof rec, why)) return false;
    const std::uint64_t magic = le64(rec + module_layout::magic);
    if (magic != WPP_MODULE_MAGIC) {
        why = "magic " + hex(magic) + " is not WPP_MODULE_MAGIC " + hex(WPP_MODULE_MAGIC);
        return false;
    }
    const std::uint32_t count = le32(rec + module_layout::control_count);
    if (count > WPP_MAX_CONTROLS) {
        why = "control_count " + std::to_string(count) + " exceeds WPP_MAX_CONTROLS (" +
              std::to_string(WPP_MAX_CONTROLS) + ")";
        return false;
    }
    if (!read_text_field(elf, va, module_layout::name, "name", module.name, why)) return false;
    std::uint64_t controls = 0;
    if (count > 0 && !elf.pointer_at(va + module_layout::controls, controls, why)) {
        why = "field 'controls': " + why;
        return false;
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint64_t cva = controls + std::uint64_t(i) * control_layout::size;
        unsigned char c[control_layout::size];
        ControlInfo control;
        std::string bits;
        if (!elf.read_va(cva, c, sizeof c, why) ||
            !read_text_field(elf, cva, control_layout::name, "name", control.name, why) ||
            !read_text_field(elf, cva, control_layout::bits, "bits", bits, why)) {
            why = "control " + std::to_string(i) + ": " + why;
            return false;
        }
        if (le64(c + control_layout::node) >> 48) {
            why = "control " + std::to_string(i) + ": guid_node has more than 48 bits";
            return false;
        }
        control.guid = render_guid(c);
        control.bits = split_bits(bits);
        module.controls.push_back(std::move(control));
    }
    return true;
}

LoadResult load_image(std::span<const unsigned char> image, const std::string& name,
                      const std::string& recorded_path, Catalog& into) {
    LoadResult result;
    ElfImage elf(image);
    if (std::string error = elf.parse(); !error.empty()) {
        result.error = name + ": " + error;
        return result;
    }
    Warnings warn(result, name);
    for (const auto& note : elf.notes()) warn.add(note);
    std::vector<std::string> build_id_notes;
    result.build_id = elf.build_id(build_id_notes);
    for (const auto& note : build_id_notes) warn.add(note);

    // Records are found two ways: through the pointer sections (C sites; module pointers if a
    // build has them) and by their magic in the data sections (C++ sites, module descriptions,
    // which have no pointer). A record found both ways is read once.
    std::set<std::uint64_t> module_records, site_records;
    std::size_t broken_site_slots = 0;
    const auto follow = [&](const char* section, const char* what,
                            std::set<std::uint64_t>& into_set, std::size_t* broken) {
        for (std::uint64_t slot : pointer_slots(elf, section, warn)) {
            std::uint64_t va = 0;
            std::string why;
            if (!elf.pointer_at(slot, va, why)) {
                const bool names_slot = why.rfind("pointer at ", 0) == 0;
                warn.add(std::string(what) +
                         (names_slot ? " " : " pointer at " + hex(slot) + ": ") + why);
            } else if (va == 0) {
                warn.add(std::string(what) + " pointer at " + hex(slot) + " is null");
            } else {
                into_set.insert(va);
                continue;
            }
            if (broken) ++*broken;
        }
    };
    follow(kModulesSection, "module", module_records, nullptr);
    follow(kSitesSection, "site", site_records, &broken_site_slots);
    for (std::uint64_t va : elf.find_word(WPP_MODULE_MAGIC)) module_records.insert(va);
    for (std::uint64_t va : elf.find_word(WPP_SITE_MAGIC)) site_records.insert(va);

    const std::uint64_t string_budget = kMaxString + kStringBytesPerFileByte * image.size();
    std::size_t over_budget = 0;  // records not read for the string budget
    std::vector<ModuleInfo> modules;
    std::set<std::string> described;
    for (std::uint64_t va : module_records) {
        if (elf.string_bytes_scanned() > string_budget) {
            ++over_budget;
            continue;
        }
        std::string why;
        ModuleInfo module;
        if (!read_module(elf, va, module, why)) {
            warn.add("module at " + hex(va) + ": " + why);
            continue;
        }
        module.build_id = result.build_id;
        module.path = recorded_path;
        described.insert(module.name);
        modules.push_back(std::move(module));
        ++result.modules;
    }

    result.skipped = broken_site_slots;
    result.sites = broken_site_slots + site_records.size();
    std::set<std::string> site_modules;
    for (std::uint64_t va : site_records) {
        if (elf.string_bytes_scanned() > string_budget) {
            ++over_budget;
            ++result.skipped;
            continue;
        }
        std::string why;
        MessageInfo m;
        if (!read_site(elf, va, m, why)) {
            why = "site at " + hex(va) + ": " + why;
        } else if (std::string problem = message_problem(m); !problem.empty()) {
            why = m.file + "(" + std::to_string(m.line) + "): " + problem;
        } else {
            why.clear();
        }
        if (!why.empty()) {
            warn.add(why);
            ++result.skipped;
            continue;
        }
        // A binary that initialises one module owns all its sites, also those compiled into
        // it from a static library under the library's own name: WPP_INIT_TRACING renames them
        // the same way.
        if (described.size() == 1) m.module = *described.begin();
        m.id = m.computed_id();
        site_modules.insert(m.module);
        const std::string where = m.file + "(" + std::to_string(m.line) + ")";
        switch (into.add(std::move(m))) {
            case Catalog::AddResult::added:
                ++result.added;
                break;
            case Catalog::AddResult::duplicate:
                ++result.duplicates;
                break;
            case Catalog::AddResult::collision:
                ++result.collisions;
                warn.add(where + ": message id collides with a different known message");
                break;
            case Catalog::AddResult::id_mismatch:
                ++result.skipped;
                break;  // not reachable
        }
    }

    // Modules known only through their sites still get their build id and path.
    for (const auto& name_of_site_module : site_modules) {
        if (described.count(name_of_site_module)) continue;
        ModuleInfo module;
        module.name = name_of_site_module;
        module.build_id = result.build_id;
        module.path = recorded_path;
        modules.push_back(std::move(module));
    }
    for (auto& module : modules) into.add_module(std::move(module));
    if (over_budget > 0)
        warn.add(
            std::to_string(over_budget) + " records not read: their strings add up to more than " +
            std::to_string(string_budget) + " bytes, " + std::to_string(kStringBytesPerFileByte) +
            " times the file's size (records sharing huge strings: a crafted file?)");
    warn.finish();
    return result;
}

}  // namespace

bool is_elf_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[SELFMAG] = {};
    return in.read(magic, SELFMAG) && std::memcmp(magic, ELFMAG, SELFMAG) == 0;
}

LoadResult load_catalog_from_elf_image(std::span<const unsigned char> image,
                                       const std::string& path, Catalog& into) {
    return load_image(image, path, path, into);
}

namespace {

// Reads [offset, offset + size) of `in` into `bytes` (a buffer of the file's size); false when
// the range is not inside the file or the read fails.
bool read_range(std::ifstream& in, std::uint64_t offset, std::uint64_t size, unsigned char* bytes,
                std::uint64_t file_size) {
    if (offset > file_size || size > file_size - offset) return false;
    if (size == 0) return true;
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    return static_cast<bool>(
        in.read(reinterpret_cast<char*>(bytes + offset), static_cast<std::streamsize>(size)));
}

// Reads what a catalog can come from: the whole file but its debugging sections (.debug_*,
// most of a build with debug info: 15 of the 16 MB of a Debug build's framework library), which
// stay zero. A file that is not a well-formed ELF64 file is read whole (its parse says what is
// wrong). `bytes` holds file_size zero bytes.
bool read_but_debug_sections(std::ifstream& in, unsigned char* bytes, std::uint64_t file_size) {
    auto whole = [&] { return read_range(in, 0, file_size, bytes, file_size); };
    constexpr std::uint64_t header = 64;
    if (!read_range(in, 0, std::min(header, file_size), bytes, file_size)) return false;
    if (file_size < header || std::memcmp(bytes, ELFMAG, SELFMAG) != 0 ||
        bytes[EI_CLASS] != ELFCLASS64 || bytes[EI_DATA] != ELFDATA2LSB)
        return whole();
    const std::uint64_t phoff = le64(bytes + 0x20), shoff = le64(bytes + 0x28);
    const std::uint64_t phentsize = le16(bytes + 0x36), phnum = le16(bytes + 0x38);
    const std::uint64_t shentsize = le16(bytes + 0x3A), shnum = le16(bytes + 0x3C);
    const std::uint64_t shstrndx = le16(bytes + 0x3E);
    if (shentsize < 64 || shnum == 0 || shstrndx >= shnum ||
        !read_range(in, phoff, phentsize * phnum, bytes, file_size) ||
        !read_range(in, shoff, shentsize * shnum, bytes, file_size))
        return whole();
    auto section = [&](std::uint64_t i) { return bytes + shoff + i * shentsize; };
    const unsigned char* names = section(shstrndx);
    const std::uint64_t names_offset = le64(names + 24), names_size = le64(names + 32);
    if (le32(names + 4) == SHT_NOBITS ||
        !read_range(in, names_offset, names_size, bytes, file_size))
        return whole();
    for (std::uint64_t i = 0; i < shnum; ++i) {
        const unsigned char* sh = section(i);
        const std::uint64_t name = le32(sh);
        const std::uint64_t offset = le64(sh + 24), size = le64(sh + 32);
        if (le32(sh + 4) == SHT_NOBITS || i == shstrndx) continue;
        if (name < names_size) {
            const char* text = reinterpret_cast<const char*>(bytes + names_offset + name);
            const std::size_t room = names_size - name;
            if (::strncmp(text, ".debug", std::min<std::size_t>(room, 6)) == 0 ||
                ::strncmp(text, ".zdebug", std::min<std::size_t>(room, 7)) == 0)
                continue;
        }
        if (!read_range(in, offset, size, bytes, file_size)) return whole();
    }
    return true;
}

}  // namespace

LoadResult load_catalog_from_elf(const std::string& path, Catalog& into) {
    LoadResult result;
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        result.error = path + ": cannot open: " +
                       (ec ? ec.message() : std::string("no such file or directory"));
        return result;
    }
    if (!std::filesystem::is_regular_file(status)) {
        result.error = path + ": not a regular file";
        return result;
    }
    // Zero pages from calloc: the debugging sections, never read, cost no memory.
    std::unique_ptr<unsigned char, decltype(&std::free)> buffer(nullptr, &std::free);
    std::uint64_t file_size = 0;
    try {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            result.error = path + ": cannot open: " + std::strerror(errno);
            return result;
        }
        // Read, not mmap: a file truncated while mapped would kill the reader with SIGBUS.
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        in.seekg(0, std::ios::beg);
        if (size < 0 || !in) {
            result.error = path + ": cannot determine the file size";
            return result;
        }
        file_size = static_cast<std::uint64_t>(size);
        buffer.reset(
            static_cast<unsigned char*>(std::calloc(std::max<std::uint64_t>(file_size, 1), 1)));
        if (!buffer) throw std::bad_alloc();
        if (!read_but_debug_sections(in, buffer.get(), file_size)) {
            result.error = path + ": read error";
            return result;
        }
    } catch (const std::bad_alloc&) {
        result.error = path + ": file too large to read";
        return result;
    }
    std::string recorded = path;
    if (auto absolute = std::filesystem::absolute(path, ec); !ec)
        recorded = absolute.lexically_normal().string();
    return load_image(std::span<const unsigned char>(buffer.get(), file_size), path, recorded,
                      into);
}

std::vector<SiteProblem> check_catalog(const Catalog& catalog) {
    std::vector<SiteProblem> problems;
    std::set<std::pair<std::string, std::string>> declared;  // (module, custom type name)
    for (const auto& m : catalog.messages())
        if (m->is_custom_type()) declared.emplace(m->module, m->flags);
    for (const auto& m : catalog.messages()) {
        if (m->is_custom_type()) continue;  // a declaration: no format to check
        SiteProblem p;
        std::string undeclared;
        for (const std::string& name : wpp::detail::extended_names(m->format.c_str()))
            if (undeclared.empty() && !wpp::detail::is_builtin_extended_name(name) &&
                !declared.count({m->module, name}))
                undeclared = name;
        if (!undeclared.empty()) {
            p.result = WPP_CHECK_BAD_SPEC;
            p.specifier = "%!" + undeclared + "!";
            p.message = "neither a built-in type nor a CUSTOM_TYPE of module " + m->module;
        } else if (m->types.size() > WPP_MAX_ARGS) {
            p.argument = WPP_MAX_ARGS + 1;
            p.result = WPP_CHECK_TOO_MANY_ARGUMENTS;
            p.message = "more than " + std::to_string(WPP_MAX_ARGS) + " arguments";
        } else {
            std::uint8_t encodings[WPP_MAX_ARGS] = {};
            std::uint32_t arg = 0;
            wpp_spec spec{};
            p.result =
                wpp_check_format(m->format.c_str(), m->types.c_str(), encodings, &arg, &spec);
            if (p.result == WPP_CHECK_OK) continue;
            p.argument = arg + 1;
            p.message = wpp_check_message(p.result);
            if (spec.kind != WPP_SPEC_END && spec.begin < m->format.size()) {
                const std::size_t end = std::min<std::size_t>(spec.end, m->format.size());
                p.specifier = m->format.substr(spec.begin, end - spec.begin);
            }
        }
        p.id = m->id;
        p.module = m->module;
        p.file = m->file;
        p.line = m->line;
        p.function = m->function;
        p.format = m->format;
        p.types = m->types;
        problems.push_back(std::move(p));
    }
    std::sort(problems.begin(), problems.end(), [](const SiteProblem& a, const SiteProblem& b) {
        if (a.file != b.file) return a.file < b.file;
        if (a.line != b.line) return a.line < b.line;
        return a.id < b.id;
    });
    return problems;
}

std::string describe_problem(const SiteProblem& p) {
    std::string text = p.file + ":" + std::to_string(p.line) + ": error: ";
    if (!p.function.empty()) text += p.function + ": ";
    text += "format \"" + p.format + "\"";
    if (p.argument > 0) {
        text += ", argument " + std::to_string(p.argument);
        if (p.argument <= p.types.size())
            text += std::string(" (") + arg_type_name(p.types[p.argument - 1]) + ")";
    }
    if (!p.specifier.empty()) text += " at " + p.specifier;
    return text + ": " + p.message;
}

}  // namespace wpptrace::decoder
