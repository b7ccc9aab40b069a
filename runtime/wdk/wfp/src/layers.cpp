// layers.cpp - the layer table and the WDK's layer and condition keys.
#include "layers.hpp"

#include <cstring>

extern "C" {
const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4 = {
    0xe1cd9fe7, 0xf4b5, 0x4273, {0x96, 0xc0, 0x59, 0x2e, 0x48, 0x7b, 0x86, 0x50}};
const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V6 = {
    0xa3b42c97, 0x9f04, 0x4672, {0xb8, 0x7e, 0xce, 0xe9, 0xc4, 0x83, 0x25, 0x7f}};
const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V4 = {
    0xc38d57d1, 0x05a7, 0x4c33, {0x90, 0x4f, 0x7f, 0xbc, 0xee, 0xe6, 0x0e, 0x82}};
const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V6 = {
    0x4a72393b, 0x319f, 0x44bc, {0x84, 0xc3, 0xba, 0x54, 0xdc, 0xb3, 0xb6, 0xb4}};
const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4 = {
    0xaf80470a, 0x5596, 0x4c13, {0x99, 0x92, 0x53, 0x9e, 0x6f, 0xe5, 0x79, 0x67}};
const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6 = {
    0x7021d2b3, 0xdfa4, 0x406e, {0xaf, 0xeb, 0x6a, 0xfa, 0xf7, 0xe7, 0x0e, 0xfd}};
const GUID FWPM_LAYER_STREAM_V4 = {
    0x3b89653c, 0xc170, 0x49e4, {0xb1, 0xcd, 0xe0, 0xee, 0xee, 0xe1, 0x9a, 0x3e}};
const GUID FWPM_LAYER_STREAM_V6 = {
    0x47c9137a, 0x7ec4, 0x46b3, {0xb6, 0xe4, 0x48, 0xe9, 0x26, 0xb1, 0xed, 0xa4}};
const GUID FWPM_LAYER_INBOUND_TRANSPORT_V4 = {
    0x5926dfc8, 0xe3cf, 0x4426, {0xa2, 0x83, 0xdc, 0x39, 0x3f, 0x5d, 0x0f, 0x9d}};
const GUID FWPM_LAYER_INBOUND_TRANSPORT_V6 = {
    0x634a869f, 0xfc23, 0x4b90, {0xb0, 0xc1, 0xbf, 0x62, 0x0a, 0x36, 0xae, 0x6f}};
const GUID FWPM_LAYER_OUTBOUND_TRANSPORT_V4 = {
    0x09e61aea, 0xd214, 0x46e2, {0x9b, 0x21, 0xb2, 0x6b, 0x0b, 0x2f, 0x28, 0xc8}};
const GUID FWPM_LAYER_OUTBOUND_TRANSPORT_V6 = {
    0xe1735bde, 0x013f, 0x4655, {0xb3, 0x51, 0xa4, 0x9e, 0x15, 0x76, 0x2d, 0xf0}};
const GUID FWPM_LAYER_DATAGRAM_DATA_V4 = {
    0x3d08bf4e, 0x45f6, 0x4930, {0xa9, 0x22, 0x41, 0x70, 0x98, 0xe2, 0x00, 0x27}};
const GUID FWPM_LAYER_DATAGRAM_DATA_V6 = {
    0xfa45fe2f, 0x3cba, 0x4427, {0x87, 0xfc, 0x57, 0xb9, 0xa4, 0xb1, 0x0d, 0x00}};
const GUID FWPM_SUBLAYER_UNIVERSAL = {
    0xeebecc03, 0xced4, 0x4380, {0x81, 0x9a, 0x27, 0x34, 0x39, 0x7b, 0x2b, 0x74}};

const GUID FWPM_CONDITION_IP_LOCAL_ADDRESS = {
    0xd9ee00de, 0xc1ef, 0x4617, {0xbf, 0xe3, 0xff, 0xd8, 0xf5, 0xa0, 0x89, 0x57}};
const GUID FWPM_CONDITION_IP_REMOTE_ADDRESS = {
    0xb235ae9a, 0x1d64, 0x49b8, {0xa4, 0x4c, 0x5f, 0xf3, 0xd9, 0x09, 0x50, 0x45}};
const GUID FWPM_CONDITION_IP_LOCAL_PORT = {
    0x0c1ba1af, 0x5765, 0x453f, {0xaf, 0x22, 0xa8, 0xf7, 0x91, 0xac, 0x77, 0x5b}};
const GUID FWPM_CONDITION_IP_REMOTE_PORT = {
    0xc35a604d, 0xd22b, 0x4e1a, {0x91, 0xb4, 0x68, 0xf6, 0x74, 0xee, 0x67, 0x4b}};
const GUID FWPM_CONDITION_IP_PROTOCOL = {
    0x3971ef2b, 0x623e, 0x4f9a, {0x8c, 0xb1, 0x6e, 0x79, 0xb8, 0x06, 0xb9, 0xa7}};
const GUID FWPM_CONDITION_DIRECTION = {
    0x8784c146, 0xca97, 0x44d6, {0x9f, 0xd1, 0x19, 0xfb, 0x18, 0x40, 0xcb, 0xf7}};
}

