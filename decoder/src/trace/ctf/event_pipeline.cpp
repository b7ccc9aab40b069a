// event_pipeline.cpp - a producer thread, batches of calls, replay on the caller's thread.
#include "event_pipeline.hpp"

#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace wpptrace::decoder::ctf {
namespace {

// Any call but on_message: rare (catalog, losses), kept whole.
struct OtherCall {
    enum class Type : std::uint8_t {
        catalog_message,
        catalog_module,
        discarded_events,
        discarded_packets,
        malformed,
        lifetime
    } type;
    MessageInfo message;
    ModuleInfo module;
    std::uint64_t count = 0;
    bool flag = false;  // known, or started
    std::string a, b;   // malformed: name, why; lifetime: module
    std::uint32_t pid = 0;
};

// Events as packed records; a record of another call refers to `others`.
struct Batch {
    static constexpr std::size_t full_bytes = 256 * 1024;
    std::vector<char> bytes;
    std::vector<OtherCall> others;
    std::size_t other_count = 0;  // others[0, other_count) are this batch's
    void clear() {
        bytes.clear();
        other_count = 0;
    }
};

struct Stop {};  // unwinds the producer when the consumer has gone

class Queue {
  public:
    static constexpr int batches = 4;

    Queue() {
        for (int i = 0; i < batches; ++i) free_.push_back(std::make_unique<Batch>());
    }

    // Producer side.
    std::unique_ptr<Batch> take_free() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stop_ || !free_.empty(); });
        if (stop_) throw Stop{};
        auto batch = std::move(free_.front());
        free_.pop_front();
        batch->clear();
        return batch;
    }
    void push_full(std::unique_ptr<Batch> batch) {
        std::lock_guard lock(mutex_);
        full_.push_back(std::move(batch));
        changed_.notify_all();
    }
    void finish(std::exception_ptr error) {
        std::lock_guard lock(mutex_);
        done_ = true;
        error_ = error;
        changed_.notify_all();
    }

    // Consumer side: the next batch, or null at the end.
    std::unique_ptr<Batch> take_full() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return done_ || !full_.empty(); });
        if (full_.empty()) return nullptr;
        auto batch = std::move(full_.front());
        full_.pop_front();
        return batch;
    }
    void give_back(std::unique_ptr<Batch> batch) {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(batch));
        changed_.notify_all();
    }
    void stop() {
        std::lock_guard lock(mutex_);
        stop_ = true;
        changed_.notify_all();
    }
    std::exception_ptr error() {
        std::lock_guard lock(mutex_);
        return error_;
    }

  private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Batch>> free_, full_;
    bool done_ = false, stop_ = false;
    std::exception_ptr error_;
};

enum : std::uint8_t { record_event = 1, record_other = 2 };

template <class T>
void put(std::vector<char>& out, const T& value) {
    const char* p = reinterpret_cast<const char*>(&value);
    out.insert(out.end(), p, p + sizeof value);
}
void put_text(std::vector<char>& out, std::string_view s) {
    put(out, static_cast<std::uint32_t>(s.size()));
    out.insert(out.end(), s.begin(), s.end());
}

// The producer's visitor: every call into the current batch.
class BatchingVisitor final : public TraceVisitor {
  public:
    explicit BatchingVisitor(Queue& queue) : queue_(queue), batch_(queue.take_free()) {}

    void on_message(const WppEvent& e) override {
        make_room();
        std::vector<char>& out = batch_->bytes;
        out.push_back(static_cast<char>(record_event));
        put(out, e.timestamp_ns);
        put(out, e.msg_id);
        put(out, e.cpu);
        put(out, e.pid);
        put(out, e.tid);
        put(out, e.flags);
        put(out, e.level);
        put(out, static_cast<std::uint32_t>(e.args.size()));
        const char* words = reinterpret_cast<const char*>(e.args.data());
        out.insert(out.end(), words, words + e.args.size() * 8);
        put_text(out, e.driver);
        put_text(out, e.procname);
    }
    void on_catalog_message(MessageInfo m) override {
        other(OtherCall::Type::catalog_message).message = std::move(m);
    }
    void on_catalog_module(ModuleInfo m) override {
        other(OtherCall::Type::catalog_module).module = std::move(m);
    }
    void on_discarded_events(std::uint64_t count, bool known) override {
        OtherCall& c = other(OtherCall::Type::discarded_events);
        c.count = count;
        c.flag = known;
    }
    void on_discarded_packets(std::uint64_t count, bool known) override {
        OtherCall& c = other(OtherCall::Type::discarded_packets);
        c.count = count;
        c.flag = known;
    }
    void on_malformed_event(std::string_view name, std::string_view why) override {
        OtherCall& c = other(OtherCall::Type::malformed);
        c.a = name;
        c.b = why;
    }
    void on_module_lifetime(std::string_view module, std::uint32_t pid, bool started) override {
        OtherCall& c = other(OtherCall::Type::lifetime);
        c.a = module;
        c.pid = pid;
        c.flag = started;
    }

