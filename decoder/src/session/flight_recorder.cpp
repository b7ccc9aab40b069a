// flight_recorder.cpp - the flight recorder on LTTng snapshot sessions (flight_recorder.hpp) and
// `wpptrace snapshot`.
#include "flight_recorder.hpp"

#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lttng_command.hpp"
#include "wpptrace/decoder/record.hpp"

namespace wpptrace::decoder {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t smallest_ring_kib = 16;  // 4 sub-buffers of a 4 KiB page

// The WPP name of an LTTng level, as --level and --dump-on spell levels.
std::string wpp_level_name(const std::string& lttng_level) {
    return lttng_level == "TRACE_CRIT"      ? "CRITICAL"
           : lttng_level == "TRACE_ERR"     ? "ERROR"
           : lttng_level == "TRACE_WARNING" ? "WARNING"
           : lttng_level == "TRACE_INFO"    ? "INFORMATION"
                                            : "VERBOSE";
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The subdirectories of `dir` (the dumps LTTng wrote there).
std::set<std::string> subdirectories(const std::string& dir) {
    std::set<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec)) found.insert(it->path().string());
    return found;
}

// LTTng names a dump NAME-YYYYMMDD-HHMMSS-N: its NAME, or "" when `dir` is not one.
std::string dump_name_of(const std::string& dir) {
    const std::string base = fs::path(dir).filename().string();
    // From the end: -N, -HHMMSS, -YYYYMMDD.
    std::size_t end = base.size();
    for (int part = 0; part < 3; ++part) {
        const std::size_t dash = base.rfind('-', end - 1);
        if (dash == std::string::npos || dash == 0) return "";
        for (std::size_t i = dash + 1; i < end; ++i)
            if (!std::isdigit(static_cast<unsigned char>(base[i]))) return "";
        end = dash;
    }
    return base.substr(0, end);
}

// LTTng's snapshot counter, the N of NAME-DATE-N: the order in which the dumps were taken.
unsigned long dump_number(const std::string& dir) {
    const std::string base = fs::path(dir).filename().string();
    return std::strtoul(base.c_str() + base.rfind('-') + 1, nullptr, 10);
}

std::string now_text() {
    char text[64];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %z", &tm);
    return text;
}

}  // namespace

std::string DumpCondition::dump_name() const {
    std::string name = lower(level);
    for (const auto& driver : drivers) {
        name += '-';
        for (char c : driver) name += c == '*' ? 'x' : c;
    }
    return name;
}

std::string DumpCondition::reason() const {
    std::string text = "the first message at " + level + (level == "CRITICAL" ? "" : " or worse");
    if (!drivers.empty()) {
        text += " of driver";
        text += drivers.size() > 1 ? "s " : " ";
        for (std::size_t i = 0; i < drivers.size(); ++i) text += (i ? ", " : "") + drivers[i];
    }
    return text + " (an LTTng trigger)";
}

DumpCondition parse_dump_on(const std::string& spec) {
    DumpCondition condition;
    const std::size_t colon = spec.find(':');
    try {
        condition.lttng_level = lttng_loglevel_for(spec.substr(0, colon));
    } catch (const RecordError& e) {
        throw RecordError(std::string("--dump-on '") + spec + "': " + e.what());
    }
    condition.level = wpp_level_name(condition.lttng_level);
    if (colon != std::string::npos) {
        std::stringstream drivers(spec.substr(colon + 1));
        for (std::string driver; std::getline(drivers, driver, ',');) {
            if (!plain_driver_name(driver))
                throw RecordError("--dump-on '" + spec + "': bad driver name '" + driver +
                                  "' (want LEVEL[:DRIVER,...])");
            condition.drivers.push_back(driver);
        }
        if (condition.drivers.empty())
            throw RecordError("--dump-on '" + spec + "': no driver after ':'");
    }
    return condition;
}

