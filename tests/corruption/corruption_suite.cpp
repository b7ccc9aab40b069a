// corruption_suite: issue 13's proof that damage costs only what it touches.
//
// Records a real trace of several processes (three wpptrace-host processes running the demo's
// Serial, Toaster and tracedrv, small sub-buffers so that every stream has several packets),
// then decodes seeded mutants of it (mutants.hpp) with `wpptrace decode` (the default reader)
// under a timeout. For each mutant, the messages of the packets its damage did not touch
// (known from the intact trace's packets, intact_trace.hpp; for a metadata cut, the packets
// whose classes the metadata left still declares whole) must all be decoded, each line equal to
// the intact decode's and in its stream's order. Prints one figure, recovered / recoverable,
// and fails (exit 1) below 100 %, on a crash, a hang, a decode slower than twice the intact
// one, or a line that was never recorded.
//
// A line that differs from every recorded one but whose time falls inside a damaged packet is
// counted apart ("altered"): CTF has no checksum, so a flipped bit in a payload or context
// that still decodes changes a value undetectably. Such lines are reported, never counted as
// recovered; a line that differs from what was recorded anywhere else fails the suite.
//
//   corruption_suite [--trace DIR] [--mutants N] [--seed S] [--requests N] [--trace-only]
//                    [--keep DIR] [-v]
// Run under scripts/with-private-lttng unless --trace names a recorded trace.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "intact_trace.hpp"
#include "mutants.hpp"
#include "process.hpp"

extern char** environ;

