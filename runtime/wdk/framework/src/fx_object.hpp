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
    io_target,
    wmi_provider,
    wmi_instance,
    memory,
    string,
    collection,
    file_object,
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
    // References beyond the tree's own (WdfObjectReference, collections): an object deleted
    // while referenced is cleaned up at once and destroyed at its last dereference.
    std::atomic<long> references{0};
    bool zombie = false;  // deleted, waiting for its references to go

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
// Takes and drops a reference (fx_object_reference.cpp); the last drop of a deleted object
// runs its destroy callback and frees it.
void fx_reference(FxObject* object);
void fx_dereference(FxObject* object);
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
    // File objects (wdf_fileobject.cpp): the driver's configuration and attributes.
    WDF_FILEOBJECT_CONFIG file_config{};
    WDF_OBJECT_ATTRIBUTES file_attributes{};
    bool has_file_attributes = false;
    bool exclusive = false;
    bool surprise_removed = false;
    bool control = false;            // a control device (wdf_control_device.cpp): no stack, no PnP
    FxDevice* parent_fdo = nullptr;  // a child PDO's bus FDO (wdf_pdo.cpp)
    FxObject* default_child_list = nullptr;  // WdfFdoInitSetDefaultChildListConfig
    // Recorded policy (wdf_device_policy.cpp).
    WDF_DEVICE_PNP_CAPABILITIES pnp_caps{};
    WDF_DEVICE_POWER_CAPABILITIES power_caps{};
    WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS idle_settings{};
    WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS wake_settings{};
    WDF_DEVICE_STATE device_state{};
    bool power_policy_owner = true;              // the function driver, unless it says otherwise
    LONG idle_stops = 0;                         // WdfDeviceStopIdle minus WdfDeviceResumeIdle
    LONG static_stop_remove = 0;                 // WdfDeviceSetStaticStopRemove(FALSE) minus (TRUE)
    bool reported_failed = false;                // WdfDeviceSetFailed
    std::recursive_mutex power_mutex;            // one device power transition at a time (S0 idle)
    WDF_OBJECT_ATTRIBUTES request_attributes{};  // a context for each of its requests
    bool has_request_attributes = false;
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
    // The driver's own state changes (wdf_queue_state.cpp).
    bool driver_stopped = false;      // WdfIoQueueStop / Purge: hold requests
    bool accepting = true;            // false once purged or drained, until WdfIoQueueStart
    std::vector<FxRequest*> owned;    // presented to the driver and not yet completed
    std::condition_variable changed;  // owned or waiting shrank, a stop was acknowledged
    // Threads in queue_request_done after the request left `owned`: they still use the queue,
    // which its cleanup waits for (a completion on another thread raced the device's removal).
    std::size_t finishing = 0;
    struct StateWaiter {
        enum Kind { stop, drain, purge } kind;
        PFN_WDF_IO_QUEUE_STATE callback;
        WDFCONTEXT context;
    };
    std::vector<StateWaiter> state_waiters;
    PFN_WDF_IO_QUEUE_STATE ready_notify = nullptr;
    WDFCONTEXT ready_context = nullptr;
    explicit FxQueue(DriverRecord* r) : FxObject(FxType::queue, r) {}
    void framework_cleanup() override;
};

struct FxRequestSend;  // a request's sending state (wdf_request_send.cpp)

struct FxRequest : FxObject {
    PIRP irp = nullptr;
    FxQueue* queue = nullptr;
    FxDevice* device = nullptr;
    WDF_REQUEST_TYPE request_type = WdfRequestTypeOther;
    ULONG_PTR information = 0;
    std::atomic<bool> completed{false};
    bool presented = false;
    bool created_by_driver = false;  // WdfRequestCreate: deleted by the driver, never completed
    FxRequestSend* send = nullptr;   // set once the request is formatted or sent to a target
    // Cancellation (wdf_request_cancel.cpp) and EvtIoStop (wdf_queue_state.cpp), under
    // cancel_mutex.
    std::mutex cancel_mutex;
    PFN_WDF_REQUEST_CANCEL cancel_routine = nullptr;  // set while cancelable
    bool canceled = false;                            // cancellation has begun
    bool stop_acknowledged = false;  // WdfRequestStopAcknowledge(FALSE); under the queue's mutex
    explicit FxRequest(DriverRecord* r) : FxObject(FxType::request, r) {}
    ~FxRequest() override;
    bool keep_after_delete() const override { return true; }
};