FlightRecorder::FlightRecorder(const RecordOptions& options, std::string trace_dir,
                               std::string session, Lttng lttng)
    : trace_dir_(std::move(trace_dir)),
      session_(std::move(session)),
      lttng_(std::move(lttng)),
      shm_path_(options.flight_shm_path.empty() ? ""
                                                : fs::absolute(options.flight_shm_path).string()) {
    if (options.live) throw RecordError("--flight-recorder and --live: choose one");
    if (options.flight_size_kib < smallest_ring_kib || options.flight_size_kib > (1ull << 30))
        throw RecordError("--size " + std::to_string(options.flight_size_kib) +
                          ": the ring per CPU is 16 KiB at least and 1 TiB at most");
    subbuffer_bytes_ = std::bit_floor(options.flight_size_kib) * 1024 / subbuffers();
    for (const auto& spec : options.dump_on)
        if (lower(spec) != "none") conditions_.push_back(parse_dump_on(spec));
}

FlightRecorder::~FlightRecorder() {
    remove_triggers();
    // The session could not be torn down (its daemons died?): the ring files are what is left.
    if (!finished_ && !shm_path_.empty())
        std::fprintf(stderr,
                     "wpptrace record: the flight recorder's rings are under %s: `lttng-crash -x "
                     "DIR %s` makes a trace of them once the LTTng daemons are gone\n",
                     shm_path_.c_str(), shm_path_.c_str());
}

std::vector<std::string> FlightRecorder::create_options() const {
    std::vector<std::string> args = {"--snapshot", "--output=" + trace_dir_};
    if (!shm_path_.empty()) args.push_back("--shm-path=" + shm_path_);
    return args;
}

void FlightRecorder::add_triggers() {
    for (std::size_t i = 0; i < conditions_.size(); ++i) {
        const DumpCondition& condition = conditions_[i];
        // Triggers belong to the user, not to the session: the name says whose it is.
        const std::string trigger = session_ + "-dump-" + std::to_string(i + 1);
        std::vector<std::string> args = {
            "add-trigger", "--name=" + trigger, "--condition=event-rule-matches",
            "--type=user", "--name=wpp:*",      "--log-level=" + condition.lttng_level + ".."};
        std::string filter;
        for (const auto& driver : condition.drivers)
            filter += (filter.empty() ? "" : " || ") + ("driver == \"" + driver + "\"");
        if (!filter.empty()) args.push_back("--filter=" + filter);
        // Once: the ring as it was at the first such message, not overwritten by later ones.
        args.insert(args.end(), {"--action=snapshot-session", session_, "--path=" + trace_dir_,
                                 "--name=" + condition.dump_name(), "--rate-policy=once-after:1"});
        lttng_(args);
        triggers_.push_back(trigger);
        reasons_[condition.dump_name()] = condition.reason();
    }
}

void FlightRecorder::on_command_end(int status, int signal) {
    std::string name, reason;
    if (signal) {
        const char* abbrev = sigabbrev_np(signal);
        const std::string sig = abbrev ? std::string("SIG") + abbrev : std::to_string(signal);
        name = "killed-" + sig;
        reason = "the command was killed by " + sig;
    } else if (status == 4) {
        name = "crash";
        reason = "the command exited 4: wpptrace-host reports that a driver crashed";
    } else if (status == 5) {
        name = "hang";
        reason = "the command exited 5: wpptrace-host reports that a driver hung";
    }
    if (!name.empty()) {
        lttng_({"snapshot", "record", "-s", session_, "--name=" + name});
        reasons_[name] = reason;
    }
    remove_triggers();
}

std::vector<std::string> FlightRecorder::finish() {
    finished_ = true;
    std::vector<std::string> dumps;
    for (const auto& dir : subdirectories(trace_dir_))
        if (!dump_name_of(dir).empty()) dumps.push_back(dir);
    std::sort(dumps.begin(), dumps.end(), [](const std::string& a, const std::string& b) {
        return dump_number(a) < dump_number(b);
    });
    for (const auto& dir : dumps) {
        const auto reason = reasons_.find(dump_name_of(dir));
        if (reason != reasons_.end() && !fs::exists(fs::path(dir) / "reason.txt"))
            write_dump_reason(dir, reason->second);
    }
    return dumps;
}

