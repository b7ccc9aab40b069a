// stack_queries.hpp - what the host asks of the KMDF drivers of a device stack, for its report.
#pragma once

#include <string>
#include <vector>

#include <wdm.h>

namespace wpptrace::framework {

// The static children the KMDF bus drivers of the stack above pdo added (WdfFdoAddStaticChild):
// "<device ID>\<instance ID> (hardware IDs: ...)".
std::vector<std::string> static_children_of_stack(PDEVICE_OBJECT pdo);
// Whether a KMDF driver of the stack above pdo reported it failed (WdfDeviceSetFailed).
bool stack_reported_failed(PDEVICE_OBJECT pdo);

}  // namespace wpptrace::framework