namespace wpptrace::wfp {
namespace {

// The ALE layers share the WDK's first eight indices; flow established adds the direction.
constexpr LayerFields auth_fields{2, 4, 5, 6, 7, -1};
constexpr LayerFields established_fields{2, 4, 5, 6, 7, 12};
// The stream layer has no protocol (TCP only); its direction is the flow's.
constexpr LayerFields stream_fields{FWPS_FIELD_STREAM_V4_IP_LOCAL_ADDRESS,
                                    FWPS_FIELD_STREAM_V4_IP_LOCAL_PORT,
                                    -1,
                                    FWPS_FIELD_STREAM_V4_IP_REMOTE_ADDRESS,
                                    FWPS_FIELD_STREAM_V4_IP_REMOTE_PORT,
                                    FWPS_FIELD_STREAM_V4_DIRECTION};

constexpr LayerFields inbound_transport_fields{FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS,
                                               FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_PORT,
                                               FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_PROTOCOL,
                                               FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_ADDRESS,
                                               FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_PORT,
                                               -1};
constexpr LayerFields outbound_transport_fields{FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS,
                                                FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_PORT,
                                                FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_PROTOCOL,
                                                FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_ADDRESS,
                                                FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_PORT,
                                                -1};
constexpr LayerFields datagram_fields{
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS, FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_PROTOCOL,      FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_PORT,   FWPS_FIELD_DATAGRAM_DATA_V4_DIRECTION};

const LayerInfo layers[] = {
    {FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4, &FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4,
     "ALE_AUTH_RECV_ACCEPT_V4", false, false, false, FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_MAX,
     auth_fields},
    {FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6, &FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V6,
     "ALE_AUTH_RECV_ACCEPT_V6", true, false, false, FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_MAX,
     auth_fields},
    {FWPS_LAYER_ALE_AUTH_CONNECT_V4, &FWPM_LAYER_ALE_AUTH_CONNECT_V4, "ALE_AUTH_CONNECT_V4", false,
     false, false, FWPS_FIELD_ALE_AUTH_CONNECT_V4_MAX, auth_fields},
    {FWPS_LAYER_ALE_AUTH_CONNECT_V6, &FWPM_LAYER_ALE_AUTH_CONNECT_V6, "ALE_AUTH_CONNECT_V6", true,
     false, false, FWPS_FIELD_ALE_AUTH_CONNECT_V6_MAX, auth_fields},
    {FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4, &FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4,
     "ALE_FLOW_ESTABLISHED_V4", false, true, false, FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_MAX,
     established_fields},
    {FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6, &FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6,
     "ALE_FLOW_ESTABLISHED_V6", true, true, false, FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_MAX,
     established_fields},
    {FWPS_LAYER_STREAM_V4, &FWPM_LAYER_STREAM_V4, "STREAM_V4", false, true, true,
     FWPS_FIELD_STREAM_V4_MAX, stream_fields},
    {FWPS_LAYER_STREAM_V6, &FWPM_LAYER_STREAM_V6, "STREAM_V6", true, true, true,
     FWPS_FIELD_STREAM_V6_MAX, stream_fields},
    // No traffic reaches these (has_flow: contexts may be associated for a flow's life).
    {FWPS_LAYER_INBOUND_TRANSPORT_V4, &FWPM_LAYER_INBOUND_TRANSPORT_V4, "INBOUND_TRANSPORT_V4",
     false, true, false, FWPS_FIELD_INBOUND_TRANSPORT_V4_MAX, inbound_transport_fields},
    {FWPS_LAYER_INBOUND_TRANSPORT_V6, &FWPM_LAYER_INBOUND_TRANSPORT_V6, "INBOUND_TRANSPORT_V6",
     true, true, false, FWPS_FIELD_INBOUND_TRANSPORT_V6_MAX, inbound_transport_fields},
    {FWPS_LAYER_OUTBOUND_TRANSPORT_V4, &FWPM_LAYER_OUTBOUND_TRANSPORT_V4, "OUTBOUND_TRANSPORT_V4",
     false, true, false, FWPS_FIELD_OUTBOUND_TRANSPORT_V4_MAX, outbound_transport_fields},
    {FWPS_LAYER_OUTBOUND_TRANSPORT_V6, &FWPM_LAYER_OUTBOUND_TRANSPORT_V6, "OUTBOUND_TRANSPORT_V6",
     true, true, false, FWPS_FIELD_OUTBOUND_TRANSPORT_V6_MAX, outbound_transport_fields},
    {FWPS_LAYER_DATAGRAM_DATA_V4, &FWPM_LAYER_DATAGRAM_DATA_V4, "DATAGRAM_DATA_V4", false, true,
     false, FWPS_FIELD_DATAGRAM_DATA_V4_MAX, datagram_fields},
    {FWPS_LAYER_DATAGRAM_DATA_V6, &FWPM_LAYER_DATAGRAM_DATA_V6, "DATAGRAM_DATA_V6", true, true,
     false, FWPS_FIELD_DATAGRAM_DATA_V6_MAX, datagram_fields},
};

bool same(const GUID& a, const GUID& b) {
    return std::memcmp(&a, &b, sizeof(GUID)) == 0;
}

}  // namespace

const LayerInfo* find_layer(UINT16 id) {
    for (const auto& layer : layers)
        if (layer.id == id) return &layer;
    return nullptr;
}

const LayerInfo* find_layer(const GUID& key) {
    for (const auto& layer : layers)
        if (same(*layer.key, key)) return &layer;
    return nullptr;
}

std::optional<UINT16> condition_field(const LayerInfo& layer, const GUID& key) {
    const LayerFields& f = layer.fields;
    int index = same(key, FWPM_CONDITION_IP_LOCAL_ADDRESS)    ? f.local_address
                : same(key, FWPM_CONDITION_IP_LOCAL_PORT)     ? f.local_port
                : same(key, FWPM_CONDITION_IP_PROTOCOL)       ? f.protocol
                : same(key, FWPM_CONDITION_IP_REMOTE_ADDRESS) ? f.remote_address
                : same(key, FWPM_CONDITION_IP_REMOTE_PORT)    ? f.remote_port
                : same(key, FWPM_CONDITION_DIRECTION)         ? f.direction
                                                              : -1;
    if (index < 0) return std::nullopt;
    return static_cast<UINT16>(index);
}

FWP_DATA_TYPE field_type(const LayerInfo& layer, UINT16 index) {
    const LayerFields& f = layer.fields;
    if (index == f.local_address || index == f.remote_address)
        return layer.ipv6 ? FWP_BYTE_ARRAY16_TYPE : FWP_UINT32;
    if (index == f.local_port || index == f.remote_port) return FWP_UINT16;
    if (f.protocol >= 0 && index == f.protocol) return FWP_UINT8;
    if (f.direction >= 0 && index == f.direction) return FWP_UINT32;
    return FWP_EMPTY;
}

const LayerInfo& auth_layer(bool ipv6, FWP_DIRECTION direction) {
    UINT16 id =
        direction == FWP_DIRECTION_INBOUND
            ? (ipv6 ? FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6 : FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4)
            : (ipv6 ? FWPS_LAYER_ALE_AUTH_CONNECT_V6 : FWPS_LAYER_ALE_AUTH_CONNECT_V4);
    return *find_layer(id);
}

const LayerInfo& stream_layer(bool ipv6) {
    return *find_layer(static_cast<UINT16>(ipv6 ? FWPS_LAYER_STREAM_V6 : FWPS_LAYER_STREAM_V4));
}

const LayerInfo& established_layer(bool ipv6) {
    return *find_layer(static_cast<UINT16>(ipv6 ? FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6
                                                : FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4));
}

}  // namespace wpptrace::wfp
