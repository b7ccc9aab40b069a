// io_stack_test.cpp - I/O between the drivers of one device stack and WMI, through the host
// library: a KMDF filter (drivers/fx_sender.c) over a KMDF function driver (drivers/fx_test.c)
// forwards requests with completion routines, sends its own with a timeout, cancels one it
// sent, builds an IRP the WDM way, uses MDLs, opens a remote target by name and stops its local
// target; the host queries the filter's WMI data block.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <wdf.h>

#include "drivers/test_ioctl.h"
#include "wpptrace/host/driver_host.hpp"
#include "wpptrace/host/host_config.hpp"

// The framework's counted file objects (io_file_object.hpp): what ObDereferenceObject calls.
namespace wpptrace::framework {
bool is_counted_file_object(const void* object);
bool file_object_dereference(PFILE_OBJECT file);
}  // namespace wpptrace::framework

namespace {

using namespace wpptrace::host;

class TestLogFile {
  public:
    TestLogFile() {
        path_ = std::filesystem::temp_directory_path() /
                ("wpptrace-io-" + std::to_string(getpid()) + "-" + std::to_string(counter_++));
        std::filesystem::remove(path_);
        setenv("WPPTRACE_TEST_LOG", path_.c_str(), 1);
    }
    ~TestLogFile() {
        unsetenv("WPPTRACE_TEST_LOG");
        std::filesystem::remove(path_);
    }
    std::string text() const {
        std::ifstream in(path_);
        std::string out, line;
        while (std::getline(in, line)) out += line + "\n";
        return out;
    }
    bool has(const std::string& line) const {
        return ("\n" + text()).find("\n" + line + "\n") != std::string::npos;
    }

