// generate_win_names: writes the decoder's Windows code -> name tables (NTSTATUS, Win32 errors,
// HRESULTs and their facilities, NDIS status codes and OIDs) from the mingw-w64 headers, at build
// time. The tables are not committed: the names come from a Debian package (mingw-w64-common)
// whose license lets us read them, and they stay in step with it.
//
//   generate_win_names <mingw-w64 include dir> <output .inc>
//
// A header line `#define NAME value` counts when its value, once casts such as ((NTSTATUS)...),
// __MSABI_LONG(...) and _HRESULT_TYPEDEF_(...) are peeled off, is a number or a name already
// read (NDIS_STATUS_SUCCESS is STATUS_SUCCESS). Where several names share a code, the first one
// in the header wins (STATUS_SUCCESS before STATUS_WAIT_0, ERROR_SUCCESS before NO_ERROR).
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Define {
    std::string name;
    std::uint32_t value;
    bool decimal;  // written as a decimal number (Win32 errors are, HRESULTs are hex)
    bool hresult;  // written through _HRESULT_TYPEDEF_ or an (HRESULT) cast
};

std::map<std::string, std::uint32_t> symbols;  // every name read so far, for references

std::optional<std::uint32_t> parse_number(const std::string& text, bool& decimal) {
    std::size_t i = 0;
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        i = 2;
    }
    if (i >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i])))
        return std::nullopt;
    std::uint64_t value = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            break;
        value = value * base + digit;
        if (value > 0xffffffffull) return std::nullopt;
    }
    for (; i < text.size(); ++i)  // L, U, UL suffixes
        if (text[i] != 'L' && text[i] != 'l' && text[i] != 'U' && text[i] != 'u')
            return std::nullopt;
    decimal = base == 10;
    return static_cast<std::uint32_t>(value);
}

void erase_all(std::string& text, const std::string& what) {
    for (std::size_t at; (at = text.find(what)) != std::string::npos;) text.erase(at, what.size());
}

std::optional<Define> parse_define(const std::string& line) {
    std::size_t i = 0;
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (line.compare(i, 1, "#") != 0) return std::nullopt;
    ++i;
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (line.compare(i, 6, "define") != 0) return std::nullopt;
    i += 6;
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const std::size_t name_begin = i;
    while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_'))
        ++i;
    if (i == name_begin || i >= line.size() || line[i] == '(') return std::nullopt;  // a macro
    Define d{line.substr(name_begin, i - name_begin), 0, false, false};
    std::string value = line.substr(i);
    if (auto c = value.find("//"); c != std::string::npos) value.erase(c);
    if (auto c = value.find("/*"); c != std::string::npos) value.erase(c);
    d.hresult = value.find("_HRESULT_TYPEDEF_") != std::string::npos ||
                value.find("(HRESULT)") != std::string::npos;
    for (const char* cast :
         {"(NTSTATUS)", "(NDIS_STATUS)", "(HRESULT)", "(DWORD)", "(LONG)", "(ULONG)", "(SCODE)",
          "__MSABI_LONG", "_HRESULT_TYPEDEF_", "_NDIS_ERROR_TYPEDEF_"})
        erase_all(value, cast);
    std::string bare;
    for (char c : value)
        if (c != '(' && c != ')' && !std::isspace(static_cast<unsigned char>(c))) bare += c;
    if (bare.empty()) return std::nullopt;
    if (auto number = parse_number(bare, d.decimal)) {
        d.value = *number;
    } else if (auto known = symbols.find(bare); known != symbols.end()) {
        d.value = known->second;
    } else {
        return std::nullopt;  // an expression, a string, a type: not a code
    }
    symbols.emplace(d.name, d.value);
    return d;
}

std::vector<Define> read_header(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "generate_win_names: cannot read %s\n", path.c_str());
        std::exit(1);
    }
    std::vector<Define> defines;
    for (std::string line; std::getline(in, line);)
        if (auto d = parse_define(line)) defines.push_back(*d);
    return defines;
}

bool starts_with(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

// code -> first name, written as a sorted constexpr table.
class Table {
  public:
    explicit Table(const char* name) : name_(name) {}
    void add(const Define& d) { entries_.emplace(d.value, d.name); }
    // The generic COM names (S_OK, E_FAIL, E_ACCESSDENIED) win over a subsystem's alias.
    void add_preferred(const Define& d) { entries_[d.value] = d.name; }
    std::size_t size() const { return entries_.size(); }
    void write(std::ostream& out) const {
        out << "inline constexpr CodeName " << name_ << "[] = {\n";
        char code[16];
        for (const auto& [value, name] : entries_) {
            std::snprintf(code, sizeof code, "0x%08xu", value);
            out << "    {" << code << ", \"" << name << "\"},\n";
        }
        out << "};\n\n";
    }

  private:
    const char* name_;
    std::map<std::uint32_t, std::string> entries_;  // emplace keeps the first name
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: generate_win_names <mingw-w64 include dir> <output .inc>\n");
        return 2;
    }
    const std::string dir = argv[1];
    Table ntstatus("kNtStatus"), win32("kWin32Errors"), hresult("kHResults"),
        facility("kFacilities"), ndis_status("kNdisStatus"), ndis_oid("kNdisOids");

    for (const Define& d : read_header(dir + "/ntstatus.h"))
        if (!starts_with(d.name, "FACILITY_") && !starts_with(d.name, "STATUS_SEVERITY_"))
            ntstatus.add(d);
    for (const Define& d : read_header(dir + "/winerror.h")) {
        if (starts_with(d.name, "FACILITY_")) {
            if (d.decimal) facility.add(d);
        } else if (starts_with(d.name, "SEVERITY_") || d.name.find("_MASK") != std::string::npos) {
            continue;
        } else if (d.hresult || d.name == "S_OK" || d.name == "S_FALSE") {
            if (starts_with(d.name, "S_") || starts_with(d.name, "E_"))
                hresult.add_preferred(d);
            else
                hresult.add(d);
        } else if (d.decimal && d.value <= 0xffff) {
            win32.add(d);
        }
    }
    for (const Define& d : read_header(dir + "/ddk/ndis.h"))
        if (starts_with(d.name, "NDIS_STATUS_")) ndis_status.add(d);
    for (const Define& d : read_header(dir + "/ntddndis.h"))
        if (starts_with(d.name, "OID_")) ndis_oid.add(d);

    for (const Table* t : {&ntstatus, &win32, &hresult, &facility, &ndis_status, &ndis_oid}) {
        if (t->size() < 8) {
            std::fprintf(stderr, "generate_win_names: too few names read from %s\n", dir.c_str());
            return 1;
        }
    }
    std::ostringstream out;
    out << "// Generated by generate_win_names from the mingw-w64 headers in " << dir
        << ". Do not edit.\n\n";
    ntstatus.write(out);
    win32.write(out);
    hresult.write(out);
    facility.write(out);
    ndis_status.write(out);
    ndis_oid.write(out);
    std::ofstream file(argv[2]);
    file << out.str();
    if (!file) {
        std::fprintf(stderr, "generate_win_names: cannot write %s\n", argv[2]);
        return 1;
    }
    std::printf(
        "generate_win_names: %zu NTSTATUS, %zu Win32, %zu HRESULT, %zu facilities, "
        "%zu NDIS_STATUS, %zu OIDs\n",
        ntstatus.size(), win32.size(), hresult.size(), facility.size(), ndis_status.size(),
        ndis_oid.size());
    return 0;
}
