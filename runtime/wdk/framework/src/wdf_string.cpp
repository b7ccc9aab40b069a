// wdf_string.cpp - framework string objects: a UNICODE_STRING whose buffer the object owns.
#include <string>

#include "entry_guard.hpp"
#include "fx_object.hpp"

namespace wpptrace::framework {

namespace {

struct FxString : FxObject {
    std::wstring text;
    explicit FxString(DriverRecord* r) : FxObject(FxType::string, r) {}
};

}  // namespace

extern "C" NTSTATUS WdfStringCreate(PCUNICODE_STRING source, PWDF_OBJECT_ATTRIBUTES attributes,
                                    WDFSTRING* string) {
    DriverRecord* record = calling_driver(__builtin_return_address(0));
    return guarded("WdfStringCreate", [&]() -> NTSTATUS {
        if (!record || !record->fx || !string) return STATUS_INVALID_PARAMETER;
        if (source && source->Length > source->MaximumLength) return STATUS_INVALID_PARAMETER;
        FxObject* parent = record->fx;
        if (attributes && attributes->ParentObject) {
            parent = fx_object(attributes->ParentObject, "WdfStringCreate");
            if (!parent) return STATUS_INVALID_PARAMETER;
        }
        auto* s = new FxString(record);
        if (source && source->Buffer) s->text = wide(source);
        NTSTATUS status = fx_initialize(s, attributes, parent);
        if (!NT_SUCCESS(status)) {
            delete s;
            return status;
        }
        *string = reinterpret_cast<WDFSTRING>(s);
        return STATUS_SUCCESS;
    });
}

extern "C" void WdfStringGetUnicodeString(WDFSTRING string, PUNICODE_STRING out) {
    auto* s = fx_cast<FxString>(string, FxType::string, "WdfStringGetUnicodeString");
    if (!s || !out) return;
    out->Buffer = s->text.data();
    out->Length = static_cast<USHORT>(s->text.size() * sizeof(WCHAR));
    out->MaximumLength = static_cast<USHORT>(out->Length + sizeof(WCHAR));
}

}  // namespace wpptrace::framework