  private:
    std::filesystem::path path_;
    static inline int counter_ = 0;
};

std::string describe(const std::vector<Finding>& findings) {
    std::string out;
    for (auto& f : findings)
        out += std::string(finding_kind_name(f.kind)) + ": " + f.driver + ": " + f.text + "\n";
    return out;
}

ULONG ulong_of(const IoResult& r) {
    ULONG v = 0;
    if (r.output.size() == sizeof v) std::memcpy(&v, r.output.data(), sizeof v);
    return v;
}

// FxTest as function driver, FxSender as its upper filter, started.
struct Stack {
    DriverHost host;
    Device* device = nullptr;
    explicit Stack(std::map<std::string, RegistryValue> function = {},
                   std::map<std::string, RegistryValue> filter = {}) {
        host.load({.path = FX_TEST_DRIVER, .name = "FxTest", .parameters = std::move(function)});
        host.load({.path = FX_SENDER_DRIVER, .name = "FxSender", .parameters = std::move(filter)});
        device =
            &host.add_device({.name = "dev0", .driver = "FxTest", .upper_filters = {"FxSender"}});
        EXPECT_EQ(device->add_status, STATUS_SUCCESS);
        EXPECT_EQ(host.start_device(*device), STATUS_SUCCESS);
    }
    IoResult ioctl(ULONG code, std::vector<unsigned char> input = {}, ULONG output = 4) {
        return host.ioctl(*device, nullptr, code, input, output);
    }
};

TEST(IoTargets, FilterForwardsRequestsDownWithACompletionRoutine) {
    TestLogFile log;
    Stack s;
    EXPECT_TRUE(log.has("sender: AddDevice, WMI instance 0x0, io type buffered")) << log.text();
    IoResult read = s.host.read(*s.device, nullptr, 4);
    EXPECT_EQ(read.status, STATUS_SUCCESS);
    EXPECT_EQ(read.output, (std::vector<unsigned char>(4, 'r')));
    IoResult echo = s.ioctl(IOCTL_TEST_ECHO, {1, 2, 3}, 8);
    EXPECT_EQ(echo.status, STATUS_SUCCESS);
    EXPECT_EQ(echo.output, (std::vector<unsigned char>{1, 2, 3}));
    // The completion parameters: the request's type, its control code, what the target said.
    EXPECT_TRUE(log.has("forwarded: type 3, code 0x0, status 0x0, 4 bytes, target local"))
        << log.text();
    EXPECT_TRUE(log.has("forwarded: type 14, code 0x222014, status 0x0, 3 bytes, target local"))
        << log.text();
    IoResult small = s.ioctl(IOCTL_TEST_ECHO, {1, 2, 3}, 2);
    EXPECT_EQ(small.status, STATUS_BUFFER_TOO_SMALL);
    EXPECT_TRUE(
        log.has("forwarded: type 14, code 0x222014, status 0xc0000023, 0 bytes, target local"))
        << log.text();
    s.host.remove_device(*s.device);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(IoTargets, SendAndForgetHandsTheRequestToTheTarget) {
    TestLogFile log;
    Stack s;
    IoResult r = s.ioctl(IOCTL_TEST_MAX_CONCURRENCY);
    EXPECT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(r.output.size(), sizeof(ULONG));
    EXPECT_EQ(log.text().find("forwarded:"), std::string::npos) << "no completion routine ran";
    s.host.remove_device(*s.device);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(IoTargets, SynchronousSendTimesOutWithStatusIoTimeout) {
    TestLogFile log;
    Stack s;
    auto start = std::chrono::steady_clock::now();
    IoResult r = s.ioctl(IOCTL_SENDER_TIMEOUT);
    auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_EQ(r.status, STATUS_SUCCESS);
    EXPECT_EQ(ulong_of(r), static_cast<ULONG>(STATUS_IO_TIMEOUT)) << log.text();
    EXPECT_TRUE(log.has("pended request cancelled")) << log.text();
    EXPECT_GE(elapsed, std::chrono::milliseconds(50));
    EXPECT_LT(elapsed, std::chrono::milliseconds(2000)) << "the timeout cancelled the request";
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(IoTargets, CancellingASentRequestCompletesItCancelled) {
    TestLogFile log;
    Stack s;
    IoResult r = s.ioctl(IOCTL_SENDER_CANCEL);
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(ulong_of(r), static_cast<ULONG>(STATUS_CANCELLED)) << log.text();
    EXPECT_TRUE(log.has("cancel sent request: FALSE")) << "no cancel routine ran: " << log.text();
    EXPECT_TRUE(log.has("own request completed: status 0xc0000120 (request status 0xc0000120)"))
        << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(IoTargets, MisusedSentRequestIsReportedAndATimeoutReachesTheCompletionRoutine) {
    TestLogFile log;
    Stack s;
    IoResult r = s.ioctl(IOCTL_SENDER_MISUSE);
    ASSERT_TRUE(r.completed);
    // The IRP of one stack location was grown for the deeper target; the timeout cancelled it.
    EXPECT_EQ(ulong_of(r), static_cast<ULONG>(STATUS_IO_TIMEOUT)) << log.text();
    EXPECT_TRUE(log.has("timed-out request completed: status 0xc00000b5")) << log.text();
    s.host.unload_all();
    auto findings = s.host.findings();
    ASSERT_EQ(findings.size(), 2u) << describe(findings);
    for (auto& f : findings) {
        EXPECT_EQ(f.kind, FindingKind::device_misuse);
        EXPECT_EQ(f.driver, "FxSender");
    }
    EXPECT_NE(findings[0].text.find("was created by the driver (WdfRequestCreate): delete it"),
              std::string::npos)
        << findings[0].text;
    EXPECT_NE(
        findings[1].text.find("WdfObjectDelete on a WDFREQUEST that an I/O target still owns"),
        std::string::npos)
        << findings[1].text;
}

TEST(IoTargets, StoppedTargetKeepsRequestsUntilStarted) {
    TestLogFile log;
    Stack s;
    IoResult r = s.ioctl(IOCTL_SENDER_STOPPED_TARGET);
    EXPECT_EQ(ulong_of(r), static_cast<ULONG>(STATUS_SUCCESS)) << log.text();
    std::string text = log.text();
    EXPECT_TRUE(log.has("stopped: state 2")) << text;
    EXPECT_TRUE(log.has("send to stopped target: TRUE")) << text;
    EXPECT_TRUE(log.has("synchronous send to stopped target: 0xc0000184")) << text;
    // Delivered when the target starts, not before.
    EXPECT_LT(text.find("starting"), text.find("queued request completed: 0xc0000023")) << text;
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(IoTargets, RemoteTargetOpenedByNameThroughASymbolicLink) {
    TestLogFile log;
    DriverHost host;
    host.load({.path = FX_TEST_DRIVER, .name = "FxTest", .parameters = {{"Named", 1}}});
    host.load({.path = FX_SENDER_DRIVER, .name = "FxSender"});
    // \DosDevices\FxTest0 is the other stack's device; this one's function device is FxTest1.
    Device& other = host.add_device({.name = "other", .driver = "FxTest"});
    Device& dev =
        host.add_device({.name = "dev0", .driver = "FxTest", .upper_filters = {"FxSender"}});
    ASSERT_EQ(host.start_device(other), STATUS_SUCCESS);
    ASSERT_EQ(host.start_device(dev), STATUS_SUCCESS);
    IoResult r = host.ioctl(dev, nullptr, IOCTL_SENDER_REMOTE, {}, 2);
    EXPECT_EQ(r.status, STATUS_SUCCESS) << log.text();
    EXPECT_EQ(r.output, (std::vector<unsigned char>{0x42, 0x43}));
    EXPECT_TRUE(log.has("remote open: 0x0, state 1, own stack 0")) << log.text();
    EXPECT_TRUE(log.has("remote ioctl: 0x0, 2 bytes")) << log.text();
    EXPECT_TRUE(log.has("remote closed: state 4")) << log.text();
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

TEST(WdmIo, DeviceIoControlRequestBuiltByADriverRoundTrips) {
    TestLogFile log;
    Stack s;
    IoResult r = s.ioctl(IOCTL_SENDER_BUILD_IRP, {}, 3);
    EXPECT_EQ(r.status, STATUS_SUCCESS) << log.text();
    EXPECT_EQ(r.output, (std::vector<unsigned char>{7, 8, 9}));
    EXPECT_TRUE(log.has("built IRP: status 0x0, 3 bytes: 7 8 9")) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(WdmIo, ReadAndWriteIrpsBuiltByADriver) {
    TestLogFile log;
    Stack s;
    IoResult r = s.ioctl(IOCTL_SENDER_FSD);
    EXPECT_EQ(ulong_of(r), static_cast<ULONG>(STATUS_SUCCESS)) << log.text();
    // FxTest is buffered: the I/O manager copied its system buffer back to the caller's.
    EXPECT_TRUE(log.has("synchronous read: status 0x0, 5 bytes: rrrrr")) << log.text();
    EXPECT_TRUE(log.has("async write completed: status 0x0, 3 bytes, pending 1")) << log.text();
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(WdmIo, DeviceObjectPointerOpensTheNamedDevicesStack) {
    TestLogFile log;
    Stack s({{"Named", 1}});
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"\\DosDevices\\FxTest0");
    PFILE_OBJECT file = nullptr;
    PDEVICE_OBJECT device = nullptr;
    ASSERT_EQ(IoGetDeviceObjectPointer(&name, GENERIC_READ, &file, &device), STATUS_SUCCESS);
    ASSERT_NE(file, nullptr);
    // The top of the stack the named device is in: the filter above FxTest.
    EXPECT_EQ(device, s.device->top());
    EXPECT_EQ(IoGetRelatedDeviceObject(file), device);
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(s.device->pdo);
    EXPECT_EQ(top, device);
    // The creator's reference and this one, in the object table ObDereferenceObject releases.
    EXPECT_EQ(ObDereferenceObject(top), 1);
    EXPECT_EQ(top->Type, IO_TYPE_DEVICE);
    // The last reference closes the file: ObDereferenceObject on it sends cleanup and close.
    EXPECT_TRUE(wpptrace::framework::is_counted_file_object(file));
    EXPECT_EQ(ObReferenceObject(file), 2);
    EXPECT_EQ(ObDereferenceObject(file), 1);
    EXPECT_EQ(ObDereferenceObject(file), 0);
    EXPECT_FALSE(wpptrace::framework::is_counted_file_object(file));
    RtlInitUnicodeString(&name, L"\\Device\\NoSuchDevice");
    EXPECT_EQ(IoGetDeviceObjectPointer(&name, GENERIC_READ, &file, &device),
              STATUS_OBJECT_NAME_NOT_FOUND);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(WdmIo, MdlDescribesItsBufferAndALeakedOneIsReportedAtUnload) {
    TestLogFile log;
    Stack s({}, {{"LeakMdl", 1}});
    IoResult r = s.ioctl(IOCTL_SENDER_MDL);
    EXPECT_EQ(ulong_of(r), static_cast<ULONG>(STATUS_SUCCESS));
    EXPECT_TRUE(log.has("mdl before build: system address NULL")) << log.text();
    EXPECT_TRUE(log.has("mdl: 100 bytes, system address the buffer, virtual address the buffer"))
        << log.text();
    s.host.unload_all();
    auto findings = s.host.findings();
    ASSERT_EQ(findings.size(), 1u) << describe(findings);
    EXPECT_EQ(findings[0].kind, FindingKind::pool_leak);
    EXPECT_EQ(findings[0].driver, "FxSender");
    EXPECT_NE(findings[0].text.find("1 allocation"), std::string::npos) << findings[0].text;
    EXPECT_NE(findings[0].text.find("(poolmon: Mdl )"), std::string::npos) << findings[0].text;
}

GUID sender_guid() {
    return {0x6d9c3f2a, 0x41b8, 0x4c0e, {0x9a, 0x57, 0x2e, 0x8b, 0x1d, 0x4c, 0x7f, 0x31}};
}

TEST(Wmi, QueryIsAnsweredByEvtWmiInstanceQueryInstance) {
    TestLogFile log;
    Stack s;
    s.host.read(*s.device, nullptr, 4);
    s.host.read(*s.device, nullptr, 4);
    WmiResult r = s.host.wmi_query(*s.device, sender_guid(), 0);
    ASSERT_TRUE(r.completed);
    EXPECT_EQ(r.status, STATUS_SUCCESS) << log.text();
    ULONG data[2] = {0, 0};
    ASSERT_EQ(r.data.size(), sizeof data);
    std::memcpy(data, r.data.data(), sizeof data);
    EXPECT_EQ(data[0], 2u);
    EXPECT_EQ(data[1], SENDER_WMI_MAGIC);
    EXPECT_NE(r.provider.find("FxSender"), std::string::npos) << r.provider;
    EXPECT_TRUE(log.has("WMI query: 2 forwarded")) << log.text();
    // An instance that does not exist, a GUID nobody registered.
    EXPECT_EQ(s.host.wmi_query(*s.device, sender_guid(), 1).status, STATUS_WMI_INSTANCE_NOT_FOUND);
    GUID other = sender_guid();
    other.Data1 ^= 1;
    EXPECT_EQ(s.host.wmi_query(*s.device, other, 0).status, STATUS_WMI_GUID_NOT_FOUND);
    s.host.remove_device(*s.device);
    s.host.unload_all();
    EXPECT_TRUE(s.host.findings().empty()) << describe(s.host.findings());
}

TEST(Wmi, HostConfigurationQueriesABlockAndReportsItsBytes) {
    TestLogFile log;
    std::string json = std::string(R"({"drivers": [{"path": ")") + FX_TEST_DRIVER +
                       R"(", "name": "FxTest"}, {"path": ")" + FX_SENDER_DRIVER +
                       R"(", "name": "FxSender"}],
        "devices": [{"name": "dev0", "driver": "FxTest", "upper_filters": ["FxSender"],
                     "workload": {"requests": [{"type": "read", "length": 4}]},
                     "wmi_queries": [{"guid": ")" SENDER_WMI_GUID_TEXT R"(", "instance": 0},
                                     {"guid": ")" SENDER_WMI_GUID_TEXT R"(", "instance": 3}]}]})";
    HostConfig config = parse_host_config(json);
    ASSERT_EQ(config.devices[0].wmi_queries.size(), 2u);
    EXPECT_EQ(config.devices[0].wmi_queries[1].instance, 3u);
    char* text = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&text, &size);
    RunReport report = run_host(config, out);
    std::fclose(out);
    std::string printed(text, size);
    std::free(text);
    ASSERT_EQ(report.wmi.size(), 2u);
    EXPECT_EQ(report.wmi[0].status, STATUS_SUCCESS);
    EXPECT_NE(printed.find("host: wmi dev0 " SENDER_WMI_GUID_TEXT
                           " instance 0: STATUS_SUCCESS, 8 bytes: 01 00 00 00 49 4d 50 57\n"),
              std::string::npos)
        << printed;
    EXPECT_NE(printed.find("instance 3: STATUS_WMI_INSTANCE_NOT_FOUND, 0 bytes\n"),
              std::string::npos)
        << printed;
    EXPECT_EQ(report.exit_code(), 0) << printed;
}

TEST(Wmi, MalformedGuidInTheConfigurationIsAnError) {
    EXPECT_THROW(parse_host_config(R"({"devices": [{"name": "d", "driver": "x",
                     "wmi_queries": [{"guid": "{not-a-guid}"}]}]})"),
                 ConfigError);
    EXPECT_THROW(parse_host_config(R"({"devices": [{"name": "d", "driver": "x",
                     "wmi_queries": [{"guid": ")" SENDER_WMI_GUID_TEXT R"(", "instnace": 1}]}]})"),
                 ConfigError);
}

