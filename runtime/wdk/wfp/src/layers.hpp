// layers.hpp - the run-time layers the emulated engine knows: their FWPM keys, FWPS ids, the
// incoming values they carry and where each field sits in incomingValue[].
#pragma once

#include <fwpmk.h>

#include <optional>

namespace wpptrace::wfp {

// Index of each field in the layer's incomingValue[]; -1 when the layer has no such field.
struct LayerFields {
    int local_address, local_port, protocol, remote_address, remote_port, direction;
};

struct LayerInfo {
    UINT16 id;
    const GUID* key;
    const char* name;
    bool ipv6;
    bool has_flow;  // the flow exists here: flowHandle in the metadata, contexts allowed
    bool stream;    // the stream layer: layerData is an FWPS_STREAM_CALLOUT_IO_PACKET0
    UINT32 value_count;
    LayerFields fields;
};

const LayerInfo* find_layer(UINT16 id);
const LayerInfo* find_layer(const GUID& key);
// The incomingValue[] index of an FWPM_CONDITION_* field on a layer.
std::optional<UINT16> condition_field(const LayerInfo& layer, const GUID& field_key);
// The type of the value at an index of the layer (FWP_EMPTY for the fields not emulated).
FWP_DATA_TYPE field_type(const LayerInfo& layer, UINT16 index);

// The ALE layers a flow goes through: authorization (connect or receive/accept) and
// flow established.
const LayerInfo& auth_layer(bool ipv6, FWP_DIRECTION direction);
const LayerInfo& established_layer(bool ipv6);
const LayerInfo& stream_layer(bool ipv6);

}  // namespace wpptrace::wfp
