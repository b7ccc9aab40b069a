// wdf_fileobject.cpp - framework file objects: one WDFFILEOBJECT per handle opened on a KMDF
// device. IRP_MJ_CREATE creates it (with the driver's file attributes: its per-handle context)
// and goes to the create queue or EvtDeviceFileCreate; IRP_MJ_CLEANUP cancels the handle's
// requests still waiting in the device's queues and calls EvtFileCleanup; IRP_MJ_CLOSE calls
// EvtFileClose and deletes the object.
#include <map>

#include "entry_guard.hpp"
#include "fx_device_init.hpp"
#include "fx_object.hpp"
#include "wdm_device.hpp"

namespace wpptrace::framework {

namespace {

struct FxFileObject;

std::mutex files_mutex;
// One WDFFILEOBJECT per (KMDF device, FILE_OBJECT): a filter and its function driver each
// have their own for the same handle.
std::map<std::pair<FxDevice*, PFILE_OBJECT>, FxFileObject*> files;

struct FxFileObject : FxObject {
    FxDevice* device = nullptr;
    PFILE_OBJECT wdm = nullptr;
    explicit FxFileObject(DriverRecord* r) : FxObject(FxType::file_object, r) {}
    ~FxFileObject() override {
        std::lock_guard lock(files_mutex);
        auto it = files.find({device, wdm});
        if (it != files.end() && it->second == this) files.erase(it);
    }
};

FxFileObject* find_file(FxDevice* d, PFILE_OBJECT file) {
    std::lock_guard lock(files_mutex);
    auto it = files.find({d, file});
    return it == files.end() ? nullptr : it->second;
}

bool has_open_file(FxDevice* d) {
    std::lock_guard lock(files_mutex);
    for (auto& [key, f] : files)
        if (key.first == d) return true;
    return false;
}

// A child of a create request: when the request goes (completed), a failed create takes its
// file object with it, as KMDF deletes the WDFFILEOBJECT of an open that failed.
struct CreateOutcome : FxObject {
    FxRequest* request = nullptr;
    FxFileObject* file = nullptr;
    explicit CreateOutcome(DriverRecord* r) : FxObject(FxType::general, r) {}
    void framework_cleanup() override {
        if (file && !NT_SUCCESS(request->irp->IoStatus.Status)) fx_delete(file);
    }
};

NTSTATUS complete_irp(PIRP irp, NTSTATUS status) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS finish(FxDevice* d, PIRP irp) {
    if (d->filter && d->lower) {
        IoSkipCurrentIrpStackLocation(irp);
        return IoCallDriver(d->lower, irp);
    }
    return complete_irp(irp, STATUS_SUCCESS);
}

WDFFILEOBJECT handle_of(FxFileObject* f) {
    return reinterpret_cast<WDFFILEOBJECT>(f);
}

NTSTATUS dispatch_create(FxDevice* d, PIRP irp) {
    PFILE_OBJECT wdm = IoGetCurrentIrpStackLocation(irp)->FileObject;
    // An exclusive device has one handle open at a time, as the I/O manager enforces.
    if (d->exclusive && has_open_file(d)) return complete_irp(irp, STATUS_ACCESS_DENIED);
    FxFileObject* file = nullptr;
    if (wdm && d->file_config.FileObjectClass != WdfFileObjectNotRequired) {
        file = new FxFileObject(d->driver);
        file->device = d;
        file->wdm = wdm;
        NTSTATUS status =
            fx_initialize(file, d->has_file_attributes ? &d->file_attributes : nullptr, d);
        if (!NT_SUCCESS(status)) {
            delete file;
            return complete_irp(irp, status);
        }
        std::lock_guard lock(files_mutex);
        files[{d, wdm}] = file;
    }
    FxQueue* create_queue = nullptr;
    {
        std::lock_guard lock(d->queues_mutex);
        auto it = d->dispatch.find(WdfRequestTypeCreate);
        if (it != d->dispatch.end()) create_queue = it->second;
    }
    if (!create_queue && !d->file_config.EvtDeviceFileCreate) {
        if (d->filter && d->lower) {
            IoSkipCurrentIrpStackLocation(irp);
            return IoCallDriver(d->lower, irp);
        }
        return complete_irp(irp, STATUS_SUCCESS);
    }
    FxRequest* request = request_create(d, irp);
    apply_request_attributes(d, request);
    auto* outcome = new CreateOutcome(d->driver);
    outcome->request = request;
    outcome->file = file;
    fx_initialize(outcome, nullptr, request);
    IoMarkIrpPending(irp);
    if (create_queue) {
        queue_add_request(create_queue, request);
    } else {
        request->presented = true;  // the driver owns it from EvtDeviceFileCreate on
        request_irp_cancelable(request, false);
        call_driver(d->driver, "EvtDeviceFileCreate", d->file_config.EvtDeviceFileCreate,
                    reinterpret_cast<WDFDEVICE>(d), reinterpret_cast<WDFREQUEST>(request),
                    file ? handle_of(file) : nullptr);
    }
    return STATUS_PENDING;
}

}  // namespace

NTSTATUS fileobject_dispatch(FxDevice* d, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    switch (stack->MajorFunction) {
        case IRP_MJ_CREATE:
            return dispatch_create(d, irp);
        case IRP_MJ_CLEANUP: {
            std::vector<FxQueue*> queues;
            {
                std::lock_guard lock(d->queues_mutex);
                queues = d->queues;
            }
            if (stack->FileObject)
                for (FxQueue* q : queues) queue_cancel_file_requests(q, stack->FileObject);
            FxFileObject* file = find_file(d, stack->FileObject);
            if (file && d->file_config.EvtFileCleanup)
                call_driver(d->driver, "EvtFileCleanup", d->file_config.EvtFileCleanup,
                            handle_of(file));
            return finish(d, irp);
        }
        case IRP_MJ_CLOSE: {
            FxFileObject* file = find_file(d, stack->FileObject);
            if (file) {
                if (d->file_config.EvtFileClose)
                    call_driver(d->driver, "EvtFileClose", d->file_config.EvtFileClose,
                                handle_of(file));
                fx_delete(file);
            }
            return finish(d, irp);
        }
        default:
            return complete_irp(irp, STATUS_INVALID_DEVICE_REQUEST);
    }
}

extern "C" WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST request) {
    auto* r = fx_cast<FxRequest>(request, FxType::request, "WdfRequestGetFileObject");
    if (!r || !r->irp || !r->device) return nullptr;
    FxFileObject* f = find_file(r->device, IoGetCurrentIrpStackLocation(r->irp)->FileObject);
    return f ? handle_of(f) : nullptr;
}