GUID wdm_wmi_guid() {
    return {0xb3f1c2d4, 0x6a7e, 0x4f90, {0x8c, 0x1b, 0x2d, 0x3e, 0x4f, 0x5a, 0x6b, 0x7c}};
}

struct WmiIrp {
    NTSTATUS status = STATUS_PENDING;
    ULONG_PTR information = 0;
    std::vector<unsigned char> buffer;
};

// A WMI IRP as WMI sends it: to the top of the stack, for the provider device object.
WmiIrp send_wmi(Device& device, PDEVICE_OBJECT provider, UCHAR minor, GUID guid,
                std::vector<unsigned char> buffer) {
    PDEVICE_OBJECT top = device.top();
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    KEVENT done;
    IO_STATUS_BLOCK iosb{};
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp->UserEvent = &done;
    irp->UserIosb = &iosb;
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    PIO_STACK_LOCATION s = IoGetNextIrpStackLocation(irp);
    s->MajorFunction = IRP_MJ_SYSTEM_CONTROL;
    s->MinorFunction = minor;
    s->Parameters.WMI.ProviderId = reinterpret_cast<ULONG_PTR>(provider);
    s->Parameters.WMI.DataPath = &guid;
    s->Parameters.WMI.BufferSize = static_cast<ULONG>(buffer.size());
    s->Parameters.WMI.Buffer = buffer.data();
    IoCallDriver(top, irp);
    KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
    IoFreeIrp(irp);
    return {iosb.Status, iosb.Information, std::move(buffer)};
}

