// The in-flight recorder in a process that traces itself with no session at all: its file,
// wrap-around, concurrent writers, logs, a torn last message, hostile files, and `wpptrace ifr`
// on a live recorder.
#define WPP_CONTROL_GUIDS                                                        \
    WPP_DEFINE_CONTROL_GUID(IfrTest, (5c0ffee1, 1f2e, 4d3c, 9b8a, 79a6b5c4d3e2), \
                            WPP_DEFINE_BIT(FLAG_A))
#include <wpp/wpp.h>
// IFRLOG trace functions' expansion (a generated .tmh includes it).
#include <wpp/detail/func.h>

#include <gtest/gtest.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <WppRecorder.h>
#include <barrier>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>
#include <tuple>
#include <vector>

#include "e2e_test.hpp"
#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/ifr_reader.hpp"

namespace wpptrace::testing {
namespace {

namespace wd = wpptrace::decoder;
namespace fs = std::filesystem;

// The driver's recorder, in a private directory, for the life of the object.
class Recorder {
  public:
    explicit Recorder(unsigned long ring_bytes) {
        ::setenv("WPPTRACE_IFR_DIR", dir_.path().c_str(), 1);
        wpptrace_ifr_configure("IfrTest", ring_bytes);
        WPP_INIT_TRACING(L"IfrTest");
    }
    ~Recorder() { WPP_CLEANUP(); }
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    std::string process_dir() const { return dir_ / std::to_string(::getpid()); }
    std::string file(const std::string& name = "IfrTest") const {
        return process_dir() + "/" + name + ".ifr";
    }

  private:
    TempDir dir_;
};

std::vector<const wd::IfrMessage*> ring_messages(const wd::IfrImage& image, std::uint32_t ring) {
    std::vector<const wd::IfrMessage*> out;
    for (const auto& m : image.messages)
        if (m.ring == ring) out.push_back(&m);
    return out;
}

TEST(InFlightRecorder, IsAPrivateFileOfTheProcessWithTheDriverNamed) {
    Recorder recorder(16 << 10);
    TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "hello %d", 7);
    struct stat st {};
    ASSERT_EQ(::stat(recorder.file().c_str(), &st), 0) << recorder.file();
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(recorder.process_dir().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
    wd::IfrImage image = wd::read_ifr_file(recorder.file());
    EXPECT_EQ(image.info.module, "IfrTest");
    EXPECT_EQ(image.info.pid, static_cast<std::uint32_t>(::getpid()));
    EXPECT_TRUE(image.info.live);
    EXPECT_FALSE(image.info.build_id.empty());
    EXPECT_EQ(fs::canonical(image.info.path), fs::canonical("/proc/self/exe"));
    ASSERT_EQ(image.messages.size(), 1u);
    ASSERT_EQ(image.messages[0].word_count, 1u);
    EXPECT_EQ(image.words[image.messages[0].first_word], 7u);
    EXPECT_EQ(image.messages[0].level, TRACE_LEVEL_INFORMATION);
    // Its time is now, to within a second.
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    EXPECT_LT(std::llabs(image.messages[0].time_ns -
                         std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
              1000000000ll);
}

TEST(InFlightRecorder, WrapAroundKeepsExactlyTheNewestMessages) {
    Recorder recorder(16 << 10);
    constexpr int total = 5000;
    for (int i = 0; i < total; ++i)
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "message %d of %d", i, total);
    wd::IfrImage image = wd::read_ifr_file(recorder.file());
    ASSERT_FALSE(image.messages.empty());
    auto kept = ring_messages(image, image.messages.front().ring);
    ASSERT_EQ(kept.size(), image.messages.size());  // one thread, one ring
    // Each message 48 + 2 * 8 bytes: a 16 KiB ring holds 256 of them.
    const std::size_t fits = (16 << 10) / (WPP_IFR_RECORD_BYTES + 2 * 8);
    EXPECT_GE(kept.size(), fits - 1);
    EXPECT_LE(kept.size(), fits);
    // Sequence numbers count from 1: message i has i + 1.
    EXPECT_EQ(kept.back()->sequence, std::uint64_t{total});
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const std::uint64_t expected = total - kept.size() + k;
        ASSERT_EQ(kept[k]->sequence, expected + 1);
        ASSERT_EQ(image.words[kept[k]->first_word], expected) << "message " << k;
    }
    EXPECT_TRUE(image.warnings.empty());
}

TEST(InFlightRecorder, ConcurrentWritersLoseNothingThatFits) {
    Recorder recorder(64 << 10);
    constexpr int threads = 4, each = 500;
    // All alive at once (a thread's ring index passes on when it ends), writing together.
    std::barrier start(threads), end(threads);
    std::vector<std::thread> writers;
    for (int t = 0; t < threads; ++t)
        writers.emplace_back([t, &start, &end] {
            start.arrive_and_wait();
            for (int i = 0; i < each; ++i)
                TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "thread %d message %d", t, i);
            end.arrive_and_wait();
        });
    for (auto& w : writers) w.join();
    wd::IfrImage image = wd::read_ifr_file(recorder.file());
    for (const auto& w : image.warnings) ADD_FAILURE() << w;
    EXPECT_EQ(image.info.unrecorded, 0u);
    ASSERT_EQ(image.messages.size(), std::size_t{threads} * each);
    std::vector<std::vector<int>> seen(threads);
    for (const auto& m : image.messages) {
        const std::uint64_t* words = &image.words[m.first_word];
        ASSERT_LT(words[0], static_cast<std::uint64_t>(threads));
        auto& list = seen[words[0]];
        EXPECT_EQ(words[1], list.size());  // in order within its thread
        list.push_back(static_cast<int>(words[1]));
    }
    for (int t = 0; t < threads; ++t) EXPECT_EQ(seen[t].size(), std::size_t{each});
}

