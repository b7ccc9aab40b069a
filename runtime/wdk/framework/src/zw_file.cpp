// zw_file.cpp - files through Zw* handles (km/zw_file.h) over a per-process host folder.
//
// A handle's object is a HostFile, whose first member is the FILE_OBJECT a driver gets from
// ObReferenceObjectByHandle(*IoFileObjectType); the file descriptor closes with the last
// reference (ZwClose, then ObDereferenceObject of any reference taken).
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <cwctype>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

#include "entry_guard.hpp"
#include "object_handles.hpp"

namespace wpptrace::framework {
namespace {

namespace fs = std::filesystem;

struct HostFile {
    FILE_OBJECT file{};  // first: what ObReferenceObjectByHandle hands out
    int fd = -1;
    bool directory = false;
    ACCESS_MASK access = 0;
    std::mutex mutex;  // guards position
    long long position = 0;
    std::wstring name;  // as the driver gave it, for FILE_OBJECT.FileName
};

constexpr ACCESS_MASK generic_read = 0x80000000, generic_write = 0x40000000,
                      generic_all = 0x10000000, maximum_allowed = 0x02000000;

fs::path files_root() {
    static const fs::path root = [] {
        if (const char* dir = std::getenv("WPPTRACE_FILES_DIR"); dir && *dir) return fs::path(dir);
        const char* tmp = std::getenv("TMPDIR");
        return fs::path(tmp && *tmp ? tmp : "/tmp") /
               ("wpptrace-files-" + std::to_string(getpid()));
    }();
    return root;
}

std::string utf8(const std::wstring& text) {
    std::string out;
    for (wchar_t w : text) {
        auto c = static_cast<char32_t>(w);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xc0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xe0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (c & 0x3f));
        } else {
            out += static_cast<char>(0xf0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (c & 0x3f));
        }
    }
    return out;
}

bool starts_with_nocase(const std::wstring& text, const std::wstring& prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::towlower(static_cast<wint_t>(text[i])) !=
            std::towlower(static_cast<wint_t>(prefix[i])))
            return false;
    return true;
}

// The host path an NT path names, each component matched case-insensitively against what
// exists; nullopt for a path outside the DOS drives and \SystemRoot.
std::optional<fs::path> host_path(const std::wstring& nt_path) {
    std::wstring rest;
    for (const wchar_t* prefix : {L"\\??\\", L"\\DosDevices\\", L"\\GLOBAL??\\"})
        if (starts_with_nocase(nt_path, prefix)) rest = nt_path.substr(std::wcslen(prefix));
    if (rest.empty() && starts_with_nocase(nt_path, L"\\SystemRoot\\"))
        rest = L"C:\\Windows\\" + nt_path.substr(12);
    // A drive letter and a colon, then the path on that drive.
    if (rest.size() < 2 || rest[1] != L':' || !std::iswalpha(static_cast<wint_t>(rest[0])))
        return std::nullopt;
    fs::path path = files_root() / std::string(1, static_cast<char>(std::towupper(rest[0])));
    std::wstring tail = rest.substr(2);
    std::size_t at = 0;
    while (at < tail.size()) {
        std::size_t end = tail.find(L'\\', at);
        if (end == std::wstring::npos) end = tail.size();
        std::string name = utf8(tail.substr(at, end - at));
        at = end + 1;
        if (name.empty() || name == ".") continue;
        if (name == "..") return std::nullopt;  // no way out of the folder
        std::string found = name;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(path, ec))
            if (strcasecmp(entry.path().filename().c_str(), name.c_str()) == 0) {
                found = entry.path().filename().string();
                break;
            }
        path /= found;
    }
    return path;
}

NTSTATUS status_of_errno(int error) {
    switch (error) {
        case ENOENT:
            return STATUS_OBJECT_NAME_NOT_FOUND;
        case EEXIST:
            return STATUS_OBJECT_NAME_COLLISION;
        case EACCES:
        case EPERM:
        case EROFS:
            return STATUS_ACCESS_DENIED;
        case EISDIR:
            return STATUS_FILE_IS_A_DIRECTORY;
        case ENOTDIR:
            return STATUS_NOT_A_DIRECTORY;
        case ENOMEM:
            return STATUS_INSUFFICIENT_RESOURCES;
        default:
            return STATUS_UNSUCCESSFUL;
    }
}

