// elf_image_check.hpp - a driver binary looked over before dlopen maps it: the loader maps
// segments by the sizes the headers claim, and a page beyond the end of a cut file faults with
// SIGBUS on first touch, killing the host. A file that is not a whole ELF shared object is
// refused here with a LoadError naming it.
#pragma once

#include <string>

namespace wpptrace::host {

// Throws LoadError when `path` is not a regular file holding an ELF shared object of this
// host's class whose program and section headers, and what they describe, lie within the file.
void check_driver_image(const std::string& path);

}  // namespace wpptrace::host