TEST(InFlightRecorder, ATornLastMessageIsReportedAndNotDecoded) {
    Recorder recorder(16 << 10);
    for (int i = 0; i < 10; ++i) TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "n %d", i);
    std::string bytes = read_file(recorder.file());
    wd::IfrImage whole = wd::parse_ifr_image(
        {reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}, "copy");
    ASSERT_EQ(whole.messages.size(), 10u);
    EXPECT_EQ(whole.info.torn, 0u);
    // The state a death mid-write leaves: the next record's sequence word written (the writer's
    // first store), its head not yet moved.
    const std::uint32_t ring = whole.messages.back().ring;
    const std::size_t ring_at =
        WPP_IFR_HEADER_BYTES + std::size_t{ring} * (WPP_IFR_RING_HEADER_BYTES + (16 << 10));
    wpp_ifr_ring header;
    std::memcpy(&header, bytes.data() + ring_at, sizeof header);
    const std::uint64_t next = 11;
    std::memcpy(bytes.data() + ring_at + WPP_IFR_RING_HEADER_BYTES + header.head, &next,
                sizeof next);
    wd::IfrImage torn = wd::parse_ifr_image(
        {reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()}, "copy");
    EXPECT_EQ(torn.messages.size(), 10u);
    EXPECT_EQ(torn.info.torn, 1u);
    ASSERT_EQ(torn.warnings.size(), 1u);
    EXPECT_TRUE(contains(torn.warnings[0], "message 11 was being written")) << torn.warnings[0];
}