void check_passive(const char* function, const void* caller) {
    if (KeGetCurrentIrql() != PASSIVE_LEVEL)
        report_issue(driver_of_address(caller), IssueKind::irql,
                     std::string(function) + " at IRQL " + std::to_string(KeGetCurrentIrql()) +
                         " (must be PASSIVE_LEVEL)");
}

NTSTATUS file_of(HANDLE handle, HostFile*& file) {
    void* object = nullptr;
    ObjectKind kind;
    NTSTATUS status = handle_lookup(handle, &object, &kind);
    if (!NT_SUCCESS(status)) return status;
    if (kind != ObjectKind::file) return STATUS_OBJECT_TYPE_MISMATCH;
    file = static_cast<HostFile*>(object);  // FILE_OBJECT first: the same address
    return STATUS_SUCCESS;
}

bool wants(ACCESS_MASK access, ACCESS_MASK rights, ACCESS_MASK generic) {
    return (access & (rights | generic | generic_all | maximum_allowed)) != 0;
}

NTSTATUS create(PHANDLE handle, ACCESS_MASK access, POBJECT_ATTRIBUTES attributes,
                PIO_STATUS_BLOCK iosb, ULONG disposition, ULONG options) {
    if (!handle || !attributes || !attributes->ObjectName || !iosb) return STATUS_INVALID_PARAMETER;
    *handle = nullptr;
    if (attributes->RootDirectory) return STATUS_NOT_SUPPORTED;  // relative opens: not emulated
    std::wstring name = wide(attributes->ObjectName);
    auto path = host_path(name);
    if (!path) return STATUS_OBJECT_PATH_NOT_FOUND;
    std::error_code ec;
    fs::create_directories(files_root() / *path->lexically_relative(files_root()).begin(),
                           ec);  // the drive's folder: a drive always exists
    if (!fs::is_directory(path->parent_path(), ec)) return STATUS_OBJECT_PATH_NOT_FOUND;
    bool exists = fs::exists(*path, ec);
    bool is_directory = exists && fs::is_directory(*path, ec);
    if ((options & FILE_NON_DIRECTORY_FILE) && is_directory) return STATUS_FILE_IS_A_DIRECTORY;
    if ((options & FILE_DIRECTORY_FILE) && exists && !is_directory) return STATUS_NOT_A_DIRECTORY;

    ULONG_PTR information = FILE_OPENED;
    int flags = O_CLOEXEC;
    switch (disposition) {
        case FILE_OPEN:
            if (!exists) return STATUS_OBJECT_NAME_NOT_FOUND;
            break;
        case FILE_CREATE:
            if (exists) return STATUS_OBJECT_NAME_COLLISION;
            flags |= O_CREAT | O_EXCL;
            information = FILE_CREATED;
            break;
        case FILE_OPEN_IF:
            if (!exists) flags |= O_CREAT, information = FILE_CREATED;
            break;
        case FILE_OVERWRITE:
            if (!exists) return STATUS_OBJECT_NAME_NOT_FOUND;
            flags |= O_TRUNC;
            information = FILE_OVERWRITTEN;
            break;
        case FILE_OVERWRITE_IF:
        case FILE_SUPERSEDE:
            flags |= O_CREAT | O_TRUNC;
            information = !exists                         ? FILE_CREATED
                          : disposition == FILE_SUPERSEDE ? FILE_SUPERSEDED
                                                          : FILE_OVERWRITTEN;
            break;
        default:
            return STATUS_INVALID_PARAMETER;
    }
    auto file = std::make_unique<HostFile>();
    if (options & FILE_DIRECTORY_FILE) {
        if (!exists && !fs::create_directory(*path, ec)) return status_of_errno(ec.value());
        file->directory = true;
        file->fd = ::open(path->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } else {
        bool reads = wants(access, FILE_READ_DATA, generic_read);
        bool writes =
            wants(access, FILE_WRITE_DATA | FILE_APPEND_DATA, generic_write) || (flags & O_TRUNC);
        flags |= reads && writes ? O_RDWR : writes ? O_WRONLY : O_RDONLY;
        file->fd = ::open(path->c_str(), flags, 0644);
    }
    if (file->fd < 0) return status_of_errno(errno);
    file->access = access;
    file->name = name;
    file->file.Type = IO_TYPE_FILE;
    file->file.Size = sizeof(FILE_OBJECT);
    RtlInitUnicodeString(&file->file.FileName, file->name.c_str());
    HostFile* raw = file.release();
    object_register(raw, ObjectKind::file, nullptr, [](void* object) {
        auto* f = static_cast<HostFile*>(object);
        ::close(f->fd);
        delete f;
    });
    *handle = handle_create(raw, ObjectKind::file, access);
    object_dereference(raw);  // the handle holds it
    iosb->Status = STATUS_SUCCESS;
    iosb->Information = information;
    return STATUS_SUCCESS;
}

// The offset an I/O starts at: ByteOffset, or the file's position.
long long start_offset(HostFile& file, PLARGE_INTEGER byte_offset, bool write, bool& append) {
    append = false;
    if (byte_offset && byte_offset->HighPart == -1 &&
        byte_offset->LowPart == FILE_WRITE_TO_END_OF_FILE && write) {
        append = true;
        return 0;
    }
    if (!byte_offset ||
        (byte_offset->HighPart == -1 && byte_offset->LowPart == FILE_USE_FILE_POINTER_POSITION))
        return file.position;
    return byte_offset->QuadPart;
}

NTSTATUS transfer(HANDLE handle, HANDLE event, PIO_APC_ROUTINE apc, PIO_STATUS_BLOCK iosb,
                  PVOID buffer, ULONG length, PLARGE_INTEGER byte_offset, bool write) {
    if (!iosb || (length && !buffer)) return STATUS_INVALID_PARAMETER;
    if (event || apc) return STATUS_NOT_SUPPORTED;  // asynchronous file I/O: not emulated
    HostFile* file = nullptr;
    NTSTATUS status = file_of(handle, file);
    if (!NT_SUCCESS(status)) return status;
    if (file->directory) return STATUS_INVALID_DEVICE_REQUEST;
    std::lock_guard lock(file->mutex);
    bool append = false;
    long long offset = start_offset(*file, byte_offset, write, append);
    if (offset < 0) return STATUS_INVALID_PARAMETER;
    ssize_t done;
    if (write && append) {
        offset = ::lseek(file->fd, 0, SEEK_END);
        done = ::pwrite(file->fd, buffer, length, offset);
    } else if (write) {
        done = ::pwrite(file->fd, buffer, length, offset);
    } else {
        done = ::pread(file->fd, buffer, length, offset);
    }
    if (done < 0) return status_of_errno(errno == EBADF ? EACCES : errno);
    file->position = offset + done;
    iosb->Information = static_cast<ULONG_PTR>(done);
    iosb->Status = !write && done == 0 && length ? STATUS_END_OF_FILE : STATUS_SUCCESS;
    return iosb->Status;
}

}  // namespace

