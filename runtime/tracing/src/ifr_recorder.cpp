// ifr_recorder.cpp - the cold half of the in-flight recorder: the files (one per driver and per
// log, in a directory of the process that only its owner can write), their mapping, the clock's
// calibration, thread indices, sizes, and the fault note the host leaves on a crash. The hot
// half is <wpp/detail/ifr_write.h>; the layout <wpp/ifr_format.h>.
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#define WPP_IFR_HAVE_TSC 1
#else
#define WPP_IFR_HAVE_TSC 0
#endif
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/rseq.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include <wpp/detail/ifr_write.h>
#include <wpp/runtime.h>
#include <wpp/win_types.h>

#include "ifr_config.hpp"
#include "module_identity.hpp"

namespace wpptrace::runtime {
namespace {

// Never destroyed: drivers' unload destructors may close recorders after this library's static
// destructors ran.
std::mutex& ifr_mutex = *new std::mutex;
std::map<std::string, unsigned long>& configured_sizes = *new std::map<std::string, unsigned long>;
std::map<std::string, IfrTime>& configured_times = *new std::map<std::string, IfrTime>;

// The open recorders, for the fault note (read from a signal handler: atomics only).
std::atomic<wpp_ifr*> open_recorders[64];

std::int64_t realtime_ns() {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The TSC counts at one rate on every CPU and in every power state (CPUID 0x80000007 EDX bit 8).
bool invariant_tsc() {
#if !WPP_IFR_HAVE_TSC
    return false;
#else
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(0x80000000u, &a, &b, &c, &d) || a < 0x80000007u) return false;
    if (!__get_cpuid(0x80000007u, &a, &b, &c, &d)) return false;
    return (d >> 8) & 1u;
#endif
}

// Two (TSC, CLOCK_REALTIME) readings 2 ms apart, once per process and only for a precise
// recorder: the decoder's conversion.
struct Calibration {
    std::uint32_t clock = WPP_IFR_CLOCK_REALTIME;
    std::uint64_t tsc[2] = {};
    std::int64_t realtime[2] = {};
};

// One reading of both clocks, the TSC read on either side of the real-time clock.
void read_both(std::uint64_t& tsc, std::int64_t& realtime) {
#if WPP_IFR_HAVE_TSC
    const std::uint64_t before = __builtin_ia32_rdtsc();
    realtime = realtime_ns();
    tsc = before + (__builtin_ia32_rdtsc() - before) / 2;
#else
    realtime = realtime_ns();
    tsc = 0;
#endif
}

const Calibration& calibration() {
    static const Calibration calibrated = [] {
        Calibration c;
        if (!invariant_tsc() || std::getenv("WPPTRACE_IFR_NO_TSC")) return c;
        c.clock = WPP_IFR_CLOCK_TSC;
        read_both(c.tsc[0], c.realtime[0]);
        do read_both(c.tsc[1], c.realtime[1]);
        while (c.realtime[1] - c.realtime[0] < 2000000);
        return c;
    }();
    return calibrated;
}

// A directory that exists as a directory (not a link) of ours that nobody else can write.
bool owned_private_dir(const std::string& path, std::string& why) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        why = path + ": " + std::strerror(errno);
        return false;
    }
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH))) {
        why = path + " is not a directory of this user that only it can write";
        return false;
    }
    return true;
}

// Makes `path` (mode 0700) unless it exists; then it must be ours and private.
bool make_private_dir(const std::string& path, std::string& why) {
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
        why = "cannot create " + path + ": " + std::strerror(errno);
        return false;
    }
    return owned_private_dir(path, why);
}

// WPPTRACE_IFR_DIR (which must exist), else $XDG_RUNTIME_DIR/wpptrace/ifr, else
// /tmp/wpptrace-<uid>/ifr; then <pid> below it.
bool process_dir(std::string& dir, std::string& why) {
    std::string base;
    if (const char* configured = std::getenv("WPPTRACE_IFR_DIR"); configured && *configured) {
        base = configured;
        if (!owned_private_dir(base, why)) return false;
    } else {
        const char* runtime = std::getenv("XDG_RUNTIME_DIR");
        std::string root = runtime && *runtime ? std::string(runtime) + "/wpptrace"
                                               : "/tmp/wpptrace-" + std::to_string(::geteuid());
        if (!make_private_dir(root, why)) return false;
        base = root + "/ifr";
        if (!make_private_dir(base, why)) return false;
    }
    dir = base + "/" + std::to_string(::getpid());
    return make_private_dir(dir, why);
}