TEST(InFlightRecorder, ALogHasItsOwnRecorderAndIfrLogCallsGoThere) {
    Recorder recorder(16 << 10);
    RECORDER_LOG_CREATE_PARAMS params;
    RECORDER_LOG_CREATE_PARAMS_INIT(&params, "Queue");
    params.TotalBufferSize = 32 << 10;
    RECORDER_LOG log = nullptr;
    ASSERT_EQ(WppRecorderLogCreate(&params, &log), STATUS_SUCCESS);
    // What a generated IFRLOG trace function expands to (tracewpp: WPP_FUNC_IFRLOG_).
    do {
        WPP_FUNC_IFRLOG_(log);
        TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "into the log %d", 1);
    } while (0);
    TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "into the driver's %d", 2);
    wd::IfrImage log_image = wd::read_ifr_file(recorder.file("IfrTest@Queue"));
    EXPECT_EQ(log_image.info.log, "Queue");
    EXPECT_EQ(log_image.info.ring_bytes, 32u << 10);
    ASSERT_EQ(log_image.messages.size(), 1u);
    EXPECT_EQ(log_image.words[log_image.messages[0].first_word], 1u);
    wd::IfrImage driver_image = wd::read_ifr_file(recorder.file());
    ASSERT_EQ(driver_image.messages.size(), 1u);
    EXPECT_EQ(driver_image.words[driver_image.messages[0].first_word], 2u);

    // The live dumps give the recorders' bytes, which read as recorders.
    PVOID data = nullptr;
    ULONG length = 0;
    ASSERT_EQ(WppRecorderLogDumpLiveData(log, &data, &length, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(wd::parse_ifr_image({static_cast<const unsigned char*>(data), length}, "log")
                  .messages.size(),
              1u);
    ASSERT_EQ(WppRecorderDumpLiveDriverData(&data, &length, nullptr), STATUS_SUCCESS);
    EXPECT_EQ(wd::parse_ifr_image({static_cast<const unsigned char*>(data), length}, "driver")
                  .messages.size(),
              1u);
    WppRecorderLogDelete(log);
    EXPECT_FALSE(fs::exists(recorder.file("IfrTest@Queue")));
}

TEST(InFlightRecorder, AForkedChildWritesNothingIntoTheParentsRecorder) {
    Recorder recorder(16 << 10);
    TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "parent %d", 1);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        for (int i = 0; i < 100; ++i) TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "child %d", i);
        WPP_CLEANUP();  // must not remove the parent's file either
        ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "parent %d", 2);
    ASSERT_TRUE(fs::exists(recorder.file()));
    wd::IfrImage image = wd::read_ifr_file(recorder.file());
    ASSERT_EQ(image.messages.size(), 2u);
    EXPECT_EQ(image.words[image.messages[1].first_word], 2u);
    EXPECT_EQ(image.messages[1].sequence, 2u);
    EXPECT_TRUE(image.warnings.empty());
}

TEST(InFlightRecorder, CleanupRemovesTheFile) {
    std::string file;
    {
        Recorder recorder(16 << 10);
        TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "x %d", 1);
        file = recorder.file();
        ASSERT_TRUE(fs::exists(file));
    }
    EXPECT_FALSE(fs::exists(file));
}

// Each record keeps the CPU its message was written on (the thread's rseq cpu_id), shown where
// the line format has one (%!CPU!, the default prefix's first field).
TEST(InFlightRecorder, EachMessageKeepsTheCpuItWasWrittenOn) {
    cpu_set_t allowed;
    ASSERT_EQ(::sched_getaffinity(0, sizeof allowed, &allowed), 0);
    Recorder recorder(16 << 10);
    std::vector<int> cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed)) continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        ASSERT_EQ(::sched_setaffinity(0, sizeof one, &one), 0);
        TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "on cpu %d", cpu);
        cpus.push_back(cpu);
        if (cpus.size() == 4) break;
    }
    ASSERT_EQ(::sched_setaffinity(0, sizeof allowed, &allowed), 0);
    wd::IfrImage image = wd::read_ifr_file(recorder.file());
    ASSERT_EQ(image.messages.size(), cpus.size());
    for (std::size_t k = 0; k < cpus.size(); ++k) {
        EXPECT_TRUE(image.messages[k].has_cpu);
        EXPECT_EQ(image.messages[k].cpu, static_cast<std::uint32_t>(cpus[k]));
    }
    Output dump = run({tool, "ifr", "dump", recorder.file()});
    EXPECT_EQ(dump.status, 0) << describe(dump);
    const std::vector<std::string> lines = lines_of(dump.stdout_text);
    ASSERT_EQ(lines.size(), cpus.size()) << describe(dump);
    for (std::size_t k = 0; k < cpus.size(); ++k) {
        const std::string cpu = std::to_string(cpus[k]);
        EXPECT_TRUE(lines[k].starts_with("[" + cpu + "]")) << lines[k];
        EXPECT_TRUE(lines[k].ends_with("on cpu " + cpu)) << lines[k];
    }
}

// A driver built with the headers of layout version 1 calls wpptrace_ifr_open_module (version
// 2's is wpptrace_ifr_open_module_v2): it gets no recorder, so its hot path never writes
// 40-byte records into a version-2 file nor hands libwpptrace a thread block of the old shape.
extern "C" void wpptrace_ifr_open_module(const wpp_module_desc*, wpp_ifr**, const void*);