extern "C" NTSTATUS ZwCreateFile(PHANDLE handle, ACCESS_MASK access, POBJECT_ATTRIBUTES attributes,
                                 PIO_STATUS_BLOCK iosb, PLARGE_INTEGER, ULONG, ULONG,
                                 ULONG disposition, ULONG options, PVOID, ULONG) {
    check_passive("ZwCreateFile", __builtin_return_address(0));
    return guarded("ZwCreateFile",
                   [&] { return create(handle, access, attributes, iosb, disposition, options); });
}

extern "C" NTSTATUS ZwOpenFile(PHANDLE handle, ACCESS_MASK access, POBJECT_ATTRIBUTES attributes,
                               PIO_STATUS_BLOCK iosb, ULONG, ULONG options) {
    check_passive("ZwOpenFile", __builtin_return_address(0));
    return guarded("ZwOpenFile",
                   [&] { return create(handle, access, attributes, iosb, FILE_OPEN, options); });
}

extern "C" NTSTATUS ZwReadFile(HANDLE handle, HANDLE event, PIO_APC_ROUTINE apc, PVOID,
                               PIO_STATUS_BLOCK iosb, PVOID buffer, ULONG length,
                               PLARGE_INTEGER byte_offset, PULONG) {
    check_passive("ZwReadFile", __builtin_return_address(0));
    return guarded("ZwReadFile", [&] {
        return transfer(handle, event, apc, iosb, buffer, length, byte_offset, false);
    });
}

extern "C" NTSTATUS ZwWriteFile(HANDLE handle, HANDLE event, PIO_APC_ROUTINE apc, PVOID,
                                PIO_STATUS_BLOCK iosb, PVOID buffer, ULONG length,
                                PLARGE_INTEGER byte_offset, PULONG) {
    check_passive("ZwWriteFile", __builtin_return_address(0));
    return guarded("ZwWriteFile", [&] {
        return transfer(handle, event, apc, iosb, buffer, length, byte_offset, true);
    });
}

