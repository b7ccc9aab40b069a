// fx_object.hpp - the KMDF object model: every WDF handle is an FxObject in a tree rooted at the
// driver. Deleting an object runs the cleanup callbacks of its subtree children first, then
// every destroy callback (children first too), then frees it, as WDF specifies.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <wdf.h>

#include "framework_state.hpp"

namespace wpptrace::framework {

enum class FxType {
    driver,
    device,
    queue,
    request,
    key,
    wait_lock,
    spin_lock,
    general,
    resources,
    timer,
    work_item,
    dpc,
};
const char* fx_type_name(FxType type);

struct FxObject {
    static constexpr std::uint32_t live_magic = 0x4678'4f62;  // "FxOb"
    std::uint32_t magic = live_magic;
    FxType type;
    DriverRecord* driver = nullptr;
    FxObject* parent = nullptr;
    std::vector<FxObject*> children;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP cleanup = nullptr;
    PFN_WDF_OBJECT_CONTEXT_DESTROY destroy = nullptr;
    struct Context {
        PCWDF_OBJECT_CONTEXT_TYPE_INFO type;
        void* memory;
    };
    std::vector<Context> contexts;

    FxObject(FxType type, DriverRecord* driver) : type(type), driver(driver) {}
    virtual ~FxObject();
    FxObject(const FxObject&) = delete;
    FxObject& operator=(const FxObject&) = delete;

    // The framework's own work before the driver's cleanup callback (queues purge, ...).
    virtual void framework_cleanup() {}
    // Requests outlive their deletion as tombstones (see wdf_request.cpp).
    virtual bool keep_after_delete() const { return false; }
    WDFOBJECT handle() { return static_cast<WDFOBJECT>(this); }
};

// Applies attributes (callbacks, context) and links the object under parent (attributes'
// ParentObject if given and allowed). Returns a status; the object is not linked on failure.
NTSTATUS fx_initialize(FxObject* object, PWDF_OBJECT_ATTRIBUTES attributes, FxObject* parent);
NTSTATUS fx_allocate_context(FxObject* object, PWDF_OBJECT_ATTRIBUTES attributes, void** context);
// Unlinks and deletes the subtree: cleanups (children first), destroys (children first), free.
void fx_delete(FxObject* object);
// The live object behind a handle, checked against type; nullptr (reported) otherwise.
FxObject* fx_object(WDFOBJECT handle, const char* entry);
template <class T>
T* fx_cast(const void* handle, FxType type, const char* entry) {
    FxObject* o = fx_object(const_cast<void*>(handle), entry);
    if (!o) return nullptr;
    if (o->type != type) {
        report_issue(o->driver, IssueKind::device_misuse,
                     std::string(entry) + ": handle is a " + fx_type_name(o->type) + ", not a " +
                         fx_type_name(type));
        return nullptr;
    }
    return static_cast<T*>(o);
}

struct FxDriver : FxObject {
    PDRIVER_OBJECT wdm = nullptr;
    WDF_DRIVER_CONFIG config{};
    PDRIVER_UNLOAD driver_unload = nullptr;  // a WDM unload routine the driver set itself
    explicit FxDriver(DriverRecord* r) : FxObject(FxType::driver, r) {}
};

struct FxQueue;
struct FxRequest;

struct FxResources : FxObject {
    explicit FxResources(DriverRecord* r) : FxObject(FxType::resources, r) {}
};

struct FxDevice : FxObject {
    FxDriver* fx_driver = nullptr;
    PDEVICE_OBJECT self = nullptr, pdo = nullptr, lower = nullptr;
    WDF_PNPPOWER_EVENT_CALLBACKS pnp{};
    WDF_DEVICE_IO_TYPE io_type = WdfDeviceIoBuffered;
    bool filter = false;
    std::mutex queues_mutex;
    std::vector<FxQueue*> queues;
    FxQueue* default_queue = nullptr;
    std::map<int, FxQueue*> dispatch;  // WDF_REQUEST_TYPE -> queue
    bool prepared = false, in_d0 = false, self_managed_io_started = false;
    std::vector<std::wstring> symbolic_links;
    std::vector<UNICODE_STRING> interfaces;  // pool strings from IoRegisterDeviceInterface
    FxResources* raw = nullptr;
    FxResources* translated = nullptr;
    explicit FxDevice(DriverRecord* r) : FxObject(FxType::device, r) {}
    void framework_cleanup() override;
};

struct FxQueue : FxObject {
    FxDevice* device = nullptr;
    WDF_IO_QUEUE_CONFIG config{};
    bool power_managed = true;
    std::mutex mutex;
    std::deque<FxRequest*> waiting;  // not yet presented to the driver
    std::size_t presented = 0;       // presented and not completed
    bool dispatching = false;        // a thread is in the dispatch loop
    bool stopped = true;             // power-managed queues start at D0Entry
    bool deleted = false;
    explicit FxQueue(DriverRecord* r) : FxObject(FxType::queue, r) {}
    void framework_cleanup() override;
};

struct FxRequest : FxObject {
    PIRP irp = nullptr;
    FxQueue* queue = nullptr;
    FxDevice* device = nullptr;
    WDF_REQUEST_TYPE request_type = WdfRequestTypeOther;
    ULONG_PTR information = 0;
    std::atomic<bool> completed{false};
    bool presented = false;
    explicit FxRequest(DriverRecord* r) : FxObject(FxType::request, r) {}
    bool keep_after_delete() const override { return true; }
};

// Queue operations (wdf_queue.cpp).
void queue_add_request(FxQueue* queue, FxRequest* request);
void queue_request_done(FxQueue* queue, FxRequest* request);
void queue_start(FxQueue* queue);
void queue_stop(FxQueue* queue);
// Stops the queue for good and cancels the requests that were never presented.
void queue_purge(FxQueue* queue);

// Requests (wdf_request.cpp).
FxRequest* request_create(FxDevice* device, PIRP irp);
void request_complete(FxRequest* request, NTSTATUS status, const char* entry);
const char* request_type_name(WDF_REQUEST_TYPE type);

// The KMDF dispatch the framework installs in a WDF driver's DRIVER_OBJECT (wdf_device.cpp).
NTSTATUS fx_add_device(PDRIVER_OBJECT driver_object, PDEVICE_OBJECT pdo);
NTSTATUS fx_dispatch(PDEVICE_OBJECT device, PIRP irp);

// The calling driver (by return address) and its framework driver object.
DriverRecord* calling_driver(const void* return_address);

// Frees the request tombstones of a driver (at unload, after its code is gone).
void release_request_tombstones(DriverRecord* record);
void retire_request(FxRequest* request);

}  // namespace wpptrace::framework
