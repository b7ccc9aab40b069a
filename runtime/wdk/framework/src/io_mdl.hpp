// io_mdl.hpp - MDLs the framework allocates itself (for IRPs it builds), and the checks that
// IoFreeMdl makes.
#pragma once

#include "framework_state.hpp"

namespace wpptrace::framework {

// An MDL for length bytes at va, charged to owner's pool (nullptr: the framework's own), its
// buffer described and mapped as nonpaged pool is. nullptr when out of memory.
PMDL mdl_allocate_mapped(DriverRecord* owner, void* va, ULONG length);
// Frees an MDL (and the chain after it when whole_chain), reporting one still locked.
void mdl_free(PMDL mdl, bool whole_chain);

}  // namespace wpptrace::framework