TEST(InFlightRecorder, ADriverBuiltForLayoutOneGetsNoRecorder) {
    TempDir dir;
    ::setenv("WPPTRACE_IFR_DIR", dir.path().c_str(), 1);
    wpp_module_desc old_driver{};
    old_driver.magic = WPP_MODULE_MAGIC;
    old_driver.name = "OldDriver";
    wpp_ifr* recorder = nullptr;
    wpptrace_ifr_open_module(&old_driver, &recorder, nullptr);
    EXPECT_EQ(recorder, nullptr);
    EXPECT_TRUE(fs::is_empty(dir.path())) << "a recorder file was made";
    wpptrace_ifr_open_module_v2(&old_driver, &recorder, nullptr);  // the same, built today
    ASSERT_NE(recorder, nullptr);
    wpptrace_ifr_close_module(&recorder);
}

TEST(InFlightRecorder, DumpDecodesALiveRecorderWithTheDriversCatalog) {
    Recorder recorder(16 << 10);
    TraceEvents(TRACE_LEVEL_WARNING, FLAG_A, "disk %s is %d%% full", "sda", 93);
    Output dump = run({tool, "ifr", "dump", "--noprefix", recorder.file()});
    EXPECT_EQ(dump.status, 0) << describe(dump);
    EXPECT_EQ(dump.stdout_text, "disk sda is 93% full\n") << describe(dump);
    Output json = run({tool, "ifr", "dump", "--json", std::to_string(::getpid())});
    EXPECT_TRUE(contains(json.stdout_text, "\"message\":\"disk sda is 93% full\""))
        << describe(json);
    Output list = run({tool, "ifr", "list", recorder.process_dir()});
    EXPECT_EQ(list.status, 0) << describe(list);
    EXPECT_TRUE(contains(list.stdout_text, " live ")) << list.stdout_text;
    EXPECT_TRUE(contains(list.stdout_text, "IfrTest")) << list.stdout_text;
}

// The signal-handler guard (ifr_write.h, wpp_ifr_thread.busy): a signal handler that traces
// while its thread is half-way through writing a message. The point is made exact with a real
// SIGSEGV: the ring page the message's argument words go to is made read-only, so the write
// faults after the record's first bytes (its sequence, its header) are stored; the handler
// traces, makes the page writable again and returns, and the interrupted store completes.
// Without the guard the handler's record would go where the interrupted one is being written
// (the same head), and that one would then come out with the handler's header and its own
// words: a misdecoded message. With it, the handler's message is dropped and counted
// (`unrecorded`, a warning of `ifr dump`); a handler that interrupts no write records as usual.
struct InterruptedWrite {
    unsigned char* page = nullptr;  // the read-only page the interrupted message writes to
    int handler_runs = 0;
    struct sigaction previous {};
};
InterruptedWrite* interrupted = nullptr;

void trace_from_handler() {
    TraceEvents(TRACE_LEVEL_ERROR, FLAG_A, "from the signal handler %d", 99);
}

void on_fault(int signal, siginfo_t* info, void*) {
    auto* at = static_cast<unsigned char*>(info->si_addr);
    const long page = ::sysconf(_SC_PAGESIZE);
    if (!interrupted || at < interrupted->page || at >= interrupted->page + page) {
        ::sigaction(signal, &interrupted->previous, nullptr);  // a real fault: fail loudly
        return;
    }
    ++interrupted->handler_runs;
    trace_from_handler();
    ::mprotect(interrupted->page, static_cast<std::size_t>(page), PROT_READ | PROT_WRITE);
}

// Where this process maps `file` (the lowest address of its mappings), or null.
unsigned char* mapping_of(const std::string& file) {
    const std::string wanted = fs::canonical(file).string();
    std::ifstream maps("/proc/self/maps");
    unsigned char* lowest = nullptr;
    for (std::string line; std::getline(maps, line);) {
        const std::size_t slash = line.find('/');
        if (slash == std::string::npos || line.substr(slash) != wanted) continue;
        auto* start = reinterpret_cast<unsigned char*>(std::stoull(line, nullptr, 16));
        if (!lowest || start < lowest) lowest = start;
    }
    return lowest;
}