std::string file_name_part(std::string_view text) {
    std::string out;
    for (char c : text)
        out += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.'
                   ? c
                   : '_';
    return out.empty() || out[0] == '.' ? "_" + out : out;
}

std::uint32_t ring_bytes_for(unsigned long bytes) {
    std::uint32_t ring = WPP_IFR_MIN_RING_BYTES;
    while (ring < bytes && ring < WPP_IFR_MAX_RING_BYTES) ring <<= 1;
    return ring;
}

void copy_text(char* to, std::size_t size, std::string_view text) {
    const std::size_t n = std::min(text.size(), size - 1);
    std::memcpy(to, text.data(), n);
    to[n] = 0;
}

// A child of fork() inherits the shared mappings and the thread indices: its messages would
// land in the parent's rings, mixed with the parent's. It gets private, empty rings instead (at
// the same addresses, so that no pointer changes): it keeps recording in memory, and the
// parent's files stay the parent's.
void give_child_private_rings() {
    for (auto& slot : open_recorders) {
        wpp_ifr* recorder = slot.load();
        if (!recorder) continue;
        const std::size_t bytes =
            WPP_IFR_HEADER_BYTES + std::size_t{recorder->ring_count} * recorder->ring_stride;
        ::mmap(recorder->header, bytes, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    }
}

void remember(wpp_ifr* recorder) {
    static const bool fork_handled = [] {
        ::pthread_atfork(nullptr, nullptr, give_child_private_rings);
        return true;
    }();
    (void)fork_handled;
    for (auto& slot : open_recorders) {
        wpp_ifr* expected = nullptr;
        if (slot.compare_exchange_strong(expected, recorder)) return;
    }
}

void forget(wpp_ifr* recorder) {
    for (auto& slot : open_recorders) {
        wpp_ifr* expected = recorder;
        if (slot.compare_exchange_strong(expected, nullptr)) return;
    }
}

// The header's clock for a mode: precise is the TSC where it is invariant (and
// WPPTRACE_IFR_NO_TSC is unset), else CLOCK_REALTIME.
std::uint32_t clock_for(IfrTime time) {
    switch (time) {
        case IfrTime::none:
            return WPP_IFR_CLOCK_NONE;
        case IfrTime::millisecond:
            return WPP_IFR_CLOCK_REALTIME_COARSE;
        case IfrTime::precise:
            break;
    }
    return calibration().clock;
}

// What the reader says of the times: clock_getres() of the clock (the kernel tick for the
// coarse one); 1 for the TSC (finer than a nanosecond); 0 when no clock is read.
std::uint32_t resolution_ns(std::uint32_t clock) {
    timespec res{};
    switch (clock) {
        case WPP_IFR_CLOCK_TSC:
            return 1;
        case WPP_IFR_CLOCK_REALTIME:
        case WPP_IFR_CLOCK_REALTIME_COARSE:
            if (clock_getres(
                    clock == WPP_IFR_CLOCK_REALTIME ? CLOCK_REALTIME : CLOCK_REALTIME_COARSE,
                    &res) != 0 ||
                res.tv_sec != 0)
                return 0;
            return static_cast<std::uint32_t>(res.tv_nsec);
        default:
            return 0;
    }
}

struct Identity {
    std::string module, log, path, build_id;
};

// Creates and maps one recorder file; nullptr (said on stderr) when it cannot.
wpp_ifr* create_recorder(const Identity& who, std::uint32_t ring_bytes, std::uint32_t rings,
                         std::uint32_t clock, std::string& file) {
    std::string dir, why;
    if (!process_dir(dir, why)) {
        std::fprintf(stderr, "wpptrace: no in-flight recorder for %s: %s\n", who.module.c_str(),
                     why.c_str());
        return nullptr;
    }
    const std::string stem = dir + "/" + file_name_part(who.module) +
                             (who.log.empty() ? "" : "@" + file_name_part(who.log));
    const std::size_t bytes =
        WPP_IFR_HEADER_BYTES + std::size_t{rings} * (WPP_IFR_RING_HEADER_BYTES + ring_bytes);
    int fd = -1;
    for (int n = 0; n < 100 && fd < 0; ++n) {  // a log's name may repeat: number the others
        file = stem + (n ? "." + std::to_string(n) : "") + WPP_IFR_FILE_SUFFIX;
        fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        std::fprintf(stderr, "wpptrace: no in-flight recorder for %s: cannot create %s: %s\n",
                     who.module.c_str(), file.c_str(), std::strerror(errno));
        return nullptr;
    }
    // Reserved now: a write into a mapping the file system cannot back would be SIGBUS.
    int error = ::posix_fallocate(fd, 0, static_cast<off_t>(bytes));
    void* map =
        error ? MAP_FAILED : ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (map == MAP_FAILED && !error) error = errno;
    ::close(fd);
    if (map == MAP_FAILED) {
        std::fprintf(stderr, "wpptrace: no in-flight recorder for %s: %s: %s\n", who.module.c_str(),
                     file.c_str(), std::strerror(error));
        ::unlink(file.c_str());
        return nullptr;
    }
    const Calibration& c = clock == WPP_IFR_CLOCK_TSC ? calibration() : Calibration{};
    auto* header = static_cast<wpp_ifr_header*>(map);
    header->header_bytes = WPP_IFR_HEADER_BYTES;
    header->ring_header_bytes = WPP_IFR_RING_HEADER_BYTES;
    header->ring_count = rings;
    header->ring_bytes = ring_bytes;
    header->pid = static_cast<std::uint32_t>(::getpid());
    header->clock = clock;
    header->clock_resolution_ns = resolution_ns(clock);
    header->state = WPP_IFR_STATE_OPEN;
    for (int i = 0; i < 2; ++i) {
        header->tsc[i] = c.tsc[i];
        header->realtime_ns[i] = c.realtime[i];
    }
    header->created_ns = realtime_ns();
    copy_text(header->module, sizeof header->module, who.module);
    copy_text(header->log, sizeof header->log, who.log);
    copy_text(header->path, sizeof header->path, who.path);
    copy_text(header->build_id, sizeof header->build_id, who.build_id);
    copy_text(header->process, sizeof header->process, program_invocation_short_name);
    // The magic last: a reader never takes a half-made header for a recorder.
    __atomic_store_n(&header->magic, WPP_IFR_MAGIC, __ATOMIC_RELEASE);

    auto* recorder = new wpp_ifr{header,
                                 static_cast<unsigned char*>(map) + WPP_IFR_HEADER_BYTES,
                                 rings,
                                 ring_bytes,
                                 WPP_IFR_RING_HEADER_BYTES + ring_bytes,
                                 clock};
    remember(recorder);
    return recorder;
}

// The files of open recorders, by recorder, with the process that made them (for removal at
// close, by that process only: a forked child's cleanup leaves the parent's files alone).
struct RecorderFile {
    std::string path;
    pid_t owner = 0;
};
std::map<const wpp_ifr*, RecorderFile>& recorder_files =
    *new std::map<const wpp_ifr*, RecorderFile>;

void close_recorder(wpp_ifr* recorder) {
    if (!recorder) return;
    forget(recorder);
    __atomic_store_n(&recorder->header->state, WPP_IFR_STATE_CLOSED, __ATOMIC_RELEASE);
    const std::size_t bytes =
        WPP_IFR_HEADER_BYTES + std::size_t{recorder->ring_count} * recorder->ring_stride;
    ::munmap(recorder->header, bytes);
    std::string file;
    {
        std::lock_guard lock(ifr_mutex);
        auto it = recorder_files.find(recorder);
        if (it != recorder_files.end()) {
            if (it->second.owner == ::getpid()) file = std::move(it->second.path);
            recorder_files.erase(it);
        }
    }
    const char* keep = std::getenv("WPPTRACE_IFR_KEEP");
    if (!file.empty() && !(keep && *keep && std::strcmp(keep, "0") != 0)) {
        ::unlink(file.c_str());
        ::rmdir(file.substr(0, file.rfind('/')).c_str());  // the process's dir, once empty
    }
    delete recorder;
}

// The service name of a registry path (\Registry\Machine\...\Services\Serial -> Serial).
std::string service_name(const void* registry_path) {
    if (!registry_path) return {};
    const auto* path = static_cast<const UNICODE_STRING*>(registry_path);
    if (!path->Buffer) return {};
    std::string name;
    for (std::size_t i = 0; i < path->Length / sizeof(WCHAR); ++i) {
        const WCHAR c = path->Buffer[i];
        if (c == L'\\')
            name.clear();
        else
            name += c < 0x80 ? static_cast<char>(c) : '_';
    }
    return name;
}

// The time mode for a driver: wpptrace_ifr_configure_timestamps (by module or service name), else
// WPPTRACE_IFR_TIME, else millisecond.
IfrTime time_for(const std::string& module, const std::string& service) {
    const IfrSettings& settings = ifr_settings();
    std::lock_guard lock(ifr_mutex);
    for (const std::string* name : {&module, &service})
        if (auto it = configured_times.find(*name); !name->empty() && it != configured_times.end())
            return it->second;
    return settings.time;
}

// The ring size for a driver: wpptrace_ifr_configure (by module or service name), else
// WPPTRACE_IFR; 0 when its recorder is off.
unsigned long size_for(const std::string& module, const std::string& service) {
    const IfrSettings settings = ifr_settings();
    std::lock_guard lock(ifr_mutex);
    for (const std::string* name : {&module, &service})
        if (auto it = configured_sizes.find(*name); !name->empty() && it != configured_sizes.end())
            return it->second;
    return settings.enabled ? settings.ring_bytes : 0;
}

// Process-wide thread indices, each held by one live thread.
std::atomic<bool> index_taken[WPP_IFR_MAX_RINGS];

struct ThreadIndex {
    std::uint32_t value = WPP_IFR_MAX_RINGS;
    ThreadIndex() {
        for (std::uint32_t i = 0; i < WPP_IFR_MAX_RINGS; ++i) {
            bool expected = false;
            if (index_taken[i].compare_exchange_strong(expected, true)) {
                value = i;
                return;
            }
        }
    }
    ~ThreadIndex() {
        if (value < WPP_IFR_MAX_RINGS) index_taken[value].store(false);
    }
    ThreadIndex(const ThreadIndex&) = delete;
    ThreadIndex& operator=(const ThreadIndex&) = delete;
};

const std::uint32_t no_cpu = WPP_IFR_NO_CPU;

// The calling thread's CPU word for records: the cpu_id of the rseq area glibc (2.35 and later)
// registers for every thread, which the kernel rewrites whenever the thread is scheduled onto
// another CPU, so the hot path pays one load (bench/RESULTS.md, "In-flight recorder": the CPU
// number). Without rseq (a kernel before 4.18, or GLIBC_TUNABLES=glibc.pthread.rseq=0),
// WPP_IFR_NO_CPU.
const volatile std::uint32_t* rseq_cpu_word() {
    if (__rseq_size == 0) return &no_cpu;
    const auto* area = reinterpret_cast<const volatile struct rseq*>(
        static_cast<const char*>(__builtin_thread_pointer()) + __rseq_offset);
    return &area->cpu_id;
}

}  // namespace

