// metadata_text.hpp - the TSDL text of a CTF `metadata` file, plain or packetized (LTTng
// writes packets: a 37-byte header, then text, then padding).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wpptrace::decoder::ctf {

// Metadata cut inside a packet (a trace copied while recording, a full disk): what was read.
struct MetadataCut {
    bool cut = false;
    std::uint64_t at = 0;           // the byte where the cut packet starts
    std::uint64_t whole_bytes = 0;  // bytes of whole packets
    // The file ends with a whole packet, but inside a declaration (LTTng splits declarations
    // across packets): cut at a packet boundary.
    bool at_packet_end = false;
    // Events whose declaration the cut interrupted (their name was read, their end not).
    std::vector<std::string> cut_events;
};

// Reads `path` into `text`; returns "" on success, else why not. Only a regular file of at
// most 64 MiB is read (a FIFO would block, a device never end). A file cut inside a packet
// gives the text of its whole packets and, of the cut one, its whole top-level declarations
// (as does a file whose last whole packet ends inside a declaration);
// `cut` (when given) says so, else the cut is an error.
std::string read_metadata_text(const std::string& path, std::string& text,
                               MetadataCut* cut = nullptr);

// The same from bytes already in memory (for tests and fuzzing).
std::string metadata_text_from_bytes(const std::string& bytes, std::string& text,
                                     MetadataCut* cut = nullptr);

// The part of `text` that holds whole top-level TSDL declarations (up to the last `};` outside
// braces, strings and comments); the names of event blocks begun after it go to `cut_events`.
std::string_view whole_declarations(std::string_view text, std::vector<std::string>& cut_events);

}  // namespace wpptrace::decoder::ctf
