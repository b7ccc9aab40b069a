// acpireader.cpp - a WDM driver in C++ whose messages name their function with %!FUNC!: a
// method of a class in a namespace, its constructor and destructor, an operator, a member of a
// class template, a lambda and a function of the anonymous namespace.
#include <wdm.h>

#include "trace.h"

#include "acpireader.tmh"

namespace ACPIREADER {

class AcpiReader {
  public:
    AcpiReader() { TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC! created"); }
    ~AcpiReader() { TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC! deleted"); }

    NTSTATUS EvaluateAdr(ULONG* address) {
        *address = 0x21;
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC! _ADR 0x%lx", *address);
        return STATUS_SUCCESS;
    }

    bool operator==(const AcpiReader&) const {
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC! compares");
        return true;
    }
};

template <class T>
class PropertyCache {
  public:
    T Lookup(T key) {
        auto found = [key](T entry) {
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC! entry %d", (int)entry);
            return entry == key;
        };
        (void)found(key);
        TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC! key %d", (int)key);
        return key;
    }
};

}  // namespace ACPIREADER

namespace {

void AcpiReaderUnload(PDRIVER_OBJECT DriverObject) {
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC!");
    WPP_CLEANUP(DriverObject);
}

}  // namespace

extern "C" NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
    ULONG address = 0;

    WPP_INIT_TRACING(DriverObject, RegistryPath);
    TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_ACPI, "%!FUNC!");
    {
        ACPIREADER::AcpiReader reader;
        (void)reader.EvaluateAdr(&address);
        (void)(reader == reader);
        ACPIREADER::PropertyCache<short> cache;
        (void)cache.Lookup(5);
    }
    DriverObject->DriverUnload = AcpiReaderUnload;
    return STATUS_SUCCESS;
}