extern "C" void wpptrace_ifr_attach_thread(wpp_ifr_thread* thread) {
    thread_local ThreadIndex index;
    thread->tid = static_cast<std::uint32_t>(::syscall(SYS_gettid));
    thread->cpu = rseq_cpu_word();
    thread->index_plus_one = index.value + 1;  // past every recorder's rings when none was free
}

static_assert(WPP_IFR_LAYOUT_VERSION == 2, "name wpptrace_ifr_open_module_v2 for the new layout");

// A driver built with layout version 1's headers (40-byte records, a 12-byte thread block):
// no recorder, so its hot path never writes into a version-2 file or attaches its thread.
extern "C" void wpptrace_ifr_open_module(const wpp_module_desc*, wpp_ifr**, const void*) {}

extern "C" void wpptrace_ifr_open_module_v2(const wpp_module_desc* desc, wpp_ifr** recorder,
                                            const void* registry_path) {
    if (!desc || desc->magic != WPP_MODULE_MAGIC || !recorder || *recorder) return;
    try {
        const std::string service = service_name(registry_path);
        const unsigned long bytes = size_for(desc->name, service);
        if (!bytes) return;
        ModuleIdentity identity = identify_module(desc);
        std::string file;
        wpp_ifr* opened = create_recorder({desc->name, "", identity.path, identity.build_id},
                                          ring_bytes_for(bytes), ifr_settings().rings,
                                          clock_for(time_for(desc->name, service)), file);
        if (!opened) return;
        {
            std::lock_guard lock(ifr_mutex);
            recorder_files[opened] = {file, ::getpid()};
        }
        __atomic_store_n(recorder, opened, __ATOMIC_RELEASE);
    } catch (...) {
        std::fprintf(stderr, "wpptrace: no in-flight recorder for %s: out of memory\n", desc->name);
    }
}

