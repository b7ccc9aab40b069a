// rename_emitter: a traced module whose threads rename themselves (prctl(PR_SET_NAME)), for
// tests/e2e/process_name_test. LTTng-UST's procname context names the thread (as it was at the
// thread's first event); the state dump names the process as it was when liblttng-ust started.
// Traces, in order: from main before any rename; from a thread that named itself
// "worker-thread"; from main after it renamed itself "renamed-main"; from a thread main then
// started (which inherits the new name).
#define WPP_CONTROL_GUIDS                                                           \
    WPP_DEFINE_CONTROL_GUID(RenameGuid, (6c1f0e2a, 4b3d, 4e5f, 8a9b, 0c1d2e3f4a5b), \
                            WPP_DEFINE_BIT(RENAME_FLAG))
#include <wpp/wpp.h>

#include <sys/prctl.h>

#include <thread>

int main() {
    WPP_INIT_TRACING(L"rename");
    TraceEvents(TRACE_LEVEL_INFORMATION, RENAME_FLAG, "main before any rename");
    std::thread([] {
        prctl(PR_SET_NAME, "worker-thread");
        TraceEvents(TRACE_LEVEL_INFORMATION, RENAME_FLAG, "a thread that named itself");
    }).join();
    prctl(PR_SET_NAME, "renamed-main");
    TraceEvents(TRACE_LEVEL_INFORMATION, RENAME_FLAG, "main after renaming itself");
    std::thread([] {
        TraceEvents(TRACE_LEVEL_INFORMATION, RENAME_FLAG, "a thread started after the rename");
    }).join();
    WPP_CLEANUP();
    return 0;
}
