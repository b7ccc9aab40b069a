// process_binaries.hpp - the binaries each traced process had loaded, as LTTng-UST's state dump
// lists them (StatedumpRecord), for the catalog lookup by build id (catalog_by_build_id.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "wpptrace/decoder/catalog_by_build_id.hpp"
#include "wpptrace/decoder/trace_visitor.hpp"

namespace wpptrace::decoder {

class ProcessBinaries {
  public:
    void add(const StatedumpRecord& record) {
        Process& p = processes_[record.pid];
        p.exhausted = false;  // something new to look up
        switch (record.kind) {
            case StatedumpRecord::Kind::start:  // a new dump (or a reused pid): listed anew
                p.binaries.clear();
                p.baddrs.clear();
                return;
            case StatedumpRecord::Kind::binary:
                p.binaries.push_back({std::string(record.path), {}});
                p.baddrs.push_back(record.baddr);
                return;
            case StatedumpRecord::Kind::build_id:
                // The build id follows its bin_info; the latest binary at that address.
                for (std::size_t i = p.baddrs.size(); i-- > 0;)
                    if (p.baddrs[i] == record.baddr) {
                        p.binaries[i].build_id = record.build_id;
                        return;
                    }
                return;
        }
    }

    // The binaries of `pid` while a lookup may still find a catalog among them; else nullptr.
    const std::vector<RecordedBinary>* pending(std::uint32_t pid) const {
        auto it = processes_.find(pid);
        return it == processes_.end() || it->second.exhausted ? nullptr : &it->second.binaries;
    }

    void set_exhausted(std::uint32_t pid) { processes_[pid].exhausted = true; }

  private:
    struct Process {
        std::vector<RecordedBinary> binaries;
        std::vector<std::uint64_t> baddrs;  // parallel to binaries
        bool exhausted = false;
    };
    std::unordered_map<std::uint32_t, Process> processes_;
};

}  // namespace wpptrace::decoder
