// wpptrace - the command line: record a session, decode a trace, show or export a catalog.
// Parsing only; the work is in the decoder library.
#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>

#include "unique_handles.hpp"
#include "wpptrace/decoder/catalog.hpp"
#include "wpptrace/decoder/catalog_file.hpp"
#include "wpptrace/decoder/catalog_source.hpp"
#include "wpptrace/decoder/decode.hpp"
#include "wpptrace/decoder/elf_catalog.hpp"
#include "wpptrace/decoder/error.hpp"
#include "wpptrace/decoder/ifr_reader.hpp"
#include "wpptrace/decoder/interrupt_cleanup.hpp"
#include "wpptrace/decoder/output_dir.hpp"
#include "wpptrace/decoder/prefix.hpp"
#include "wpptrace/decoder/record.hpp"
#include "wpptrace/decoder/selection_check.hpp"
#include "wpptrace/decoder/trace_reader.hpp"

namespace wd = wpptrace::decoder;

namespace {

// A closed stdout or stderr is kept closed for writing but its number taken (a read-only
// /dev/null): no file this process opens can become fd 1 and receive what was meant for
// stdout, and writing to it still fails (EBADF), which finish_stdout() reports.
void hold_closed_std_fds() {
    for (int fd : {STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        wd::util::UniqueFd held(::open("/dev/null", O_RDONLY | O_CLOEXEC));
        if (held.get() == fd)
            held.release();  // it took the free number itself: kept open
        else if (held)
            ::dup2(held.get(), fd);
    }
}

// Everything written to stdout went out: a full disk, a closed stdout or a closed pipe (with
// SIGPIPE ignored) is an error, exit 2, never a silent success.
int finish_stdout(const char* command, int status) {
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && !std::ferror(stdout)) return status;
    std::fprintf(stderr, "wpptrace %s: cannot write to stdout: %s\n", command,
                 error ? std::strerror(error) : "an earlier write failed");
    return 2;
}

// Where the summary goes: nowhere with --no-summary; stdout when it is the only output
// (--summary-only) or the events went to files (-o); else stderr, unless -q and all went well.
// JSON output carries it as its last line already (decode() writes it).
void print_summary(const wd::DecodeOptions& options, const wd::DecodeSummary& summary, bool quiet) {
    if (!options.write_summary) return;
    const bool json_on_stdout =
        options.format == wd::OutputFormat::json && options.output_dir.empty();
    std::string text = summary.text();
    if (!options.output_dir.empty() || !options.write_events) {
        if (!json_on_stdout) std::fputs(text.c_str(), stdout);
    } else if (!quiet || summary.exit_status() != 0) {
        std::fputs(text.c_str(), stderr);
    }
}

int run_decode(wd::DecodeOptions& options, const std::string& time_mode, bool utc, bool hires,
               bool quiet, const char* command = "decode") {
    if (options.prefix.empty() && options.format == wd::OutputFormat::text)
        if (const char* env = std::getenv("TRACE_FORMAT_PREFIX")) options.prefix = env;
    options.time.mode = wd::TimeMode::local;
    if (!time_mode.empty() && !wd::parse_time_mode(time_mode, options.time.mode)) {
        std::fprintf(stderr, "wpptrace %s: --time %s: not local, utc or relative\n", command,
                     time_mode.c_str());
        return 2;
    }
    if (utc) options.time.mode = wd::TimeMode::utc;
    if (options.time.mode == wd::TimeMode::relative && options.format == wd::OutputFormat::json) {
        std::fprintf(stderr,
                     "wpptrace %s: --time relative is for text and CSV; JSON has time_ns "
                     "(since the epoch) to subtract\n",
                     command);
        return 2;
    }
    if (hires) options.time.precision = wd::TimePrecision::nanoseconds;
    options.catalog_search_path = wd::catalog_search_path_from_environment();
    for (const auto& reason : wd::dump_reasons(options.traces))  // flight recorder dumps
        std::fprintf(stderr, "wpptrace decode: %s\n", reason.c_str());
    wd::DecodeSummary summary;
    try {
        summary = wd::decode(options, stdout);
    } catch (const wd::WriteError& e) {
        std::fprintf(stderr, "wpptrace %s: %s\n", command, e.what());
        return e.exit_code();
    } catch (const wd::PrefixError& e) {
        std::fprintf(stderr, "wpptrace %s: bad prefix: %s\n", command, e.what());
        return e.exit_code();
    } catch (const wd::Error& e) {
        std::fprintf(stderr, "wpptrace %s: %s\n", command, e.what());
        return e.exit_code();
    } catch (const std::exception& e) {  // std::bad_alloc and the like
        std::fprintf(stderr, "wpptrace %s: %s\n", command, e.what());
        return 2;
    }
    print_summary(options, summary, quiet);
    return finish_stdout(command, summary.exit_status());
}

int run_catalog(const std::vector<std::string>& sources, const std::string& export_path,
                bool check) {
    wd::Catalog catalog;
    int status = 0;
    for (const auto& source : sources) {
        // A binary, a catalog file, a pipe of either, or a directory of catalogs.
        wd::CatalogSourceResult r = wd::load_catalog_source(source, catalog);
        for (const auto& w : r.warnings) std::fprintf(stderr, "%s\n", w.c_str());
        if (!r.ok()) {
            std::fprintf(stderr, "wpptrace catalog: %s\n", r.error.c_str());
            return 2;
        }
        if (check && !r.clean) status = 1;  // a rejected entry is a failed check
    }
    if (check) {
        for (const auto& problem : wd::check_catalog(catalog)) {
            std::fprintf(stderr, "%s\n", wd::describe_problem(problem).c_str());
            status = 1;
        }
        return status;
    }
    if (!export_path.empty()) {
        wd::CatalogFileResult r = wd::save_catalog_file(catalog, export_path);
        if (!r.ok()) {
            std::fprintf(stderr, "wpptrace catalog: %s\n", r.error.c_str());
            return 2;
        }
        std::printf("wrote %zu messages of %zu modules to %s\n", r.messages, r.modules,
                    export_path.c_str());
        return finish_stdout("catalog", status);
    }
    wd::write_catalog_text(catalog, std::cout);  // std::cout writes through stdout's buffer
    return finish_stdout("catalog", status);
}

// `wpptrace ifr list`: one line per recorder file, what its header says and what it holds.
int run_ifr_list(const std::vector<std::string>& arguments) {
    std::vector<std::string> files;
    int status = 0;
    try {
        if (arguments.empty()) {
            const std::string base = wd::ifr_base_dir();
            std::error_code ec;
            if (std::filesystem::is_directory(base, ec))
                for (const auto& entry : std::filesystem::directory_iterator(base, ec))
                    if (entry.is_directory(ec)) {
                        try {
                            for (auto& f : wd::find_ifr_files(entry.path().string()))
                                files.push_back(std::move(f));
                        } catch (const wd::Error&) {  // an empty process directory
                        }
                    }
            std::sort(files.begin(), files.end());
        } else {
            for (const auto& argument : arguments)
                for (auto& f : wd::find_ifr_files(argument)) files.push_back(std::move(f));
        }
    } catch (const wd::Error& e) {
        std::fprintf(stderr, "wpptrace ifr list: %s\n", e.what());
        return e.exit_code();
    }
    std::printf("%-8s %-7s %-20s %-16s %9s %5s  %-18s %s\n", "PID", "STATE", "DRIVER", "LOG",
                "MESSAGES", "TORN", "TIME", "FILE");
    for (const auto& file : files) {
        try {
            const wd::IfrImage image = wd::read_ifr_file(file);
            const wd::IfrRecorderInfo& info = image.info;
            const char* state = info.live ? "live" : info.closed ? "closed" : "dead";
            std::printf("%-8u %-7s %-20s %-16s %9llu %5llu  %-18s %s\n", info.pid, state,
                        info.module.c_str(), info.log.empty() ? "-" : info.log.c_str(),
                        static_cast<unsigned long long>(info.messages),
                        static_cast<unsigned long long>(info.torn),
                        wd::describe_ifr_clock(info).c_str(), file.c_str());
            if (!info.fault.empty()) std::printf("         fault: %s\n", info.fault.c_str());
        } catch (const wd::Error& e) {
            std::fprintf(stderr, "wpptrace ifr list: %s\n", e.what());
            status = 1;
        }
    }
    if (files.empty())
        std::fprintf(stderr, "wpptrace ifr list: no recorder in %s\n", wd::ifr_base_dir().c_str());
    return finish_stdout("ifr list", status);
}

// A --driver or --flags name that no traced module declared recorded nothing: say so, with the
// names the trace's catalog knows. The trace was recorded, so the exit status stays the same.
void warn_about_unknown_selection(const wd::RecordOptions& options, const std::string& trace) {
    if (!wd::selection_names_anything(options.drivers, options.flags)) return;
    hold_closed_std_fds();
    wd::install_interrupt_cleanup();  // reading the trace may make scratch copies
    try {
        for (const auto& warning :
             wd::check_selection(options.drivers, options.flags, wd::traced_modules(trace)))
            std::fprintf(stderr, "wpptrace record: warning: %s\n", warning.c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr,
                     "wpptrace record: warning: cannot check the driver and flag names: %s\n",
                     e.what());
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (const auto reader_status = wd::serve_reader_child(argc, argv)) return *reader_status;
    CLI::App app{
        "wpptrace: WPP-style software tracing on LTTng. Record a session, decode a trace "
        "into per-driver text, show or export the message catalog of driver binaries."};
    app.require_subcommand(1);
    app.set_version_flag("--version", "wpptrace " WPPTRACE_VERSION);
    app.footer(
        "Exit status: 2 for bad usage; each command's own in `wpptrace COMMAND --help`\n"
        "(decode: 0 all decoded, 1 something lost or unknown, 2 nothing read or bad usage;\n"
        "record: the command's status, 125 record's own failure, 126/127 the command could\n"
        "not be run / found; catalog: 0, 1 a failed --check, 2).");

    // record
    wd::RecordOptions record;
    auto* rec = app.add_subcommand("record",
                                   "Run a command under an LTTng session that records "
                                   "its WPP messages (like tracelog)");
    rec->add_option("-o,--output", record.output,
                    "Trace directory, new or empty (default ./wpptrace-DATE-TIME)");
    rec->add_option("-s,--session", record.session, "LTTng session name");
    rec->add_option("-d,--driver", record.drivers, "Record only this driver (repeatable)")
        ->allow_extra_args(false);
    rec->add_option("-l,--level", record.level,
                    "Highest WPP level recorded: CRITICAL ERROR WARNING INFORMATION VERBOSE");
    rec->add_option("-f,--flags", record.flags,
                    "Flags recorded, by name or mask: DBG_INIT|DBG_PNP or 0x3 (default all)");
    rec->add_option(
           "--subbuf-size", record.subbuffer_bytes,
           "Channel sub-buffer size in bytes (default 1 MiB): lttng enable-channel --subbuf-size")
        ->check(CLI::Range(4096ull, 1ull << 30));
    rec->add_option("--num-subbuf", record.subbuffers,
                    "Channel sub-buffers per CPU (default 8): lttng enable-channel --num-subbuf")
        ->check(CLI::Range(2u, 1024u));
    rec->add_flag("-v,--verbose", record.verbose, "Show the lttng commands");
    rec->add_flag("--live", record.live,
                  "A live session: watch it with `wpptrace decode --live URL` while it runs "
                  "(the URL is printed); a private lttng-relayd on 127.0.0.1 unless --relayd");
    rec->add_option("--relayd", record.relayd,
                    "With --live: stream to this lttng-relayd, net://HOST[:CONTROL[:DATA[:LIVE]]] "
                    "(no authentication, no encryption: a trusted network or an SSH tunnel)")
        ->needs("--live");
    rec->add_option("--live-timer", record.live_timer_us,
                    "With --live: microseconds between sends to relayd (default 1000000)")
        ->check(CLI::Range(std::uint64_t{10000}, std::uint64_t{60000000}))
        ->needs("--live");
    rec->add_flag("--wait-viewer", record.wait_viewer,
                  "With --live: run the command only once a viewer (decode --live) has attached, "
                  "so that it sees the drivers start")
        ->needs("--live");
    auto* flight = rec->add_flag(
        "--flight-recorder", record.flight_recorder,
        "A flight recorder: the last --size KiB per CPU kept in memory (an LTTng snapshot "
        "session), dumped under -o by `wpptrace snapshot`, on --dump-on, and when the command "
        "exits 4 or 5 or is killed");
    flight->excludes("--live");
    rec->add_option("--size", record.flight_size_kib,
                    "With --flight-recorder: KiB of messages kept per CPU (default 1024; rounded "
                    "down to a power of two, 16 at least)")
        ->needs(flight)
        ->excludes("--subbuf-size")
        ->excludes("--num-subbuf");
    rec->add_option("--dump-on", record.dump_on,
                    "With --flight-recorder: dump on the first message at LEVEL or worse, of "
                    "these drivers (default ERROR, all drivers; repeatable; none: never)")
        ->type_name("LEVEL[:DRIVER,...]")
        ->allow_extra_args(false)
        ->needs(flight);
    rec->add_option("--shm-path", record.flight_shm_path,
                    "With --flight-recorder: keep the rings in files under DIR (lttng create "
                    "--shm-path), which outlive the LTTng daemons: `lttng-crash -x OUT DIR`")
        ->needs(flight);
    rec->add_option("command", record.command, "The command to run (after --)")->required();
    rec->footer(
        "Exit status, as timeout(1) gives it: the command's exit status, or\n"
        "  125      record itself failed: a bad option, an -o that is not new or empty, an LTTng\n"
        "           session that could not be set up, stopped or destroyed\n"
        "  126      the command was found but could not be run\n"
        "  127      the command was not found\n"
        "  128+N    the command, or record, was ended by signal N (130 SIGINT, 143 SIGTERM,\n"
        "           129 SIGHUP); the session is still stopped and the trace kept");

    // snapshot
    wd::SnapshotOptions snap;
    auto* snp = app.add_subcommand(
        "snapshot", "Dump a running flight recorder (`wpptrace record --flight-recorder`)");
    snp->add_option("-s,--session", snap.session,
                    "LTTng session name (default: the one snapshot session)");
    snp->add_option("-o,--output", snap.output,
                    "Write the dump under DIR (default: the recording's trace directory)");
    snp->add_flag("-v,--verbose", snap.verbose, "Show the lttng commands");
    snp->footer(
        "Exit status:\n"
        "  0        dumped: its directory is printed\n"
        "  2        no such flight recorder, a bad option, or LTTng failed");

    // decode
    wd::DecodeOptions decode;
    bool utc = false, hires = false, quiet = false, csv = false, json = false;
    bool summary_only = false, no_summary = false;
    std::string time_mode;
    auto* dec = app.add_subcommand("decode", "Decode traces into tracefmt-style text, CSV or JSON");
    auto* traces_option = dec->add_option("traces", decode.traces, "Trace or session directories");
    auto* live_option =
        dec->add_option("--live", decode.live_urls,
                        "Watch a live session: net://HOST[:PORT]/host/HOSTNAME/SESSION, as "
                        "`wpptrace record --live` prints it; ends with the session or on Ctrl-C, "
                        "with the summary. Repeated: several sessions (machines) merged by time, "
                        "with their hosts; net://HOST[:PORT]/host/*/SESSION: that session of "
                        "every machine the relay daemon lists")
            ->allow_extra_args(false);
    live_option->excludes(traces_option);
    dec->add_option("-c,--catalog", decode.catalogs,
                    "Driver binary, exported catalog, or directory of exported catalogs (*.json) "
                    "to decode with (repeatable; also WPPTRACE_CATALOG_PATH=DIR:DIR)")
        ->allow_extra_args(false);
    auto* prefix = dec->add_option("-p,--prefix", decode.prefix,
                                   "Line prefix with WPP codes (default: TRACE_FORMAT_PREFIX, "
                                   "else [%9!d!]%8!04X!.%3!04X!::%4!s! [%1!s!])");
    auto* noprefix =
        dec->add_flag("--noprefix", decode.no_prefix, "Print messages without a prefix");
    dec->add_option("-o,--output", decode.output_dir,
                    "Write DIR/<driver>.log (.csv, .jsonl), DIR/merged.* and DIR/summary.txt");
    auto* csv_flag = dec->add_flag("--csv", csv,
                                   "CSV (RFC 4180): a header row, then one row per event with "
                                   "every prefix field in its own column");
    auto* json_flag =
        dec->add_flag("--json", json, "JSON lines: one object per event, the summary as the last");
    csv_flag->excludes(json_flag);
    for (auto* text_only : {prefix, noprefix}) {
        text_only->excludes(csv_flag);
        text_only->excludes(json_flag);
    }
    auto* time_option = dec->add_option("--time", time_mode,
                                        "Time as local (default), utc, or relative (seconds "
                                        "since the first event)");
    auto* utc_flag = dec->add_flag("--utc,--gmt", utc, "Times in UTC instead of local time");
    utc_flag->excludes(time_option);
    dec->add_flag("--hires", hires, "Times with nanoseconds");
    dec->add_flag("--host", decode.show_host,
                  "Show each event's machine (automatic with traces of several machines)");
    auto* summary_only_flag =
        dec->add_flag("--summary-only", summary_only, "Decode and count, print only the summary");
    auto* no_summary_flag = dec->add_flag("--no-summary", no_summary, "No summary at all");
    summary_only_flag->excludes(no_summary_flag);
    dec->add_flag("-q,--quiet", quiet, "No summary unless something went wrong");
    dec->footer(
        "Exit status:\n"
        "  0        every event decoded\n"
        "  1        decoded, with something lost, unknown, malformed, corrupt, unreadable or\n"
        "           ended early (the summary says what)\n"
        "  2        nothing could be read, a bad option, or an output that could not be written\n"
        "  128+N    interrupted by signal N (130 SIGINT, 143 SIGTERM, 129 SIGHUP)");

    // catalog
    std::vector<std::string> sources;
    std::string export_path;
    bool check = false;
    auto* cat = app.add_subcommand("catalog",
                                   "Show, check or export the message catalog of "
                                   "driver binaries or catalog files");
    cat->add_option("sources", sources,
                    "Driver binaries, catalog files, or directories of exported catalogs (*.json)")
        ->required();
    cat->add_option("-e,--export", export_path,
                    "Write the catalog as a JSON file (the TMF of "
                    "wpptrace) that `decode -c` reads");
    cat->add_flag("--check", check, "Check every message's format against its argument types");
    cat->footer(
        "Exit status:\n"
        "  0        shown, exported, or checked without a problem\n"
        "  1        --check found a problem (printed as file:line: error: ...)\n"
        "  2        a bad option, a source that cannot be read, an export that cannot be written\n"
        "  128+N    interrupted by signal N (130 SIGINT, 143 SIGTERM, 129 SIGHUP)");

    // ifr: the in-flight recorders of processes, alive or dead
    auto* ifr = app.add_subcommand("ifr",
                                   "The in-flight recorders drivers keep in their process "
                                   "(no session needed): list them, or decode one");
    ifr->require_subcommand(1);
    std::vector<std::string> ifr_list_args;
    auto* ifr_list = ifr->add_subcommand(
        "list", "List recorders: all of this user's, or those of a process, directory or file");
    ifr_list->add_option("recorders", ifr_list_args, "Process ids, directories or .ifr files");
    wd::DecodeOptions ifr_dump_options;
    std::vector<std::string> ifr_dump_args;
    bool ifr_csv = false, ifr_json = false, ifr_utc = false, ifr_hires = false, ifr_quiet = false;
    std::string ifr_time_mode;
    auto* ifr_dump = ifr->add_subcommand(
        "dump", "Decode what recorders hold, as `decode` does (text, CSV or JSON)");
    ifr_dump->add_option("recorders", ifr_dump_args, "Process ids, directories or .ifr files")
        ->required();
    ifr_dump
        ->add_option("-c,--catalog", ifr_dump_options.catalogs,
                     "Catalog to decode with, besides the driver binary each recorder names "
                     "(repeatable)")
        ->allow_extra_args(false);
    auto* ifr_prefix =
        ifr_dump->add_option("-p,--prefix", ifr_dump_options.prefix, "Line prefix (as decode)");
    auto* ifr_noprefix = ifr_dump->add_flag("--noprefix", ifr_dump_options.no_prefix,
                                            "Print messages without a prefix");
    auto* ifr_csv_flag = ifr_dump->add_flag("--csv", ifr_csv, "CSV, as decode --csv");
    auto* ifr_json_flag = ifr_dump->add_flag("--json", ifr_json, "JSON lines, as decode --json");
    ifr_csv_flag->excludes(ifr_json_flag);
    for (auto* text_only : {ifr_prefix, ifr_noprefix}) {
        text_only->excludes(ifr_csv_flag);
        text_only->excludes(ifr_json_flag);
    }
    auto* ifr_time = ifr_dump->add_option("--time", ifr_time_mode, "local, utc or relative");
    ifr_dump->add_flag("--utc,--gmt", ifr_utc, "Times in UTC")->excludes(ifr_time);
    ifr_dump->add_flag("--hires", ifr_hires, "Times with nanoseconds");
    ifr_dump->add_flag("-q,--quiet", ifr_quiet, "No summary unless something went wrong");
    for (auto* command : {ifr, ifr_list, ifr_dump})
        command->footer(
            "Exit status:\n"
            "  0        listed, or decoded without a problem (torn or dropped messages are\n"
            "           warnings on stderr)\n"
            "  1        decoded, but a message was unknown or a recorder could not be read\n"
            "  2        a bad option, or nothing could be read (a corrupt or foreign file)\n"
            "  128+N    interrupted by signal N");

    // record's own failures exit 125, never a status its command could have (record.hpp).
    const bool recording = argc > 1 && std::string_view(argv[1]) == "record";
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (app.exit(e) == 0) return 0;  // --help and --version are not errors
        return recording ? wd::record_status::failed : 2;
    }

    if (rec->parsed()) {
        wd::RecordResult r;
        try {
            r = wd::record(record);
        } catch (const wd::Error& e) {
            std::fprintf(stderr, "wpptrace record: %s\n", e.what());
            return e.exit_code() == wd::Error::failed ? wd::record_status::failed : e.exit_code();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "wpptrace record: %s\n", e.what());
            return wd::record_status::failed;
        }
        if (r.trace_dir.empty()) {
            std::fprintf(stderr, "wpptrace record: trace written by the relay daemon at %s\n",
                         record.relayd.c_str());
        } else {
            if (!record.flight_recorder) {
                std::fprintf(stderr, "wpptrace record: trace written to %s\n", r.trace_dir.c_str());
            } else if (r.dumps.empty()) {
                std::fprintf(stderr, "wpptrace record: flight recorder: nothing was dumped\n");
            } else {
                for (const auto& dump : r.dumps)
                    std::fprintf(stderr, "wpptrace record: flight recorder dump %s\n",
                                 dump.c_str());
            }
            if (!r.signal && (!record.flight_recorder || !r.dumps.empty()))
                warn_about_unknown_selection(record, r.trace_dir);
        }
        return r.exit_status();
    }
    if (snp->parsed()) {
        try {
            std::printf("%s\n", wd::snapshot(snap).c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "wpptrace snapshot: %s\n", e.what());
            return 2;
        }
        return finish_stdout("snapshot", 0);
    }
    // Temporaries and scratch copies go with a Ctrl-C or SIGTERM (exit 130, 143).
    if (dec->parsed() || cat->parsed()) {
        hold_closed_std_fds();
        wd::install_interrupt_cleanup();
    }
    if (dec->parsed()) {
        if (decode.traces.empty() && decode.live_urls.empty()) {
            std::fprintf(stderr,
                         "wpptrace decode: no trace given (trace directories, or --live "
                         "URL)\nRun with --help for more information.\n");
            return 2;
        }
        decode.format = csv    ? wd::OutputFormat::csv
                        : json ? wd::OutputFormat::json
                               : wd::OutputFormat::text;
        decode.write_events = !summary_only;
        decode.write_summary = !no_summary;
        return run_decode(decode, time_mode, utc, hires, quiet);
    }
    if (ifr->parsed()) {
        hold_closed_std_fds();
        if (ifr_list->parsed()) return run_ifr_list(ifr_list_args);
        try {
            for (const auto& argument : ifr_dump_args)
                for (auto& f : wd::find_ifr_files(argument))
                    ifr_dump_options.recorders.push_back(std::move(f));
        } catch (const wd::Error& e) {
            std::fprintf(stderr, "wpptrace ifr dump: %s\n", e.what());
            return e.exit_code();
        }
        ifr_dump_options.format = ifr_csv    ? wd::OutputFormat::csv
                                  : ifr_json ? wd::OutputFormat::json
                                             : wd::OutputFormat::text;
        return run_decode(ifr_dump_options, ifr_time_mode, ifr_utc, ifr_hires, ifr_quiet,
                          "ifr dump");
    }
    return run_catalog(sources, export_path, check);
}