extern "C" NTSTATUS ZwQueryInformationFile(HANDLE handle, PIO_STATUS_BLOCK iosb, PVOID information,
                                           ULONG length, FILE_INFORMATION_CLASS information_class) {
    check_passive("ZwQueryInformationFile", __builtin_return_address(0));
    return guarded("ZwQueryInformationFile", [&]() -> NTSTATUS {
        if (!iosb || !information) return STATUS_INVALID_PARAMETER;
        HostFile* file = nullptr;
        NTSTATUS status = file_of(handle, file);
        if (!NT_SUCCESS(status)) return status;
        struct stat st {};
        if (::fstat(file->fd, &st) != 0) return status_of_errno(errno);
        // 100 ns units since 1601, as Windows counts file times.
        auto filetime = [](const timespec& t) {
            LARGE_INTEGER v;
            v.QuadPart = (t.tv_sec + 11644473600LL) * 10000000LL + t.tv_nsec / 100;
            return v;
        };
        ULONG needed = 0;
        switch (information_class) {
            case FileBasicInformation: {
                needed = sizeof(FILE_BASIC_INFORMATION);
                if (length < needed) return STATUS_INFO_LENGTH_MISMATCH;
                auto* info = static_cast<PFILE_BASIC_INFORMATION>(information);
                info->CreationTime = filetime(st.st_mtim);
                info->LastAccessTime = filetime(st.st_atim);
                info->LastWriteTime = filetime(st.st_mtim);
                info->ChangeTime = filetime(st.st_ctim);
                info->FileAttributes =
                    file->directory ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_NORMAL;
                break;
            }
            case FileStandardInformation: {
                needed = sizeof(FILE_STANDARD_INFORMATION);
                if (length < needed) return STATUS_INFO_LENGTH_MISMATCH;
                auto* info = static_cast<PFILE_STANDARD_INFORMATION>(information);
                info->AllocationSize.QuadPart = static_cast<LONGLONG>(st.st_blocks) * 512;
                info->EndOfFile.QuadPart = st.st_size;
                info->NumberOfLinks = static_cast<ULONG>(st.st_nlink);
                info->DeletePending = FALSE;
                info->Directory = file->directory;
                break;
            }
            case FilePositionInformation: {
                needed = sizeof(FILE_POSITION_INFORMATION);
                if (length < needed) return STATUS_INFO_LENGTH_MISMATCH;
                std::lock_guard lock(file->mutex);
                static_cast<PFILE_POSITION_INFORMATION>(information)->CurrentByteOffset.QuadPart =
                    file->position;
                break;
            }
            default:
                return STATUS_INVALID_INFO_CLASS;
        }
        iosb->Status = STATUS_SUCCESS;
        iosb->Information = needed;
        return STATUS_SUCCESS;
    });
}

extern "C" NTSTATUS ZwSetInformationFile(HANDLE handle, PIO_STATUS_BLOCK iosb, PVOID information,
                                         ULONG length, FILE_INFORMATION_CLASS information_class) {
    check_passive("ZwSetInformationFile", __builtin_return_address(0));
    return guarded("ZwSetInformationFile", [&]() -> NTSTATUS {
        if (!iosb || !information) return STATUS_INVALID_PARAMETER;
        HostFile* file = nullptr;
        NTSTATUS status = file_of(handle, file);
        if (!NT_SUCCESS(status)) return status;
        std::lock_guard lock(file->mutex);
        switch (information_class) {
            case FilePositionInformation: {
                if (length < sizeof(FILE_POSITION_INFORMATION)) return STATUS_INFO_LENGTH_MISMATCH;
                LONGLONG at = static_cast<PFILE_POSITION_INFORMATION>(information)
                                  ->CurrentByteOffset.QuadPart;
                if (at < 0) return STATUS_INVALID_PARAMETER;
                file->position = at;
                break;
            }
            case FileEndOfFileInformation: {
                if (length < sizeof(FILE_END_OF_FILE_INFORMATION))
                    return STATUS_INFO_LENGTH_MISMATCH;
                LONGLONG end =
                    static_cast<PFILE_END_OF_FILE_INFORMATION>(information)->EndOfFile.QuadPart;
                if (end < 0) return STATUS_INVALID_PARAMETER;
                if (::ftruncate(file->fd, end) != 0) return status_of_errno(errno);
                break;
            }
            default:
                return STATUS_INVALID_INFO_CLASS;
        }
        iosb->Status = STATUS_SUCCESS;
        iosb->Information = 0;
        return STATUS_SUCCESS;
    });
}

}  // namespace wpptrace::framework
