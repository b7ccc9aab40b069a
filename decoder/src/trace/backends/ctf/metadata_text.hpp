// metadata_text.hpp - the TSDL text of a CTF `metadata` file, plain or packetized (LTTng
// writes packets: a 37-byte header, then text, then padding).
#pragma once

#include <string>

namespace wpptrace::decoder::ctf {

// Reads `path` into `text`; returns "" on success, else why not. A packet cut short, a bad
// header or a file over 64 MiB is an error (the caller trims cut metadata beforehand).
std::string read_metadata_text(const std::string& path, std::string& text);

// The same from bytes already in memory (for tests and fuzzing).
std::string metadata_text_from_bytes(const std::string& bytes, std::string& text);

}  // namespace wpptrace::decoder::ctf