TEST(InFlightRecorder, ASignalHandlerTracingDuringAWriteIsCountedNotTorn) {
    constexpr std::uint32_t ring_bytes = 16 << 10;
    Recorder recorder(ring_bytes);
    TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "first %d", 0);
    const std::uint32_t ring = wd::read_ifr_file(recorder.file()).messages.at(0).ring;
    unsigned char* base = mapping_of(recorder.file());
    ASSERT_NE(base, nullptr) << recorder.file() << " is not mapped";
    auto* header = reinterpret_cast<wpp_ifr_ring*>(
        base + WPP_IFR_HEADER_BYTES + std::size_t{ring} * (WPP_IFR_RING_HEADER_BYTES + ring_bytes));
    unsigned char* data = reinterpret_cast<unsigned char*>(header) + WPP_IFR_RING_HEADER_BYTES;
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));

    // Fillers until the next two-word message starts on one page and ends on the next, past its
    // sequence word: the fault then comes half-way through the record.
    constexpr std::uint32_t size = WPP_IFR_RECORD_BYTES + 2 * 8;
    unsigned char* boundary = nullptr;
    int fillers = 0;
    for (; fillers < 1000; ++fillers) {
        const std::uint64_t head = __atomic_load_n(&header->head, __ATOMIC_ACQUIRE);
        const std::uint32_t offset = static_cast<std::uint32_t>(head) & (ring_bytes - 1);
        const auto at = reinterpret_cast<std::uintptr_t>(data + offset);
        const std::uintptr_t next_page = (at / page + 1) * page;
        if (offset + size <= ring_bytes && next_page >= at + 8 && next_page < at + size) {
            boundary = reinterpret_cast<unsigned char*>(next_page);
            break;
        }
        TraceEvents(TRACE_LEVEL_VERBOSE, FLAG_A, "filler %d", fillers + 1);
    }
    ASSERT_NE(boundary, nullptr) << "no record straddled a page";
    const std::uint64_t written_before = header->written;

    InterruptedWrite state;
    state.page = boundary;
    interrupted = &state;
    struct sigaction action {};
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    ASSERT_EQ(::sigaction(SIGSEGV, &action, &state.previous), 0);
    ASSERT_EQ(::mprotect(boundary, page, PROT_READ), 0);
    TraceEvents(TRACE_LEVEL_WARNING, FLAG_A, "interrupted %d and %d", 0x1234, 0x5678);
    ::sigaction(SIGSEGV, &state.previous, nullptr);
    interrupted = nullptr;
    EXPECT_EQ(state.handler_runs, 1) << "the write did not fault on the read-only page";
    // The guard is released: the next message, from the handler's own site, is recorded; so is
    // one traced by a signal handler that interrupts no write.
    trace_from_handler();
    struct sigaction between {
    }, before_between{};
    between.sa_handler = [](int) { trace_from_handler(); };
    sigemptyset(&between.sa_mask);
    ASSERT_EQ(::sigaction(SIGUSR1, &between, &before_between), 0);
    ::raise(SIGUSR1);
    ::sigaction(SIGUSR1, &before_between, nullptr);

    wd::IfrImage image = wd::read_ifr_file(recorder.file());
    EXPECT_EQ(image.info.unrecorded, 1u) << "the handler's message is dropped and counted";
    EXPECT_EQ(image.info.torn, 0u);
    EXPECT_TRUE(image.warnings.empty()) << image.warnings.front();
    auto kept = ring_messages(image, ring);
    ASSERT_GE(kept.size(), 3u);
    const wd::IfrMessage& whole = *kept[kept.size() - 3];
    EXPECT_EQ(whole.sequence, written_before + 1);
    EXPECT_EQ(whole.level, TRACE_LEVEL_WARNING);
    ASSERT_EQ(whole.word_count, 2u);
    EXPECT_EQ(image.words[whole.first_word], 0x1234u);
    EXPECT_EQ(image.words[whole.first_word + 1], 0x5678u);
    for (std::size_t k = kept.size() - 2; k < kept.size(); ++k) {
        EXPECT_EQ(kept[k]->sequence, written_before + 1 + (k - (kept.size() - 3)));
        EXPECT_EQ(kept[k]->level, TRACE_LEVEL_ERROR);
        ASSERT_EQ(kept[k]->word_count, 1u);
        EXPECT_EQ(image.words[kept[k]->first_word], 99u);
    }
    for (std::size_t k = 1; k < kept.size(); ++k)
        EXPECT_EQ(kept[k]->sequence, kept[k - 1]->sequence + 1) << "message " << k;

    // Decoded: the interrupted message whole, then the two traced after it (not the dropped
    // one), and the loss said.
    Output dump = run({tool, "ifr", "dump", "--noprefix", recorder.file()});
    EXPECT_EQ(dump.status, 0) << describe(dump);
    const std::vector<std::string> lines = lines_of(dump.stdout_text);
    ASSERT_GE(lines.size(), 3u) << describe(dump);
    EXPECT_EQ(lines[lines.size() - 3], "interrupted 4660 and 22136") << describe(dump);
    EXPECT_EQ(lines[lines.size() - 2], "from the signal handler 99") << describe(dump);
    EXPECT_EQ(lines.back(), "from the signal handler 99") << describe(dump);
    EXPECT_TRUE(contains(dump.stderr_text, "1 message(s) were not recorded")) << describe(dump);
}