namespace wpptrace::corruption {
namespace {

namespace fs = std::filesystem;
using wpptrace::testing::Output;
using wpptrace::testing::read_file;
using wpptrace::testing::run;
using wpptrace::testing::TempDir;

constexpr double hang_seconds = 10;
constexpr double slow_factor = 2;

struct Decode {
    bool hang = false, crash = false;
    int status = 0;          // exit status, or the signal
    double seconds = 0;      // wall time
    double cpu_seconds = 0;  // user + system, its children's included: what the 2x check uses
    std::string out, err;
};

// `wpptrace decode DIR`, the default reader, with the drivers as catalog (so that a damaged
// catalog record costs no message text: see the README), each line led by its CPU (the stream
// of the wpp channel it came from) and its time in ns.
// (--trace-only: the trace's own catalog records alone.)
bool trace_only = false;

std::vector<std::string> decode_command(const std::string& dir) {
    std::vector<std::string> argv = {
        WPPTRACE_TOOL, "decode",       dir,        "--utc",
        "--hires",     "--no-summary", "--prefix", "%9!d! %4!s! %8!d!.%3!d! [%1!s!] "};
    if (!trace_only)
        for (const char* driver : {SERIAL_DRIVER, TOASTER_DRIVER, TRACEDRV_DRIVER})
            argv.insert(argv.end(), {"-c", driver});
    return argv;
}

Decode decode(const std::string& dir, const std::string& scratch) {
    const std::vector<std::string> argv = decode_command(dir);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const std::string out = scratch + "/out", err = scratch + "/err";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);  // its children die with it
    posix_spawnattr_setpgroup(&attr, 0);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int rc = posix_spawn(&pid, args[0], &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) throw std::runtime_error(std::string("cannot run ") + args[0]);
    Decode d;
    int status = 0;
    struct rusage usage {};
    for (int wait_us = 200;;) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        d.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (done == pid) break;
        if (d.seconds > hang_seconds) {
            ::kill(-pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            d.hang = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(wait_us));
        wait_us = std::min(wait_us * 2, 5000);
    }
    ::kill(-pid, SIGKILL);  // anything it left behind
    d.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    if (!d.hang && WIFSIGNALED(status)) {
        d.crash = true;
        d.status = WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        d.status = WEXITSTATUS(status);
    }
    d.out = read_file(out);
    d.err = read_file(err);
    return d;
}

// A decoded line: its stream (the CPU) and its time in ns since the epoch.
struct Line {
    std::string text;
    int cpu = -1;
    std::int64_t ns = 0;
    bool parsed = false;
};

// "CPU MM/DD/YYYY-HH:MM:SS.nnnnnnnnn ...", as decode_command() asks.
Line parse_line(const std::string& text) {
    Line l;
    l.text = text;
    std::istringstream in(text);
    std::string cpu, time;
    in >> cpu >> time;
    struct tm tm {};
    unsigned long long fraction = 0;
    char dot = 0;
    try {
        l.cpu = std::stoi(cpu);
        if (std::sscanf(time.c_str(), "%d/%d/%d-%d:%d:%d%c%llu", &tm.tm_mon, &tm.tm_mday,
                        &tm.tm_year, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &dot, &fraction) != 8 ||
            time.size() < 10)
            return l;
    } catch (const std::exception&) {
        return l;
    }
    const std::size_t digits = time.size() - time.find(dot) - 1;
    for (std::size_t i = digits; i < 9; ++i) fraction *= 10;
    tm.tm_mon -= 1;
    tm.tm_year -= 1900;
    l.ns =
        static_cast<std::int64_t>(::timegm(&tm)) * 1000000000 + static_cast<std::int64_t>(fraction);
    l.parsed = true;
    return l;
}

std::vector<Line> lines_of(const std::string& text) {
    std::vector<Line> lines;
    for (const std::string& l : wpptrace::testing::lines_of(text))
        if (!l.empty()) lines.push_back(parse_line(l));
    return lines;
}

// The intact decode, by stream: each line with the packet (IntactTrace::packets) it came from.
struct Reference {
    std::map<int, std::vector<std::pair<std::string, std::size_t>>> by_cpu;
    double seconds = 0;  // CPU time, the median of five decodes
};

// The CPU of a stream file of a per-CPU channel: LTTng names them CHANNEL_CPU.
int cpu_of(const std::string& file) {
    const std::size_t underscore = file.rfind('_');
    if (underscore == std::string::npos) return -1;
    try {
        return std::stoi(file.substr(underscore + 1));
    } catch (const std::exception&) {
        return -1;
    }
}

Reference reference(const IntactTrace& t, const std::string& scratch) {
    Reference ref;
    std::vector<double> times;
    Decode d;
    for (int i = 0; i < 5; ++i) {
        d = decode(t.root, scratch);
        if (d.hang || d.crash || d.status != 0)
            throw std::runtime_error("the intact trace does not decode: exit " +
                                     std::to_string(d.status) + "\n" + d.err);
        times.push_back(d.cpu_seconds);
    }
    std::sort(times.begin(), times.end());
    ref.seconds = times[times.size() / 2];
    std::map<int, std::vector<std::string>> texts;
    for (const Line& l : lines_of(d.out)) {
        if (!l.parsed) throw std::runtime_error("an intact line without CPU and time: " + l.text);
        texts[l.cpu].push_back(l.text);
    }
    std::uint64_t total = 0;
    for (auto& [cpu, lines] : texts) {
        total += lines.size();
        // The messages of this CPU's stream file(s), in file order (one wpp stream per CPU).
        std::vector<std::size_t> packets;
        for (std::size_t f = 0; f < t.stream_files.size(); ++f) {
            std::uint64_t messages = 0;
            for (std::size_t p : t.packets_of(f)) messages += t.packets[p].messages;
            if (messages && cpu_of(t.stream_files[f]) == cpu)
                for (std::size_t p : t.packets_of(f)) packets.push_back(p);
        }
        std::size_t line = 0;
        for (std::size_t p : packets)
            for (std::uint64_t k = 0; k < t.packets[p].messages && line < lines.size(); ++k)
                ref.by_cpu[cpu].emplace_back(lines[line++], p);
        if (ref.by_cpu[cpu].size() != lines.size() || line != lines.size())
            throw std::runtime_error("CPU " + std::to_string(cpu) + ": the intact decode has " +
                                     std::to_string(lines.size()) +
                                     " lines, its stream's packets other messages");
    }
    if (total != t.messages)
        throw std::runtime_error("the intact decode has " + std::to_string(total) +
                                 " lines, the trace " + std::to_string(t.messages) + " messages");
    return ref;
}

struct Score {
    std::uint64_t recoverable = 0, recovered = 0;
    std::uint64_t from_damaged = 0;     // lines of damaged packets decoded as recorded
    std::uint64_t altered = 0;          // lines of damaged packets not as recorded
    std::vector<std::string> invented;  // lines never recorded, outside damaged packets
};

Score score(const IntactTrace& t, const Reference& ref, const Mutant& m,
            const std::vector<Line>& lines) {
    Score s;
    std::vector<bool> lost(t.packets.size(), false);
    for (std::size_t p = 0; p < t.packets.size(); ++p)
        lost[p] = m.damaged.count(p) ||
                  (m.metadata_end != UINT64_MAX && !t.declared_whole(t.packets[p], m.metadata_end));
    for (std::size_t p = 0; p < t.packets.size(); ++p)
        if (!lost[p]) s.recoverable += t.packets[p].messages;
    // Each stream's lines must be a subsequence of its intact lines.
    std::map<int, std::size_t> next;
    for (const Line& l : lines) {
        auto it = ref.by_cpu.find(l.cpu);
        bool matched = false;
        if (l.parsed && it != ref.by_cpu.end()) {
            const auto& intact = it->second;
            for (std::size_t k = next[l.cpu]; k < intact.size(); ++k)
                if (intact[k].first == l.text) {
                    matched = true;
                    next[l.cpu] = k + 1;
                    (lost[intact[k].second] ? s.from_damaged : s.recovered) += 1;
                    break;
                }
        }
        if (matched) continue;
        bool in_damaged = false;
        for (std::size_t p : m.damaged)
            in_damaged = in_damaged ||
                         (l.parsed && t.packets[p].begin_ns <= l.ns && l.ns <= t.packets[p].end_ns);
        if (in_damaged)
            ++s.altered;
        else
            s.invented.push_back(l.text);
    }
    return s;
}

// The demo's drivers and devices (samples/demo.json) with more requests: every stream of the
// wpp channel then holds several packets of 4 KiB.
std::string host_config(int requests) {
    const std::string n = std::to_string(requests), half = std::to_string(requests / 2);
    return std::string(R"({"drivers": [
  {"path": ")") +
           SERIAL_DRIVER + R"(", "name": "Serial", "parameters": {"RxFIFO": 4}},
  {"path": ")" +
           TOASTER_DRIVER + R"(", "name": "Toaster"},
  {"path": ")" +
           TRACEDRV_DRIVER + R"(", "name": "tracedrv"}],
 "devices": [
  {"name": "COM1", "driver": "Serial", "power_cycles": 2, "workload": {"threads": 1, "requests": [
    {"type": "write", "count": )" +
           n + R"(, "length": 24},
    {"type": "read", "count": )" +
           n + R"(, "length": 16},
    {"type": "ioctl", "code": "0x1b0004", "input": "00 96 00 00"},
    {"type": "ioctl", "code": "0x1b0050", "output_length": 4}]}},
  {"name": "Toaster0", "driver": "Toaster", "workload": {"threads": 1, "requests": [
    {"type": "ioctl", "count": )" +
           n + R"(, "code": "0x222000", "output_length": 4},
    {"type": "ioctl", "count": )" +
           half + R"(, "code": "0x226004", "output_length": 16}]}},
  {"name": "TraceKmp", "driver": "tracedrv", "workload": {"threads": 1, "requests": [
    {"type": "ioctl", "count": )" +
           n + R"(, "code": "0x222004"},
    {"type": "ioctl", "count": )" +
           half + R"(, "code": "0x222008"}]}}]}
)";
}

struct Totals {
    std::uint64_t recoverable = 0, recovered = 0, from_damaged = 0, altered = 0, invented = 0;
    int crashes = 0, hangs = 0, slow = 0, short_of = 0, silent = 0;
    double slowest = 0;
};

int run_suite(int argc, char** argv) {
    std::string trace_arg, keep;
    int count = 13 * 26, requests = 200;
    std::uint64_t seed = 13;
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::runtime_error(a + ": a value is missing");
            return argv[++i];
        };
        if (a == "--trace")
            trace_arg = value();
        else if (a == "--mutants")
            count = std::stoi(value());
        else if (a == "--requests")
            requests = std::stoi(value());
        else if (a == "--seed")
            seed = std::stoull(value());
        else if (a == "--keep")
            keep = value();
        else if (a == "--trace-only")
            trace_only = true;
        else if (a == "-v")
            verbose = true;
        else
            throw std::runtime_error(a +
                                     ": unknown option (--trace DIR, --mutants N, --seed S, "
                                     "--requests N, --trace-only, --keep DIR, -v)");
    }
    const auto start = std::chrono::steady_clock::now();
    ::unsetenv("WPPTRACE_READER");  // the default reader, whatever the caller's environment
    TempDir work;
    std::string root = trace_arg;
    if (root.empty()) {
        root = work / "trace";
        const std::string config = work / "host.json";
        std::ofstream(config) << host_config(requests);
        const std::string host = std::string(WPPTRACE_HOST) + " --config " + config + " >/dev/null";
        Output rec =
            // Small sub-buffers for many packets, and enough of them (1 MiB a CPU) to hold the
            // whole recording (about 500 KB): a busy machine's consumer falling behind loses
            // nothing (with 16, this machine under load lost 3,120 of 7,836 messages).
            run({WPPTRACE_TOOL, "record", "-o", root, "--subbuf-size", "4096", "--num-subbuf",
                 "256", "--", "sh", "-c", host + " & " + host + " & " + host + "; wait"});
        if (rec.status != 0)
            throw std::runtime_error("recording failed: " + wpptrace::testing::describe(rec));
    }
    if (!keep.empty() && trace_arg.empty()) {
        fs::remove_all(keep + "/intact");
        fs::create_directories(keep);
        fs::copy(root, keep + "/intact", fs::copy_options::recursive);
    }
    const IntactTrace t = read_intact_trace(root);
    const Reference ref = reference(t, work.path());
    std::printf(
        "corruption suite: intact trace: %zu stream files, %zu packets, %llu messages, "
        "decoded in %.0f ms of CPU\n",
        t.stream_files.size(), t.packets.size(), static_cast<unsigned long long>(t.messages),
        ref.seconds * 1000);

    const std::vector<Mutant> mutants = make_mutants(t, seed, count);
    const std::string rel = fs::relative(t.stream_dir, t.root).string();
    const std::string copy = work / "mutant";
    Totals total;
    std::map<Kind, Totals> by_kind;
    for (std::size_t n = 0; n < mutants.size(); ++n) {
        const Mutant& m = mutants[n];
        fs::remove_all(copy);
        fs::copy(t.root, copy, fs::copy_options::recursive);
        m.apply(copy + "/" + rel);
        Decode d = decode(copy, work.path());
        // A slow decode on a shared machine: measured again, and the intact trace with it,
        // before it counts.
        double intact_seconds = ref.seconds;
        for (int again = 0;
             again < 2 && !d.hang && !d.crash && d.cpu_seconds > slow_factor * intact_seconds;
             ++again) {
            Decode retry = decode(copy, work.path());
            if (retry.cpu_seconds < d.cpu_seconds) d.cpu_seconds = retry.cpu_seconds;
            intact_seconds = std::max(intact_seconds, decode(t.root, work.path()).cpu_seconds);
        }
        const bool slow = !d.hang && !d.crash && d.cpu_seconds > slow_factor * intact_seconds;
        const Score s = score(t, ref, m, lines_of(d.out));
        // Exit 0 says nothing was lost: then every recorded line must be there (or, altered
        // undetectably, in its place).
        const bool silent = !d.hang && !d.crash && d.status == 0 &&
                            s.recovered + s.from_damaged + s.altered < t.messages;
        Totals& k = by_kind[m.kind];
        for (Totals* x : {&total, &k}) {
            x->recoverable += s.recoverable;
            x->recovered += std::min(s.recovered, s.recoverable);
            x->from_damaged += s.from_damaged;
            x->altered += s.altered;
            x->invented += s.invented.size();
            x->crashes += d.crash;
            x->hangs += d.hang;
            x->slow += slow;
            x->short_of += s.recovered < s.recoverable;
            x->silent += silent;
            x->slowest = std::max(x->slowest, d.cpu_seconds);
        }
        const bool failed = d.crash || d.hang || slow || silent || s.recovered < s.recoverable ||
                            !s.invented.empty();
        if (failed || verbose) {
            std::printf("%s mutant %zu (%s): %s: recovered %llu of %llu", failed ? "FAIL" : "ok", n,
                        kind_name(m.kind), m.what.c_str(),
                        static_cast<unsigned long long>(s.recovered),
                        static_cast<unsigned long long>(s.recoverable));
            if (d.crash) std::printf(", killed by signal %d", d.status);
            if (d.hang) std::printf(", no end after %.0f s", hang_seconds);
            std::printf(", exit %d, %.0f ms CPU", d.status, d.cpu_seconds * 1000);
            if (silent) std::printf(", lines lost with exit 0");
            if (s.altered)
                std::printf(", %llu altered", static_cast<unsigned long long>(s.altered));
            if (!s.invented.empty())
                std::printf(", %zu never recorded, the first: %s", s.invented.size(),
                            s.invented.front().c_str());
            std::printf("\n");
            if (failed && !d.err.empty()) {
                const std::string first = d.err.substr(0, d.err.find('\n'));
                std::printf("    stderr: %s\n", first.c_str());
            }
            if (failed && !keep.empty()) {
                const std::string kept = keep + "/mutant-" + std::to_string(n);
                fs::remove_all(kept);
                fs::create_directories(keep);
                fs::copy(copy, kept, fs::copy_options::recursive);
            }
        }
    }
    std::printf("\n%-34s %7s %19s %7s %5s %4s %4s %5s %6s %8s\n", "kind", "mutants", "recovered",
                "altered", "crash", "hang", "slow", "short", "silent", "CPU ms");
    for (const auto& [kind, k] : by_kind)
        std::printf(
            "%-34s %7d %9llu/%-9llu %7llu %5d %4d %4d %5d %6d %8.0f\n", kind_name(kind),
            static_cast<int>(std::count_if(mutants.begin(), mutants.end(),
                                           [&](const Mutant& m) { return m.kind == kind; })),
            static_cast<unsigned long long>(k.recovered),
            static_cast<unsigned long long>(k.recoverable),
            static_cast<unsigned long long>(k.altered), k.crashes, k.hangs, k.slow, k.short_of,
            k.silent, k.slowest * 1000);
    const double percent = total.recoverable ? 100.0 * static_cast<double>(total.recovered) /
                                                   static_cast<double>(total.recoverable)
                                             : 100.0;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "\ncorruption suite: %zu mutants (seed %llu): %.2f %% recovered (%llu of %llu messages "
        "in undamaged packets); %d crashes, %d hangs, %d silent losses (exit 0), %d decodes "
        "slower than %.0fx the intact "
        "trace (%.0f ms of CPU; slowest %.0f ms); %llu lines never recorded; %llu lines of damaged "
        "packets decoded as recorded, %llu altered (undetectable: CTF has no checksum); %.0f s\n",
        mutants.size(), static_cast<unsigned long long>(seed), percent,
        static_cast<unsigned long long>(total.recovered),
        static_cast<unsigned long long>(total.recoverable), total.crashes, total.hangs,
        total.silent, total.slow, slow_factor, ref.seconds * 1000, total.slowest * 1000,
        static_cast<unsigned long long>(total.invented),
        static_cast<unsigned long long>(total.from_damaged),
        static_cast<unsigned long long>(total.altered), elapsed);
    const bool pass = total.recovered == total.recoverable && total.crashes == 0 &&
                      total.hangs == 0 && total.slow == 0 && total.invented == 0 &&
                      total.silent == 0;
    std::printf("corruption suite: %s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}

}  // namespace
}  // namespace wpptrace::corruption

int main(int argc, char** argv) {
    try {
        return wpptrace::corruption::run_suite(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "corruption_suite: %s\n", e.what());
        return 2;
    }
}