// Queue operations (wdf_queue.cpp).
void queue_add_request(FxQueue* queue, FxRequest* request);
void queue_request_done(FxQueue* queue, FxRequest* request);
void queue_start(FxQueue* queue);
void queue_stop(FxQueue* queue);
// Stops the queue for good and cancels the requests that were never presented.
void queue_purge(FxQueue* queue);
// Presents what the queue's state allows (after a request left it, or it was started).
void queue_dispatch(FxQueue* queue);
// True inside a queue's dispatch (an EvtIo callback): the ...Synchronously calls must not wait.
bool thread_is_presenting();
// Power transitions of a power-managed queue (wdf_queue_state.cpp): EvtIoStop for the requests
// the driver owns, waiting until each is completed or acknowledged; EvtIoResume on the way back.
void queue_power_down(FxQueue* queue, bool removal);
void queue_power_up(FxQueue* queue);
// Requests waiting in the queue that came on `file` are cancelled (its handle's cleanup).
void queue_cancel_file_requests(FxQueue* queue, PFILE_OBJECT file);
// Removes a waiting request, as cancellation does; false if it was not waiting there.
bool queue_remove_waiting(FxQueue* queue, FxRequest* request);
// Hands a request removed from the queue back as cancelled: EvtIoCanceledOnQueue, else
// STATUS_CANCELLED.
void queue_cancel_request(FxQueue* queue, FxRequest* request);
// Waiters on queue state (stop/drain/purge done) whose condition now holds are called.
void queue_check_state_waiters(FxQueue* queue);

// Cancels a request (wdf_request_cancel.cpp): EvtRequestCancel if the driver marked it
// cancelable, removal from its queue if it is still waiting there; remembered otherwise.
void request_cancel(FxRequest* request);
// The IRP's cancellation (IoCancelIrp) reaches its request (request_cancel) from
// request_create until the IRP leaves the framework: completed, or sent to a target.
void request_watch_irp_cancel(FxRequest* request);
void request_unwatch_irp_cancel(FxRequest* request);
// Whether the IRP has the framework's cancel routine: while its request waits in a queue or is
// marked cancelable.
void request_irp_cancelable(FxRequest* request, bool cancelable);
// Framework file objects (wdf_fileobject.cpp): create/cleanup/close for KMDF devices.
NTSTATUS fileobject_dispatch(FxDevice* device, PIRP irp);
// The context WdfDeviceInitSetRequestAttributes asked for, on a new request (wdf_device.cpp).
void apply_request_attributes(FxDevice* device, FxRequest* request);
// S0 idle (wdf_device_idle.cpp): the watcher starts with the device if the driver assigned
// idle settings, stops before its removal; idle_wake brings an idled device back to D0 (true if
// it did).
void idle_start(FxDevice* device);
void idle_stop(FxDevice* device);
bool idle_wake(FxDevice* device);
// Control devices (wdf_control_device.cpp).
void control_devices_shutdown(DriverRecord* record);
void control_device_register_shutdown(FxDevice* device, PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION fn);
void control_device_forget(FxDevice* device);
// Child lists (wdf_childlist.cpp): the default one made with its FDO; at start, the PDOs of
// children reported before.
void child_list_create_default(FxDevice* fdo, const WDFDEVICE_INIT* init);
void child_lists_start(FxDevice* fdo);
// Child PDOs (wdf_pdo.cpp).
void pdo_created(FxDevice* device, const WDFDEVICE_INIT* init);
void pdo_forget(FxDevice* device);
// Lists a child PDO under its parent (the host's report): STATUS_OBJECT_NAME_COLLISION if it is.
NTSTATUS pdo_add_child(FxDevice* parent, FxDevice* child);

// Requests (wdf_request.cpp).
FxRequest* request_create(FxDevice* device, PIRP irp);
void request_complete(FxRequest* request, NTSTATUS status, const char* entry);
const char* request_type_name(WDF_REQUEST_TYPE type);

// Sending requests (wdf_request_send.cpp): whether a target still owns the request (it must not
// be completed or deleted then).
bool request_sent_to_target(FxRequest* request);

// WMI (wdf_wmi.cpp): IRP_MJ_SYSTEM_CONTROL for a KMDF device.
NTSTATUS fx_wmi_dispatch(FxDevice* device, PIRP irp);

// The KMDF dispatch the framework installs in a WDF driver's DRIVER_OBJECT (wdf_device.cpp).
NTSTATUS fx_add_device(PDRIVER_OBJECT driver_object, PDEVICE_OBJECT pdo);
NTSTATUS fx_dispatch(PDEVICE_OBJECT device, PIRP irp);

// The calling driver (by return address) and its framework driver object.
DriverRecord* calling_driver(const void* return_address);

// Frees the request tombstones of a driver (at unload, after its code is gone).
void release_request_tombstones(DriverRecord* record);
void retire_request(FxRequest* request);

}  // namespace wpptrace::framework