extern "C" void wpptrace_ifr_close_module(wpp_ifr** recorder) {
    if (!recorder) return;
    close_recorder(__atomic_exchange_n(recorder, nullptr, __ATOMIC_ACQ_REL));
}

extern "C" wpp_ifr* wpptrace_ifr_open_log(wpp_ifr* module_recorder, const char* identifier,
                                          unsigned long bytes) {
    if (!module_recorder) return nullptr;
    try {
        const wpp_ifr_header& h = *module_recorder->header;
        Identity who{std::string(h.module, strnlen(h.module, sizeof h.module)),
                     identifier && *identifier ? identifier : "log",
                     std::string(h.path, strnlen(h.path, sizeof h.path)),
                     std::string(h.build_id, strnlen(h.build_id, sizeof h.build_id))};
        std::string file;
        // A log keeps its driver's time mode.
        wpp_ifr* opened = create_recorder(who, ring_bytes_for(bytes), module_recorder->ring_count,
                                          module_recorder->clock, file);
        if (opened) {
            std::lock_guard lock(ifr_mutex);
            recorder_files[opened] = {file, ::getpid()};
        }
        return opened;
    } catch (...) {
        return nullptr;
    }
}

extern "C" void wpptrace_ifr_close_log(wpp_ifr* log) {
    close_recorder(log);
}