template <class Wnode>
std::vector<unsigned char> wnode(GUID guid, ULONG instance, std::size_t size, ULONG data_offset) {
    std::vector<unsigned char> bytes(size, 0);
    auto* w = reinterpret_cast<Wnode*>(bytes.data());
    w->WnodeHeader.BufferSize = static_cast<ULONG>(size);
    w->WnodeHeader.Guid = guid;
    w->WnodeHeader.Flags = WNODE_FLAG_STATIC_INSTANCE_NAMES;
    w->InstanceIndex = instance;
    w->DataBlockOffset = data_offset;
    return bytes;
}

TEST(Wmi, WdmDriverAnswersThroughTheWmiLibrary) {
    TestLogFile log;
    DriverHost host;
    host.load({.path = WDM_WMI_DRIVER, .name = "WdmWmi"});
    host.load({.path = FX_SENDER_DRIVER, .name = "FxSender"});
    // The KMDF filter above registers a block of its own and passes the others' IRPs down.
    Device& device =
        host.add_device({.name = "dev0", .driver = "WdmWmi", .upper_filters = {"FxSender"}});
    ASSERT_EQ(host.start_device(device), STATUS_SUCCESS);
    EXPECT_TRUE(log.has("wmi: started, registered 0x0")) << log.text();
    WmiResult r = host.wmi_query(device, wdm_wmi_guid(), 1);
    EXPECT_EQ(r.status, STATUS_SUCCESS) << log.text();
    EXPECT_NE(r.provider.find("WdmWmi"), std::string::npos) << r.provider;
    ULONG block[2] = {0, 0};
    ASSERT_EQ(r.data.size(), sizeof block);
    std::memcpy(block, r.data.data(), sizeof block);
    EXPECT_EQ(block[0], 1u);
    EXPECT_EQ(block[1], 101u);
    EXPECT_TRUE(log.has("wmi: reginfo")) << "WMI asked for the GUIDs first: " << log.text();
    EXPECT_TRUE(log.has("wmi: query instance 1 (1)")) << log.text();

    PDEVICE_OBJECT fdo = device.pdo->AttachedDevice;
    constexpr ULONG offset = 64;  // the data after the WNODE_SINGLE_INSTANCE header
    auto set = wnode<WNODE_SINGLE_INSTANCE>(wdm_wmi_guid(), 0, offset + 8, offset);
    reinterpret_cast<PWNODE_SINGLE_INSTANCE>(set.data())->SizeDataBlock = 8;
    ULONG value[2] = {0, 5};
    std::memcpy(set.data() + offset, value, sizeof value);
    EXPECT_EQ(send_wmi(device, fdo, IRP_MN_CHANGE_SINGLE_INSTANCE, wdm_wmi_guid(), set).status,
              STATUS_SUCCESS);
    constexpr ULONG method_offset = 72;  // after the WNODE_METHOD_ITEM header
    auto method = wnode<WNODE_METHOD_ITEM>(wdm_wmi_guid(), 0, method_offset + 4, method_offset);
    reinterpret_cast<PWNODE_METHOD_ITEM>(method.data())->MethodId = 1;
    WmiIrp doubled = send_wmi(device, fdo, IRP_MN_EXECUTE_METHOD, wdm_wmi_guid(), method);
    EXPECT_EQ(doubled.status, STATUS_SUCCESS);
    EXPECT_EQ(doubled.information, method_offset + 4);
    ULONG out = 0;
    std::memcpy(&out, doubled.buffer.data() + method_offset, sizeof out);
    EXPECT_EQ(out, 10u);
    // Both instances at once: laid out at 8-byte boundaries, with their offsets and lengths.
    std::vector<unsigned char> all(256, 0);
    reinterpret_cast<PWNODE_ALL_DATA>(all.data())->WnodeHeader.BufferSize = 256;
    WmiIrp both = send_wmi(device, fdo, IRP_MN_QUERY_ALL_DATA, wdm_wmi_guid(), all);
    ASSERT_EQ(both.status, STATUS_SUCCESS);
    const auto* w = reinterpret_cast<const WNODE_ALL_DATA*>(both.buffer.data());
    ASSERT_EQ(w->InstanceCount, 2u);
    ULONG second[2] = {0, 0};
    std::memcpy(second, both.buffer.data() + w->OffsetInstanceDataAndLength[1].OffsetInstanceData,
                sizeof second);
    EXPECT_EQ(second[0], 1u);
    EXPECT_EQ(w->OffsetInstanceDataAndLength[1].LengthInstanceData, 8u);
    ULONG first[2] = {0, 0};
    std::memcpy(first, both.buffer.data() + w->OffsetInstanceDataAndLength[0].OffsetInstanceData,
                sizeof first);
    EXPECT_EQ(first[1], 10u);
    // A buffer too small for the data: WNODE_TOO_SMALL with the size needed.
    auto small = wnode<WNODE_SINGLE_INSTANCE>(wdm_wmi_guid(), 0, offset + 2, offset);
    WmiIrp too_small = send_wmi(device, fdo, IRP_MN_QUERY_SINGLE_INSTANCE, wdm_wmi_guid(), small);
    EXPECT_EQ(too_small.status, STATUS_SUCCESS);
    const auto* t = reinterpret_cast<const WNODE_TOO_SMALL*>(too_small.buffer.data());
    EXPECT_TRUE(t->WnodeHeader.Flags & WNODE_FLAG_TOO_SMALL);
    EXPECT_EQ(t->SizeNeeded, offset + 8);

    EXPECT_EQ(host.remove_device(device), STATUS_SUCCESS);
    EXPECT_TRUE(log.has("wmi: deregistered 0x0")) << log.text();
    host.unload_all();
    EXPECT_TRUE(host.findings().empty()) << describe(host.findings());
}

}  // namespace
