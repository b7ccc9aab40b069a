// workload.cpp - an I/O workload on one device: each thread opens its own handle (IRP_MJ_CREATE),
// runs its share of the requests, interleaved by type, and closes (cleanup and close).
#include <atomic>
#include <future>
#include <mutex>
#include <system_error>
#include <thread>

#include "wpptrace/host/host_config.hpp"

namespace wpptrace::host {

namespace {
const char* type_name(RequestSpec::Type type) {
    switch (type) {
        case RequestSpec::Type::read:
            return "read";
        case RequestSpec::Type::write:
            return "write";
        case RequestSpec::Type::ioctl:
            return "ioctl";
    }
    return "?";
}

std::string outcome(const char* type, const IoResult& r) {
    return std::string(type) + " " + (r.completed ? status_name(r.status) : "not completed");
}
}  // namespace

WorkloadResult run_workload(DriverHost& host, Device& device, const WorkloadSpec& workload) {
    // Interleave the request kinds (r1 w1 i1 r2 w2 ...) so that threads mix them.
    std::vector<const RequestSpec*> sequence;
    for (unsigned round = 0;; ++round) {
        bool any = false;
        for (const auto& spec : workload.requests)
            if (round < spec.count && !spec.pending) {
                sequence.push_back(&spec);
                any = true;
            }
        if (!any) break;
    }
    WorkloadResult result;
    std::mutex mutex;
    auto count = [&](const std::string& key) {
        std::lock_guard lock(mutex);
        ++result.by_type_and_status[key];
        ++result.requests;
    };
    auto start = std::chrono::steady_clock::now();
    // The threads learn how many of them started before they take their share: a thread that
    // cannot be created (no memory for its stack, a process limit) leaves its share to the others,
    // and the failure is reported, not std::terminate'd.
    std::promise<unsigned> started_promise;
    std::shared_future<unsigned> started = started_promise.get_future().share();
    auto error = [&](std::string text) {
        std::lock_guard lock(mutex);
        result.errors.push_back(std::move(text));
    };
    auto share = [&](unsigned t) {
        const unsigned stride = started.get();
        OpenFile file = host.open(device);
        count(outcome("create", file.result));
        if (!file.file) return;
        // Overlapped requests the driver pended, collected before the handle closes.
        std::vector<std::pair<const RequestSpec*, IoResult>> pending;
        for (std::size_t i = t; i < sequence.size(); i += stride) {
            const RequestSpec& spec = *sequence[i];
            IoOptions options{.cancel_after = std::chrono::milliseconds(spec.cancel_after_ms),
                              .overlapped = spec.overlapped};
            IoResult r;
            switch (spec.type) {
                case RequestSpec::Type::read:
                    r = host.read(device, file.file, spec.length, options);
                    break;
                case RequestSpec::Type::write:
                    r = host.write(
                        device, file.file,
                        std::vector<unsigned char>(spec.length, static_cast<unsigned char>(i)),
                        options);
                    break;
                case RequestSpec::Type::ioctl:
                    r = host.ioctl(device, file.file, spec.code,
                                   spec.input.empty()
                                       ? std::vector<unsigned char>(spec.input_length, 0x5a)
                                       : spec.input,
                                   spec.output_length, options);
                    break;
            }
            if (r.pending)
                pending.emplace_back(&spec, std::move(r));
            else
                count(outcome(type_name(spec.type), r));
        }
        // As CloseHandle with I/O outstanding: IRP_MJ_CLEANUP (where the driver cancels
        // what the handle left pending), then the pending requests end, then IRP_MJ_CLOSE.
        if (!pending.empty()) host.cleanup(device, file.file);
        for (auto& [spec, io] : pending) count(outcome(type_name(spec->type), host.wait(io)));
        count(outcome("close", host.close(device, file.file)));
    };
    auto guarded_share = [&](unsigned t) {
        try {
            share(t);
        } catch (const std::exception& e) {  // an exception out of a thread would terminate
            error("thread " + std::to_string(t + 1) + " stopped: " + e.what());
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < workload.threads; ++t) {
        try {
            threads.emplace_back(guarded_share, t);
        } catch (const std::system_error& e) {
            error("could not start thread " + std::to_string(t + 1) + " of " +
                  std::to_string(workload.threads) + " (" + e.what() + "); " +
                  (t ? "the requests ran on the " + std::to_string(t) + " that started"
                     : std::string("the requests ran on the host's own thread")));
            break;
        }
    }
    started_promise.set_value(threads.empty() ? 1u : static_cast<unsigned>(threads.size()));
    if (threads.empty()) guarded_share(0);
    for (auto& thread : threads) thread.join();
    result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - start);
    return result;
}

}  // namespace wpptrace::host