extern "C" void wpptrace_ifr_mapping(const wpp_ifr* recorder, void** data, unsigned long* bytes) {
    if (data) *data = recorder ? recorder->header : nullptr;
    if (bytes)
        *bytes = recorder
                     ? WPP_IFR_HEADER_BYTES +
                           static_cast<unsigned long>(recorder->ring_count) * recorder->ring_stride
                     : 0;
}

extern "C" void wpptrace_ifr_configure(const char* driver, unsigned long bytes) {
    if (!driver) return;
    try {
        std::lock_guard lock(ifr_mutex);
        configured_sizes[driver] = bytes;
    } catch (...) {
    }
}

extern "C" void wpptrace_ifr_configure_timestamps(const char* driver, long use_timestamp,
                                                  long precise_timestamp) {
    if (!driver) return;
    const std::optional<IfrTime> time = ifr_time_from_registry(use_timestamp, precise_timestamp);
    try {
        std::lock_guard lock(ifr_mutex);
        if (time)
            configured_times[driver] = *time;
        else
            configured_times.erase(driver);
    } catch (...) {
    }
}

extern "C" void wpptrace_ifr_note_fault(const char* text) {
    if (!text) return;
    for (auto& slot : open_recorders) {
        wpp_ifr* recorder = slot.load();
        if (!recorder) continue;
        char* fault = recorder->header->fault;
        std::size_t n = 0;
        while (text[n] && n + 1 < sizeof recorder->header->fault) {
            fault[n] = text[n];
            ++n;
        }
        fault[n] = 0;
    }
}

}  // namespace wpptrace::runtime