// The messages `ifr dump` would show, in its order: time, thread, and the two integers.
struct Shown {
    std::int64_t time_ns;
    std::uint32_t tid;
    std::uint64_t who, index;
};
struct Collect : wd::TraceVisitor {
    std::vector<Shown> shown;
    void on_message(const wd::WppEvent& e) override {
        shown.push_back({e.timestamp_ns, e.tid, e.args.size() > 0 ? e.args[0] : 0,
                         e.args.size() > 1 ? e.args[1] : 0});
    }
    void on_catalog_message(wd::MessageInfo) override {}
    void on_catalog_module(wd::ModuleInfo) override {}
    void on_discarded_events(std::uint64_t, bool, wd::LostFrom) override {}
    void on_discarded_packets(std::uint64_t, bool, wd::LostFrom) override {}
    void on_malformed_event(std::string_view, std::string_view) override {}
};

// The default time mode: the kernel's tick clock, so two threads' messages share a millisecond;
// the dump merges them by time, then thread id, then each thread's own order.
TEST(InFlightRecorder, MessagesOfOneMillisecondGoByThreadThenInTheThreadsOrder) {
    Recorder recorder(16 << 10);
    std::barrier turns(2);
    auto writer = [&](int who) {
        for (int i = 0; i < 4; ++i) {
            turns.arrive_and_wait();  // the two threads alternate, message by message
            TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "thread %d message %d", who, i);
        }
    };
    std::thread first(writer, 1), second(writer, 2);
    first.join();
    second.join();
    std::vector<wd::IfrImage> images{wd::read_ifr_file(recorder.file())};
    EXPECT_EQ(images[0].info.clock, WPP_IFR_CLOCK_REALTIME_COARSE);
    Collect collect;
    wd::ReadResult result;
    wd::visit_ifr_images(images, collect, result);
    ASSERT_EQ(collect.shown.size(), 8u);
    std::map<std::uint64_t, std::uint64_t> next;  // per thread, the index due
    for (std::size_t i = 0; i < collect.shown.size(); ++i) {
        const Shown& s = collect.shown[i];
        EXPECT_EQ(s.time_ns % 1000000, 0);
        EXPECT_EQ(s.index, next[s.who]++) << "thread " << s.who << " out of its order";
        if (i > 0) {
            const Shown& p = collect.shown[i - 1];
            EXPECT_TRUE(std::tie(p.time_ns, p.tid) <= std::tie(s.time_ns, s.tid))
                << "message " << i << " not after the one before by (time, thread)";
        }
    }
}