    // The batch so far goes to the consumer (also when the producer failed: the calls made
    // before the failure are replayed).
    void finish() { queue_.push_full(std::move(batch_)); }

  private:
    // A full batch goes before anything more is written.
    void make_room() {
        if (batch_->bytes.size() < Batch::full_bytes && batch_->other_count < 1024) return;
        queue_.push_full(std::move(batch_));
        batch_ = queue_.take_free();
    }

    OtherCall& other(OtherCall::Type type) {
        make_room();
        if (batch_->other_count == batch_->others.size()) batch_->others.emplace_back();
        OtherCall& c = batch_->others[batch_->other_count];
        put(batch_->bytes, static_cast<std::uint8_t>(record_other));
        put(batch_->bytes, static_cast<std::uint32_t>(batch_->other_count));
        ++batch_->other_count;
        c.type = type;
        return c;
    }

    Queue& queue_;
    std::unique_ptr<Batch> batch_;
};

template <class T>
T get(const char*& at) {
    T value;
    std::memcpy(&value, at, sizeof value);
    at += sizeof value;
    return value;
}
std::string_view get_text(const char*& at) {
    auto n = get<std::uint32_t>(at);
    std::string_view s(at, n);
    at += n;
    return s;
}

void replay(Batch& batch, TraceVisitor& visitor, std::vector<std::uint64_t>& words) {
    const char* at = batch.bytes.data();
    const char* end = at + batch.bytes.size();
    while (at < end) {
        auto type = get<std::uint8_t>(at);
        if (type == record_event) {
            WppEvent e;
            e.timestamp_ns = get<std::int64_t>(at);
            e.msg_id = get<std::uint64_t>(at);
            e.cpu = get<std::uint32_t>(at);
            e.pid = get<std::uint32_t>(at);
            e.tid = get<std::uint32_t>(at);
            e.flags = get<std::uint32_t>(at);
            e.level = get<std::uint8_t>(at);
            auto n = get<std::uint32_t>(at);
            words.resize(n);  // within the capacity of earlier events: no allocation
            if (n) std::memcpy(words.data(), at, std::size_t{n} * 8);
            at += std::size_t{n} * 8;
            e.args = words;
            e.driver = get_text(at);
            e.procname = get_text(at);
            visitor.on_message(e);
            continue;
        }
        OtherCall& c = batch.others[get<std::uint32_t>(at)];
        switch (c.type) {
            case OtherCall::Type::catalog_message:
                visitor.on_catalog_message(std::move(c.message));
                break;
            case OtherCall::Type::catalog_module:
                visitor.on_catalog_module(std::move(c.module));
                break;
            case OtherCall::Type::discarded_events:
                visitor.on_discarded_events(c.count, c.flag);
                break;
            case OtherCall::Type::discarded_packets:
                visitor.on_discarded_packets(c.count, c.flag);
                break;
            case OtherCall::Type::malformed:
                visitor.on_malformed_event(c.a, c.b);
                break;
            case OtherCall::Type::lifetime:
                visitor.on_module_lifetime(c.a, c.pid, c.flag);
                break;
        }
    }
}

}  // namespace

void run_pipelined(const std::function<void(TraceVisitor&)>& produce, TraceVisitor& visitor) {
    Queue queue;
    std::thread producer([&] {
        std::exception_ptr error;
        std::unique_ptr<BatchingVisitor> batching;
        bool stopped = false;
        try {
            batching = std::make_unique<BatchingVisitor>(queue);
            produce(*batching);
        } catch (const Stop&) {
            stopped = true;
        } catch (...) {
            error = std::current_exception();
        }
        if (batching && !stopped) batching->finish();
        queue.finish(error);
    });
    // However this thread leaves, the producer is stopped and joined first.
    struct Joiner {
        Queue& queue;
        std::thread& thread;
        ~Joiner() {
            queue.stop();
            thread.join();
        }
    } joiner{queue, producer};
    std::vector<std::uint64_t> words;
    while (std::unique_ptr<Batch> batch = queue.take_full()) {
        replay(*batch, visitor, words);
        queue.give_back(std::move(batch));
    }
    if (std::exception_ptr error = queue.error()) std::rethrow_exception(error);
}

}  // namespace wpptrace::decoder::ctf