void FlightRecorder::remove_triggers() noexcept {
    for (const auto& trigger : triggers_) {
        try {
            lttng_({"remove-trigger", trigger});
        } catch (const std::exception& e) {
            std::fprintf(stderr, "wpptrace record: %s\n", e.what());
        }
    }
    triggers_.clear();
}

void write_dump_reason(const std::string& dump_dir, const std::string& reason) {
    std::ofstream(fs::path(dump_dir) / "reason.txt") << "dump: " << reason << "\n";
}

std::vector<std::string> dump_reasons(const std::vector<std::string>& traces) {
    std::vector<std::string> reasons;
    auto add = [&](const std::string& dir) {
        std::ifstream file(fs::path(dir) / "reason.txt");
        std::string line;
        if (file && std::getline(file, line) && !line.empty()) reasons.push_back(dir + ": " + line);
    };
    for (const auto& trace : traces) {
        std::error_code ec;
        if (!fs::is_directory(trace, ec)) continue;
        if (fs::exists(fs::path(trace) / "reason.txt", ec)) {
            add(trace);
            continue;
        }
        std::vector<std::string> dumps;
        for (const auto& dir : subdirectories(trace))
            if (!dump_name_of(dir).empty()) dumps.push_back(dir);
        std::sort(dumps.begin(), dumps.end(), [](const std::string& a, const std::string& b) {
            return dump_number(a) < dump_number(b);
        });
        for (const auto& dir : dumps) add(dir);
    }
    return reasons;
}

std::string snapshot(const SnapshotOptions& options) {
    std::string session = options.session;
    if (session.empty()) {
        // The one snapshot session (a flight recorder): "  N) NAME [active snapshot]".
        std::vector<std::string> found;
        std::stringstream list(lttng_command({"list"}, options.verbose));
        for (std::string line; std::getline(list, line);) {
            const std::size_t paren = line.find(") ");
            if (paren == std::string::npos || line.find(" snapshot]") == std::string::npos)
                continue;
            std::istringstream rest(line.substr(paren + 2));
            std::string name;
            rest >> name;
            found.push_back(name);
        }
        if (found.size() != 1)
            throw RecordError(
                found.empty() ? "no flight recorder is running (wpptrace record --flight-recorder)"
                              : "several flight recorders run: name one with -s (" + found.front() +
                                    ", " + found[1] + (found.size() > 2 ? ", ..." : "") + ")");
        session = found.front();
    }
    std::string output = options.output;
    if (output.empty()) {
        // The session's snapshot output: "    [1] snapshot-1: /path".
        std::stringstream outputs(
            lttng_command({"snapshot", "list-output", "-s", session}, options.verbose));
        for (std::string line; std::getline(outputs, line);)
            if (const std::size_t at = line.find(": /"); at != std::string::npos && output.empty())
                output = line.substr(at + 2);
        if (output.empty())
            throw RecordError("session " + session + " has no snapshot output: give -o DIR");
    } else {
        output = fs::absolute(output).string();
        std::error_code ec;
        fs::create_directories(output, ec);
    }
    const std::set<std::string> before = subdirectories(output);
    std::vector<std::string> args = {"snapshot", "record", "-s", session, "--name=snapshot"};
    if (!options.output.empty()) args.push_back(output);
    lttng_command(args, options.verbose);
    for (const auto& dir : subdirectories(output))
        if (!before.count(dir) && dump_name_of(dir) == "snapshot") {
            write_dump_reason(dir, "requested with wpptrace snapshot at " + now_text());
            return dir;
        }
    throw RecordError("lttng wrote the snapshot of " + session + " but not under " + output);
}

}  // namespace wpptrace::decoder