extern "C" WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT file) {
    auto* f = fx_cast<FxFileObject>(file, FxType::file_object, "WdfFileObjectGetDevice");
    return f ? reinterpret_cast<WDFDEVICE>(f->device) : nullptr;
}

extern "C" PFILE_OBJECT WdfFileObjectWdmGetFileObject(WDFFILEOBJECT file) {
    auto* f = fx_cast<FxFileObject>(file, FxType::file_object, "WdfFileObjectWdmGetFileObject");
    return f ? f->wdm : nullptr;
}

extern "C" PUNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT file) {
    auto* f = fx_cast<FxFileObject>(file, FxType::file_object, "WdfFileObjectGetFileName");
    return f && f->wdm ? &f->wdm->FileName : nullptr;
}

extern "C" ULONG WdfFileObjectGetFlags(WDFFILEOBJECT file) {
    auto* f = fx_cast<FxFileObject>(file, FxType::file_object, "WdfFileObjectGetFlags");
    return f && f->wdm ? f->wdm->Flags : 0;
}

extern "C" void WdfDeviceInitSetFileObjectConfig(PWDFDEVICE_INIT init,
                                                 PWDF_FILEOBJECT_CONFIG config,
                                                 PWDF_OBJECT_ATTRIBUTES attributes) {
    guarded_void("WdfDeviceInitSetFileObjectConfig", [&] {
        if (!init || !config || config->Size != sizeof(WDF_FILEOBJECT_CONFIG)) {
            report_issue(calling_driver(__builtin_return_address(0)), IssueKind::device_misuse,
                         "WdfDeviceInitSetFileObjectConfig: no init or a config of the wrong "
                         "size");
            return;
        }
        init->file_config = *config;
        if (attributes) {
            // A file object's parent is always its device.
            init->file_attributes = *attributes;
            init->file_attributes.ParentObject = nullptr;
            init->has_file_attributes = true;
        }
    });
}

}  // namespace wpptrace::framework