TEST(InFlightRecorder, HostileFilesGiveClearErrors) {
    TempDir dir;
    auto write = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(dir / name, std::ios::binary) << bytes;
        return dir / name;
    };
    Output empty = run({tool, "ifr", "dump", write("empty.ifr", "")});
    EXPECT_EQ(empty.status, 2) << describe(empty);
    EXPECT_TRUE(contains(empty.stderr_text, "not an in-flight recorder")) << describe(empty);
    // A real recorder, cut short, then with an impossible ring size.
    Recorder recorder(16 << 10);
    TraceEvents(TRACE_LEVEL_INFORMATION, FLAG_A, "x %d", 1);
    std::string bytes = read_file(recorder.file());
    Output cut = run({tool, "ifr", "dump", write("cut.ifr", bytes.substr(0, 5000))});
    EXPECT_EQ(cut.status, 2) << describe(cut);
    EXPECT_TRUE(contains(cut.stderr_text, "cut short")) << describe(cut);
    // A recorder of layout version 1 (records without a CPU) is named as such, not misread.
    std::string old_layout = bytes;
    old_layout[7] = 1;  // the magic's last byte: the layout version
    Output old = run({tool, "ifr", "dump", write("v1.ifr", old_layout)});
    EXPECT_EQ(old.status, 2) << describe(old);
    EXPECT_TRUE(contains(old.stderr_text, "another layout version (1; this wpptrace reads 2)"))
        << describe(old);
    std::string bad = bytes;
    const std::uint32_t odd = 12345;
    std::memcpy(bad.data() + offsetof(wpp_ifr_header, ring_bytes), &odd, sizeof odd);
    Output sized = run({tool, "ifr", "dump", write("sized.ifr", bad)});
    EXPECT_EQ(sized.status, 2) << describe(sized);
    EXPECT_TRUE(contains(sized.stderr_text, "a ring of 12345 bytes")) << describe(sized);
    // A clock mode this wpptrace does not know: refused by name, no time made up.
    std::string clocked = bytes;
    const std::uint32_t unknown_clock = 99;
    std::memcpy(clocked.data() + offsetof(wpp_ifr_header, clock), &unknown_clock,
                sizeof unknown_clock);
    Output clock = run({tool, "ifr", "dump", write("clock.ifr", clocked)});
    EXPECT_EQ(clock.status, 2) << describe(clock);
    EXPECT_TRUE(contains(clock.stderr_text, "clock.ifr: corrupt recorder header: unknown clock 99"))
        << describe(clock);
    // A millisecond recorder whose record holds an impossible time, and one that read no clock
    // but whose record holds one: the first shows its (floored) millisecond, the second none.
    std::string coarse = bytes;
    const std::uint32_t coarse_clock = WPP_IFR_CLOCK_REALTIME_COARSE;
    std::memcpy(coarse.data() + offsetof(wpp_ifr_header, clock), &coarse_clock,
                sizeof coarse_clock);
    const std::uint64_t far = 0x8000000000000001ull;
    const std::size_t first_time =
        WPP_IFR_HEADER_BYTES + WPP_IFR_RING_HEADER_BYTES + offsetof(wpp_ifr_record, time);
    std::memcpy(coarse.data() + first_time, &far, sizeof far);
    wd::IfrImage far_image = wd::parse_ifr_image(
        {reinterpret_cast<const unsigned char*>(coarse.data()), coarse.size()}, "coarse");
    ASSERT_EQ(far_image.messages.size(), 1u);
    EXPECT_EQ(far_image.messages[0].time_ns % 1000000, 0);
    Output far_dump = run({tool, "ifr", "dump", write("coarse.ifr", coarse)});
    EXPECT_EQ(far_dump.status, 0) << describe(far_dump);
    std::string timeless = coarse;
    const std::uint32_t no_clock = WPP_IFR_CLOCK_NONE;
    std::memcpy(timeless.data() + offsetof(wpp_ifr_header, clock), &no_clock, sizeof no_clock);
    Output none = run({tool, "ifr", "dump", "--json", write("none.ifr", timeless)});
    EXPECT_EQ(none.status, 0) << describe(none);
    EXPECT_TRUE(contains(none.stdout_text, R"("time":null,"time_ns":null,)")) << describe(none);
    // A record whose size is a lie: the ring stops there, nothing invented.
    std::string lying = bytes;
    const std::uint32_t huge = 0xfff8;
    std::memcpy(lying.data() + WPP_IFR_HEADER_BYTES + WPP_IFR_RING_HEADER_BYTES +
                    offsetof(wpp_ifr_record, size),
                &huge, sizeof huge);
    wd::IfrImage image = wd::parse_ifr_image(
        {reinterpret_cast<const unsigned char*>(lying.data()), lying.size()}, "lying");
    EXPECT_TRUE(image.messages.empty());
    EXPECT_FALSE(image.warnings.empty());
}

}  // namespace
}  // namespace wpptrace::testing
