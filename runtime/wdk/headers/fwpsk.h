/*
 * fwpsk.h - the callout side of the emulated Windows Filtering Platform (the WDK's fwpsk.h):
 * a callout driver registers its classifyFn / notifyFn / flowDeleteFn with the filter engine,
 * the engine calls classifyFn for each flow a filter on a layer sends to the callout, and the
 * callout answers in FWPS_CLASSIFY_OUT0. The subset: the ALE connect, receive/accept and
 * flow-established layers and the stream layer (TCP data, with flow contexts, injection and
 * cloning), IPv4 and IPv6. The engine lives in the host process (runtime/wdk/wfp); the host feeds
 * it flows and their data (see "flows" in runtime/wdk/host/README.md).
 *
 *   static FWPS_CALLOUT callout = {.calloutKey = MY_CALLOUT_V4, .classifyFn = MyClassify,
 *                                  .notifyFn = MyNotify, .flowDeleteFn = MyFlowDelete};
 *   status = FwpsCalloutRegister(deviceObject, &callout, &calloutIdV4);
 *   ...
 *   FwpsCalloutUnregisterById(calloutIdV4);   // STATUS_DEVICE_BUSY while filters use it
 */
#ifndef WPPTRACE_FWPSK_H
#define WPPTRACE_FWPSK_H

#include "fwptypes.h"
#include "ndis.h"
/* As the WDK's fwpsk.h: addresses, scope ids and interface indices come from ws2ipdef.h. */
#include <ifdef.h>
#include <ws2ipdef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Run-time layer identifiers (FWPS_BUILTIN_LAYERS: the WDK's order up to flow established;
 * the emulated engine runs the ALE connect, receive/accept and flow-established layers and the
 * stream layers, IPv4 and IPv6) ---------------------------------------------------------------- */
typedef enum FWPS_BUILTIN_LAYERS_ {
    FWPS_LAYER_INBOUND_IPPACKET_V4,
    FWPS_LAYER_INBOUND_IPPACKET_V4_DISCARD,
    FWPS_LAYER_INBOUND_IPPACKET_V6,
    FWPS_LAYER_INBOUND_IPPACKET_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_IPPACKET_V4,
    FWPS_LAYER_OUTBOUND_IPPACKET_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_IPPACKET_V6,
    FWPS_LAYER_OUTBOUND_IPPACKET_V6_DISCARD,
    FWPS_LAYER_IPFORWARD_V4,
    FWPS_LAYER_IPFORWARD_V4_DISCARD,
    FWPS_LAYER_IPFORWARD_V6,
    FWPS_LAYER_IPFORWARD_V6_DISCARD,
    FWPS_LAYER_INBOUND_TRANSPORT_V4,
    FWPS_LAYER_INBOUND_TRANSPORT_V4_DISCARD,
    FWPS_LAYER_INBOUND_TRANSPORT_V6,
    FWPS_LAYER_INBOUND_TRANSPORT_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V4,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V6,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V6_DISCARD,
    FWPS_LAYER_STREAM_V4,
    FWPS_LAYER_STREAM_V4_DISCARD,
    FWPS_LAYER_STREAM_V6,
    FWPS_LAYER_STREAM_V6_DISCARD,
    FWPS_LAYER_DATAGRAM_DATA_V4,
    FWPS_LAYER_DATAGRAM_DATA_V4_DISCARD,
    FWPS_LAYER_DATAGRAM_DATA_V6,
    FWPS_LAYER_DATAGRAM_DATA_V6_DISCARD,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V4,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V4_DISCARD,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V6,
    FWPS_LAYER_INBOUND_ICMP_ERROR_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6,
    FWPS_LAYER_OUTBOUND_ICMP_ERROR_V6_DISCARD,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V4_DISCARD,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6,
    FWPS_LAYER_ALE_RESOURCE_ASSIGNMENT_V6_DISCARD,
    FWPS_LAYER_ALE_AUTH_LISTEN_V4,
    FWPS_LAYER_ALE_AUTH_LISTEN_V4_DISCARD,
    FWPS_LAYER_ALE_AUTH_LISTEN_V6,
    FWPS_LAYER_ALE_AUTH_LISTEN_V6_DISCARD,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V4_DISCARD,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6,
    FWPS_LAYER_ALE_AUTH_RECV_ACCEPT_V6_DISCARD,
    FWPS_LAYER_ALE_AUTH_CONNECT_V4,
    FWPS_LAYER_ALE_AUTH_CONNECT_V4_DISCARD,
    FWPS_LAYER_ALE_AUTH_CONNECT_V6,
    FWPS_LAYER_ALE_AUTH_CONNECT_V6_DISCARD,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V4_DISCARD,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6,
    FWPS_LAYER_ALE_FLOW_ESTABLISHED_V6_DISCARD,
    FWPS_BUILTIN_LAYER_MAX
} FWPS_BUILTIN_LAYERS;

/* ---- Incoming value indices per layer ---------------------------------------------------------
 * The WDK's indices, in the WDK's order up to the fields listed (its _MAX, which grows with each
 * Windows version, is here the number of values the engine gives). The host fills addresses
 * (IPv4 FWP_UINT32 in host order, IPv6 FWP_BYTE_ARRAY16_TYPE), ports (FWP_UINT16), the protocol
 * (FWP_UINT8: 6 TCP, 17 UDP) and the direction (FWP_UINT32, FWP_DIRECTION); the others (application
 * and user ids, address types, interfaces, flags) are FWP_EMPTY. */
typedef enum FWPS_FIELDS_ALE_AUTH_CONNECT_V4_ {
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_APP_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_FLAGS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V4_MAX
} FWPS_FIELDS_ALE_AUTH_CONNECT_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_CONNECT_V6_ {
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_APP_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_FLAGS,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_CONNECT_V6_MAX
} FWPS_FIELDS_ALE_AUTH_CONNECT_V6;

typedef enum FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4_ {
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_APP_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_FLAGS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_SIO_FIREWALL_SYSTEM_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_NAP_CONTEXT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V4_MAX
} FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V4;

typedef enum FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V6_ {
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_APP_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_FLAGS,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_SIO_FIREWALL_SYSTEM_PORT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_NAP_CONTEXT,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_ALE_AUTH_RECV_ACCEPT_V6_MAX
} FWPS_FIELDS_ALE_AUTH_RECV_ACCEPT_V6;

typedef enum FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V4_ {
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_APP_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_PROTOCOL,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_DIRECTION,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_INTERFACE_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_TUNNEL_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_FLAGS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V4_MAX
} FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V4;

typedef enum FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V6_ {
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_APP_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_PROTOCOL,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_REMOTE_PORT,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_REMOTE_USER_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_ALE_REMOTE_MACHINE_ID,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_DIRECTION,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_INTERFACE_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_TUNNEL_TYPE,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_FLAGS,
    FWPS_FIELD_ALE_FLOW_ESTABLISHED_V6_MAX
} FWPS_FIELDS_ALE_FLOW_ESTABLISHED_V6;

typedef enum FWPS_FIELDS_STREAM_V4_ {
    FWPS_FIELD_STREAM_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_STREAM_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_STREAM_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_STREAM_V4_IP_LOCAL_PORT,
    FWPS_FIELD_STREAM_V4_IP_REMOTE_PORT,
    FWPS_FIELD_STREAM_V4_DIRECTION, /* the flow's, not the data's: see FWPS_STREAM_DATA0.flags */
    FWPS_FIELD_STREAM_V4_FLAGS,
    FWPS_FIELD_STREAM_V4_MAX
} FWPS_FIELDS_STREAM_V4;

typedef enum FWPS_FIELDS_STREAM_V6_ {
    FWPS_FIELD_STREAM_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_STREAM_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_STREAM_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_STREAM_V6_IP_LOCAL_PORT,
    FWPS_FIELD_STREAM_V6_IP_REMOTE_PORT,
    FWPS_FIELD_STREAM_V6_DIRECTION,
    FWPS_FIELD_STREAM_V6_FLAGS,
    FWPS_FIELD_STREAM_V6_MAX
} FWPS_FIELDS_STREAM_V6;

/* The transport and datagram-data layers: callouts and filters may be added there (a driver that
 * uses them loads), but no traffic reaches them: the engine has no packet path. */
typedef enum FWPS_FIELDS_INBOUND_TRANSPORT_V4_ {
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_PROTOCOL,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_FLAGS,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_PROFILE_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V4_MAX
} FWPS_FIELDS_INBOUND_TRANSPORT_V4;

typedef enum FWPS_FIELDS_INBOUND_TRANSPORT_V6_ {
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_PROTOCOL,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_FLAGS,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_PROFILE_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_TRANSPORT_V6_MAX
} FWPS_FIELDS_INBOUND_TRANSPORT_V6;

typedef enum FWPS_FIELDS_OUTBOUND_TRANSPORT_V4_ {
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_PROTOCOL,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_FLAGS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_PROFILE_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V4_MAX
} FWPS_FIELDS_OUTBOUND_TRANSPORT_V4;

typedef enum FWPS_FIELDS_OUTBOUND_TRANSPORT_V6_ {
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_PROTOCOL,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_REMOTE_PORT,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IP_DESTINATION_ADDRESS_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_FLAGS,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_INTERFACE_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_TUNNEL_TYPE,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_PROFILE_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_IPSEC_SECURITY_REALM_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_COMPARTMENT_ID,
    FWPS_FIELD_OUTBOUND_TRANSPORT_V6_MAX
} FWPS_FIELDS_OUTBOUND_TRANSPORT_V6;

typedef enum FWPS_FIELDS_DATAGRAM_DATA_V4_ {
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_PROTOCOL,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_DATAGRAM_DATA_V4_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V4_DIRECTION,
    FWPS_FIELD_DATAGRAM_DATA_V4_FLAGS,
    FWPS_FIELD_DATAGRAM_DATA_V4_INTERFACE_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_TUNNEL_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_COMPARTMENT_ID,
    FWPS_FIELD_DATAGRAM_DATA_V4_MAX
} FWPS_FIELDS_DATAGRAM_DATA_V4;

typedef enum FWPS_FIELDS_DATAGRAM_DATA_V6_ {
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_PROTOCOL,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_REMOTE_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_DATAGRAM_DATA_V6_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V6_DIRECTION,
    FWPS_FIELD_DATAGRAM_DATA_V6_FLAGS,
    FWPS_FIELD_DATAGRAM_DATA_V6_INTERFACE_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_TUNNEL_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_COMPARTMENT_ID,
    FWPS_FIELD_DATAGRAM_DATA_V6_MAX
} FWPS_FIELDS_DATAGRAM_DATA_V6;

/* ---- What classifyFn receives ------------------------------------------------------------- */
typedef struct FWPS_INCOMING_VALUE0_ {
    FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
    UINT16 layerId;
    UINT32 valueCount;
    FWPS_INCOMING_VALUE0* incomingValue;
} FWPS_INCOMING_VALUES0;

/* currentMetadataValues says which fields hold data: the flow handle from the flow-established
   layer on (the flow exists from there), the process id (the host's) at every layer. */
#define FWPS_METADATA_FIELD_DISCARD_REASON 0x00000001
#define FWPS_METADATA_FIELD_FLOW_HANDLE 0x00000002
#define FWPS_METADATA_FIELD_IP_HEADER_SIZE 0x00000004
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE 0x00000008
#define FWPS_METADATA_FIELD_PROCESS_PATH 0x00000010
#define FWPS_METADATA_FIELD_TOKEN 0x00000020
#define FWPS_METADATA_FIELD_PROCESS_ID 0x00000040
#define FWPS_METADATA_FIELD_SYSTEM_FLAGS 0x00000080
#define FWPS_METADATA_FIELD_COMPARTMENT_ID 0x00000800
#define FWPS_METADATA_FIELD_COMPLETION_HANDLE 0x00004000
#define FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE 0x00008000
#define FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA 0x00010000
#define FWPS_METADATA_FIELD_REMOTE_SCOPE_ID 0x00020000
#define FWPS_METADATA_FIELD_PACKET_DIRECTION 0x00040000
#define FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED 0x00400000
#define FWPS_IS_METADATA_FIELD_PRESENT(metadataValues, metadataField) \
    (((metadataValues)->currentMetadataValues & (metadataField)) == (metadataField))

struct _WSACMSGHDR;

typedef enum FWPS_DISCARD_MODULE0_ {
    FWPS_DISCARD_MODULE_NETWORK,
    FWPS_DISCARD_MODULE_TRANSPORT,
    FWPS_DISCARD_MODULE_GENERAL,
    FWPS_DISCARD_MODULE_MAX
} FWPS_DISCARD_MODULE0;

typedef struct FWPS_DISCARD_METADATA0_ {
    FWPS_DISCARD_MODULE0 discardModule;
    UINT32 discardReason;
    UINT64 filterId;
} FWPS_DISCARD_METADATA0;

typedef struct FWPS_INBOUND_FRAGMENT_METADATA0_ {
    UINT32 fragmentIdentification;
    UINT16 fragmentOffset;
    ULONG fragmentLength;
} FWPS_INBOUND_FRAGMENT_METADATA0;

/* The WDK's members in the WDK's order, up to packetDirection (the later ones are left out). */
typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
    UINT32 currentMetadataValues;
    UINT32 flags;
    UINT64 reserved;
    FWPS_DISCARD_METADATA0 discardMetadata;
    UINT64 flowHandle;
    UINT32 ipHeaderSize;
    UINT32 transportHeaderSize;
    FWP_BYTE_BLOB* processPath;
    UINT64 token;
    UINT64 processId;
    UINT32 sourceInterfaceIndex;
    UINT32 destinationInterfaceIndex;
    ULONG compartmentId;
    FWPS_INBOUND_FRAGMENT_METADATA0 fragmentMetadata;
    ULONG pathMtu;
    HANDLE completionHandle;
    UINT64 transportEndpointHandle;
    SCOPE_ID remoteScopeId;
    struct _WSACMSGHDR* controlData;
    ULONG controlDataLength;
    FWP_DIRECTION packetDirection;
} FWPS_INCOMING_METADATA_VALUES0;

typedef struct FWPS_ACTION0_ {
    FWP_ACTION_TYPE type;
    UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
    UINT16 fieldId;
    UINT16 reserved;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

/* The filter that sent the flow to the callout; context is the FWPM filter's rawContext. The
   four versions differ only in the provider context's version (never set here: NULL). */
#define FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT 0x00000001
#define FWPS_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED 0x00000002
#define FWPS_FILTER_MEMBERS(providerContextType)              \
    UINT64 filterId;                                          \
    FWP_VALUE0 weight; /* FWP_UINT64: the effective weight */ \
    UINT16 subLayerWeight;                                    \
    UINT16 flags; /* FWPS_FILTER_FLAG_* */                    \
    UINT32 numFilterConditions;                               \
    FWPS_FILTER_CONDITION0* filterCondition;                  \
    FWPS_ACTION0 action;                                      \
    UINT64 context;                                           \
    struct providerContextType* providerContext;
typedef struct FWPS_FILTER0_ {
    FWPS_FILTER_MEMBERS(FWPM_PROVIDER_CONTEXT0_)
} FWPS_FILTER0;
typedef struct FWPS_FILTER1_ {
    FWPS_FILTER_MEMBERS(FWPM_PROVIDER_CONTEXT1_)
} FWPS_FILTER1;
typedef struct FWPS_FILTER2_ {
    FWPS_FILTER_MEMBERS(FWPM_PROVIDER_CONTEXT2_)
} FWPS_FILTER2;
typedef struct FWPS_FILTER3_ {
    FWPS_FILTER_MEMBERS(FWPM_PROVIDER_CONTEXT3_)
} FWPS_FILTER3;

/* The callout's answer. It may set actionType only while rights has FWPS_RIGHT_ACTION_WRITE;
   FWPS_CLASSIFY_OUT_FLAG_ABSORB with FWP_ACTION_BLOCK drops the flow (or, at the stream layer,
   the data) silently. */
#define FWPS_RIGHT_ACTION_WRITE 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_ABSORB 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED 0x00000002
#define FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA 0x00000004

typedef struct FWPS_CLASSIFY_OUT0_ {
    FWP_ACTION_TYPE actionType;
    UINT64 outContext;
    UINT64 filterId;
    UINT32 rights;
    UINT32 flags;
    UINT32 reserved;
} FWPS_CLASSIFY_OUT0;

/* ---- Stream data (layerData at FWPS_LAYER_STREAM_V4/V6) ---------------------------------------
 * One classify per indication of data in one direction; the data is a NET_BUFFER_LIST chain
 * (ndis.h). The callout answers in classifyOut (FWP_ACTION_PERMIT: the data passes;
 * FWP_ACTION_BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB: the data is taken out of the stream, to
 * be replaced by FwpsStreamInjectAsync0; FWP_ACTION_BLOCK alone: the data is dropped and the
 * connection reset) and in streamAction (FWP_ACTION_NONE with it):
 *   FWPS_STREAM_ACTION_NEED_MORE_DATA  the engine keeps the data and indicates it again with
 *                                      the next data (at least countBytesRequired bytes, or at
 *                                      the end of the stream);
 *   FWPS_STREAM_ACTION_DEFER           inbound only: held until FwpsStreamContinue0;
 *   FWPS_STREAM_ACTION_DROP_CONNECTION the connection is reset.
 * countBytesEnforced, with FWP_ACTION_PERMIT: only that many bytes pass; the engine indicates
 * the rest again. */
#define FWPS_STREAM_FLAG_RECEIVE 0x00000001
#define FWPS_STREAM_FLAG_RECEIVE_EXPEDITED 0x00000002
#define FWPS_STREAM_FLAG_RECEIVE_DISCONNECT 0x00000004
#define FWPS_STREAM_FLAG_RECEIVE_ABORT 0x00000008
#define FWPS_STREAM_FLAG_SEND 0x00000010
#define FWPS_STREAM_FLAG_SEND_EXPEDITED 0x00000020
#define FWPS_STREAM_FLAG_SEND_NODELAY 0x00000040
#define FWPS_STREAM_FLAG_SEND_DISCONNECT 0x00000080
#define FWPS_STREAM_FLAG_SEND_ABORT 0x00000100

typedef struct FWPS_STREAM_DATA_OFFSET0_ {
    NET_BUFFER_LIST* netBufferList;
    NET_BUFFER* netBuffer;
    MDL* mdl;
    SIZE_T mdlOffset;
    SIZE_T netBufferOffset;
    SIZE_T streamDataOffset;
} FWPS_STREAM_DATA_OFFSET0;

typedef struct FWPS_STREAM_DATA0_ {
    UINT32 flags; /* FWPS_STREAM_FLAG_* */
    FWPS_STREAM_DATA_OFFSET0 dataOffset;
    SIZE_T dataLength;
    NET_BUFFER_LIST* netBufferListChain;
} FWPS_STREAM_DATA0;

typedef enum FWPS_STREAM_ACTION_TYPE_ {
    FWPS_STREAM_ACTION_NONE,
    FWPS_STREAM_ACTION_ALLOW_CONNECTION,
    FWPS_STREAM_ACTION_NEED_MORE_DATA,
    FWPS_STREAM_ACTION_DROP_CONNECTION,
    FWPS_STREAM_ACTION_DEFER,
    FWPS_STREAM_ACTION_TYPE_MAX
} FWPS_STREAM_ACTION_TYPE;

typedef struct FWPS_STREAM_CALLOUT_IO_PACKET0_ {
    FWPS_STREAM_DATA0* streamData;
    SIZE_T missedBytes;
    UINT32 countBytesRequired;
    SIZE_T countBytesEnforced;
    FWPS_STREAM_ACTION_TYPE streamAction;
} FWPS_STREAM_CALLOUT_IO_PACKET0;

/* ---- Callouts ----------------------------------------------------------------------------- */
typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
    FWPS_CALLOUT_NOTIFY_ADD_FILTER,    /* filterKey is the filter's key */
    FWPS_CALLOUT_NOTIFY_DELETE_FILTER, /* filterKey is NULL */
    FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT,
    FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

/* Version 0 has no classifyContext; versions 1, 2 and 3 differ in the filter's version. */
typedef void(NTAPI FWPS_CALLOUT_CLASSIFY_FN0)(const FWPS_INCOMING_VALUES0* inFixedValues,
                                              const FWPS_INCOMING_METADATA_VALUES0* inMetaValues,
                                              void* layerData, const FWPS_FILTER0* filter,
                                              UINT64 flowContext, FWPS_CLASSIFY_OUT0* classifyOut);
#define FWPS_CLASSIFY_FN(n)                                                                  \
    typedef void(NTAPI FWPS_CALLOUT_CLASSIFY_FN##n)(                                         \
        const FWPS_INCOMING_VALUES0* inFixedValues,                                          \
        const FWPS_INCOMING_METADATA_VALUES0* inMetaValues, void* layerData,                 \
        const void* classifyContext, const FWPS_FILTER##n* filter, UINT64 flowContext,       \
        FWPS_CLASSIFY_OUT0* classifyOut);                                                    \
    typedef NTSTATUS(NTAPI FWPS_CALLOUT_NOTIFY_FN##n)(                                       \
        FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID* filterKey, FWPS_FILTER##n* filter); \
    typedef FWPS_CALLOUT_CLASSIFY_FN##n* FWPS_CALLOUT_CLASSIFY_FN##n##_PTR;                  \
    typedef FWPS_CALLOUT_NOTIFY_FN##n* FWPS_CALLOUT_NOTIFY_FN##n##_PTR;
FWPS_CLASSIFY_FN(1)
FWPS_CLASSIFY_FN(2)
FWPS_CLASSIFY_FN(3)
/* A failure from an ADD_FILTER notification makes FwpmFilterAdd fail: the filter is not added. */
typedef NTSTATUS(NTAPI FWPS_CALLOUT_NOTIFY_FN0)(FWPS_CALLOUT_NOTIFY_TYPE notifyType,
                                                const GUID* filterKey, FWPS_FILTER0* filter);
typedef FWPS_CALLOUT_CLASSIFY_FN0* FWPS_CALLOUT_CLASSIFY_FN0_PTR;
typedef FWPS_CALLOUT_NOTIFY_FN0* FWPS_CALLOUT_NOTIFY_FN0_PTR;
typedef void(NTAPI FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(UINT16 layerId, UINT32 calloutId,
                                                        UINT64 flowContext);
typedef FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0* FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0_PTR;

/* classifyFn is called only for flows that have a context of this callout at the layer. */
#define FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW (0x00000001)
#define FWP_CALLOUT_FLAG_ALLOW_OFFLOAD (0x00000002)
#define FWP_CALLOUT_FLAG_ENABLE_COMMIT_ADD_NOTIFY (0x00000004)
#define FWP_CALLOUT_FLAG_ALLOW_MID_STREAM_INSPECTION (0x00000008)
#define FWP_CALLOUT_FLAG_ALLOW_RECLASSIFY (0x00000010)

#define FWPS_CALLOUT_STRUCT(n)                                \
    typedef struct FWPS_CALLOUT##n##_ {                       \
        GUID calloutKey;                                      \
        UINT32 flags;                                         \
        FWPS_CALLOUT_CLASSIFY_FN##n##_PTR classifyFn;         \
        FWPS_CALLOUT_NOTIFY_FN##n##_PTR notifyFn;             \
        FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0_PTR flowDeleteFn; \
    } FWPS_CALLOUT##n;
FWPS_CALLOUT_STRUCT(0)
FWPS_CALLOUT_STRUCT(1)
FWPS_CALLOUT_STRUCT(2)
FWPS_CALLOUT_STRUCT(3)

/* The callout belongs to deviceObject's driver. The id is the one FwpmCalloutAdd gives the same
   key. Filters already on the engine for this key get their ADD_FILTER notifications now. */
NTSTATUS FwpsCalloutRegister0(void* deviceObject, const FWPS_CALLOUT0* callout, UINT32* calloutId);
NTSTATUS FwpsCalloutRegister1(void* deviceObject, const FWPS_CALLOUT1* callout, UINT32* calloutId);
NTSTATUS FwpsCalloutRegister2(void* deviceObject, const FWPS_CALLOUT2* callout, UINT32* calloutId);
NTSTATUS FwpsCalloutRegister3(void* deviceObject, const FWPS_CALLOUT3* callout, UINT32* calloutId);
/* STATUS_DEVICE_BUSY while a filter refers to the callout (delete the filters first); flow
   contexts still associated get their flowDeleteFn before the callout goes. */
NTSTATUS FwpsCalloutUnregisterById0(const UINT32 calloutId);
NTSTATUS FwpsCalloutUnregisterByKey0(const GUID* calloutKey);

/* ---- Flows -------------------------------------------------------------------------------- */
/* flowId is the metadata's flowHandle; layerId may be a later layer of the flow (a context
   associated at flow established for the stream layer). flowDeleteFn (which the callout must
   have) is called with the context when the flow ends or the context is removed. */
NTSTATUS FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId,
                                   UINT64 flowContext);
NTSTATUS FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId);
/* Resets the connection: no more data is indicated; the contexts go when the flow ends. */
NTSTATUS FwpsFlowAbort0(UINT64 flowId);

/* ---- Injection ---------------------------------------------------------------------------- */

#define FWPS_INJECTION_TYPE_STREAM 0x00000001
#define FWPS_INJECTION_TYPE_TRANSPORT 0x00000002
#define FWPS_INJECTION_TYPE_NETWORK 0x00000004
#define FWPS_INJECTION_TYPE_FORWARD 0x00000008
#define FWPS_INJECTION_TYPE_L2 0x00000010

typedef enum FWPS_PACKET_INJECTION_STATE_ {
    FWPS_PACKET_NOT_INJECTED,
    FWPS_PACKET_INJECTED_BY_SELF,
    FWPS_PACKET_INJECTED_BY_OTHER,
    FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF,
    FWPS_PACKET_INJECTION_STATE_MAX
} FWPS_PACKET_INJECTION_STATE;

/* Called once the engine is done with the injected list (its Status says how it went). */
typedef void(NTAPI FWPS_INJECT_COMPLETE0)(void* context, NET_BUFFER_LIST* netBufferList,
                                          BOOLEAN dispatchLevel);
typedef FWPS_INJECT_COMPLETE0* FWPS_INJECT_COMPLETE0_PTR;

/* flags: FWPS_INJECTION_TYPE_*; addressFamily AF_INET, AF_INET6 or AF_UNSPEC (both). */
NTSTATUS FwpsInjectionHandleCreate0(ADDRESS_FAMILY addressFamily, UINT32 flags,
                                    HANDLE* injectionHandle);
NTSTATUS FwpsInjectionHandleDestroy0(HANDLE injectionHandle);
/* Whether a list the callout sees was injected through this handle (the callout lets its own
   injections pass) or another one. */
FWPS_PACKET_INJECTION_STATE FwpsQueryPacketInjectionState0(HANDLE injectionHandle,
                                                           const NET_BUFFER_LIST* netBufferList,
                                                           HANDLE* injectionContext);

/* Stream injection: the data goes on in the flow's stream (streamFlags FWPS_STREAM_FLAG_SEND or
   _RECEIVE) after what the engine has already passed, reaching the peer. completionFn runs when
   the engine is done with the list: after the classifyFn that injected has returned. */
NTSTATUS FwpsStreamInjectAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags,
                                NET_BUFFER_LIST* netBufferList, SIZE_T dataLength,
                                FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
/* Resumes inbound data deferred with FWPS_STREAM_ACTION_DEFER: it is indicated again. */
NTSTATUS FwpsStreamContinue0(UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags);
/* Copies bytesToCopy bytes of the indicated data (from its dataOffset) into buffer. */
void FwpsCopyStreamDataToBuffer0(const FWPS_STREAM_DATA0* streamData, PVOID buffer,
                                 SIZE_T bytesToCopy, SIZE_T* bytesCopied);
/* A deep copy of the indicated data, owned by the callout until FwpsDiscardClonedStreamData0
   (or a completed FwpsStreamInjectAsync0 of it, after which the callout discards it). */
NTSTATUS FwpsCloneStreamData0(FWPS_STREAM_DATA0* calloutStreamData,
                              NDIS_HANDLE netBufferListPoolHandle, NDIS_HANDLE netBufferPoolHandle,
                              ULONG allocateCloneFlags, NET_BUFFER_LIST** netBufferListChain);
void FwpsDiscardClonedStreamData0(NET_BUFFER_LIST* netBufferListChain, UINT32 allocateCloneFlags,
                                  BOOLEAN streamEnd);

/* A list with one buffer over the caller's MDL chain (the MDLs stay the caller's). */
NTSTATUS FwpsAllocateNetBufferAndNetBufferList0(NDIS_HANDLE poolHandle, USHORT contextSize,
                                                USHORT contextBackFill, MDL* mdlChain,
                                                ULONG dataOffset, SIZE_T dataLength,
                                                NET_BUFFER_LIST** netBufferList);
void FwpsFreeNetBufferList0(NET_BUFFER_LIST* netBufferList);
/* A clone shares the original's data (its MDLs); the original stays referenced until the clone
   is freed. */
NTSTATUS FwpsAllocateCloneNetBufferList0(NET_BUFFER_LIST* originalNetBufferList,
                                         NDIS_HANDLE netBufferListPoolHandle,
                                         NDIS_HANDLE netBufferPoolHandle, ULONG allocateCloneFlags,
                                         NET_BUFFER_LIST** netBufferList);
void FwpsFreeCloneNetBufferList0(NET_BUFFER_LIST* netBufferList, ULONG freeCloneFlags);
void FwpsReferenceNetBufferList0(NET_BUFFER_LIST* netBufferList, BOOLEAN intendToModify);
void FwpsDereferenceNetBufferList0(NET_BUFFER_LIST* netBufferList, BOOLEAN dispatchLevel);

/* Packet injection below the stream layer: the emulated engine has no packet path (no IP or
   transport layers), so these fail with STATUS_NOT_SUPPORTED and the host's report names them. */
typedef struct FWPS_TRANSPORT_SEND_PARAMS0_ {
    UCHAR* remoteAddress;
    ULONG remoteScopeId;
    void* controlData;
    ULONG controlDataLength;
} FWPS_TRANSPORT_SEND_PARAMS0;
NTSTATUS FwpsInjectTransportSendAsync0(HANDLE injectionHandle, HANDLE injectionContext,
                                       UINT64 endpointHandle, UINT32 flags,
                                       FWPS_TRANSPORT_SEND_PARAMS0* sendArgs,
                                       ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
                                       NET_BUFFER_LIST* netBufferList,
                                       FWPS_INJECT_COMPLETE0 completionFn,
                                       HANDLE completionContext);
NTSTATUS FwpsInjectTransportReceiveAsync0(
    HANDLE injectionHandle, HANDLE injectionContext, PVOID reserved, UINT32 flags,
    ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId, IF_INDEX interfaceIndex,
    IF_INDEX subInterfaceIndex, NET_BUFFER_LIST* netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
    HANDLE completionContext);
NTSTATUS FwpsInjectNetworkSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                     COMPARTMENT_ID compartmentId, NET_BUFFER_LIST* netBufferList,
                                     FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS FwpsInjectNetworkReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext,
                                        UINT32 flags, COMPARTMENT_ID compartmentId,
                                        IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex,
                                        NET_BUFFER_LIST* netBufferList,
                                        FWPS_INJECT_COMPLETE0 completionFn,
                                        HANDLE completionContext);
NTSTATUS FwpsInjectForwardAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                 ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
                                 IF_INDEX interfaceIndex, NET_BUFFER_LIST* netBufferList,
                                 FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
/* MAC-layer injection: no layer 2 layers either. */
typedef ULONG NDIS_PORT_NUMBER;
NTSTATUS FwpsInjectMacReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                    UINT16 layerId, IF_INDEX interfaceIndex,
                                    NDIS_PORT_NUMBER ndisPortNumber,
                                    NET_BUFFER_LIST* netBufferLists,
                                    FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS FwpsInjectMacSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
                                 UINT16 layerId, IF_INDEX interfaceIndex,
                                 NDIS_PORT_NUMBER ndisPortNumber, NET_BUFFER_LIST* netBufferLists,
                                 FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS FwpsConstructIpHeaderForTransportPacket0(
    NET_BUFFER_LIST* netBufferList, ULONG headerIncludeHeaderLength, ADDRESS_FAMILY addressFamily,
    const UCHAR* sourceAddress, const UCHAR* remoteAddress, UINT8 nextProtocol,
    UINT64 endpointHandle, const void* controlData, ULONG controlDataLength, UINT32 flags,
    PVOID reserved, IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex);

/* ---- Redirection: the connect and bind redirect layers are not emulated, so no connection is
 * ever redirected; the handles are real. */
typedef enum FWPS_CONNECTION_REDIRECT_STATE_ {
    FWPS_CONNECTION_NOT_REDIRECTED,
    FWPS_CONNECTION_REDIRECTED_BY_SELF,
    FWPS_CONNECTION_REDIRECTED_BY_OTHER,
    FWPS_CONNECTION_PREVIOUSLY_REDIRECTED_BY_SELF,
    FWPS_CONNECTION_REDIRECT_STATE_MAX
} FWPS_CONNECTION_REDIRECT_STATE;
NTSTATUS FwpsRedirectHandleCreate0(const GUID* providerGuid, UINT32 flags, HANDLE* redirectHandle);
void FwpsRedirectHandleDestroy0(HANDLE redirectHandle);
FWPS_CONNECTION_REDIRECT_STATE FwpsQueryConnectionRedirectState0(HANDLE redirectRecords,
                                                                 HANDLE redirectHandle,
                                                                 void** redirectContext);

/* ---- Asynchronous classification -----------------------------------------------------------
 * In classifyFn, FwpsAcquireClassifyHandle0(classifyContext) gives a handle; FwpsPendClassify0
 * pends the classification (the callout sets FWP_ACTION_BLOCK with FWPS_CLASSIFY_OUT_FLAG_ABSORB
 * meanwhile); the engine holds the connection until FwpsCompleteClassify0 gives the final
 * answer, from any thread; then FwpsReleaseClassifyHandle0. Only the ALE authorization layers
 * can be pended. */
NTSTATUS FwpsAcquireClassifyHandle0(void* classifyContext, UINT32 reserved, UINT64* classifyHandle);
void FwpsReleaseClassifyHandle0(UINT64 classifyHandle);
NTSTATUS FwpsPendClassify0(UINT64 classifyHandle, UINT64 filterId, UINT32 flags,
                           FWPS_CLASSIFY_OUT0* classifyOut);
void FwpsCompleteClassify0(UINT64 classifyHandle, UINT32 flags,
                           const FWPS_CLASSIFY_OUT0* classifyOut);
/* The layers with writable layer data (connect and bind redirect) are not emulated: the first
   fails with STATUS_NOT_SUPPORTED and the host's report names it. */
NTSTATUS FwpsAcquireWritableLayerDataPointer0(UINT64 classifyHandle, UINT64 filterId, UINT32 flags,
                                              PVOID* writableLayerData,
                                              FWPS_CLASSIFY_OUT0* classifyOut);
void FwpsApplyModifiedLayerData0(UINT64 classifyHandle, PVOID modifiedLayerData, UINT32 flags);
/* Pending with a completion handle (FWPS_METADATA_FIELD_COMPLETION_HANDLE): the host's flows
   carry none, so this fails with STATUS_FWP_CANNOT_PEND and the host's report names it. */
NTSTATUS FwpsPendOperation0(HANDLE completionHandle, HANDLE* completionContext);
void FwpsCompleteOperation0(HANDLE completionContext, NET_BUFFER_LIST* netBufferList);

/* ---- The unversioned names, as the WDK maps them for the current Windows version ---------- */
typedef FWPS_CALLOUT3 FWPS_CALLOUT;
typedef FWPS_FILTER3 FWPS_FILTER;
typedef FWPS_INCOMING_VALUES0 FWPS_INCOMING_VALUES;
typedef FWPS_INCOMING_VALUE0 FWPS_INCOMING_VALUE;
typedef FWPS_INCOMING_METADATA_VALUES0 FWPS_INCOMING_METADATA_VALUES;
typedef FWPS_CLASSIFY_OUT0 FWPS_CLASSIFY_OUT;
typedef FWPS_ACTION0 FWPS_ACTION;
typedef FWPS_FILTER_CONDITION0 FWPS_FILTER_CONDITION;
typedef FWPS_STREAM_DATA0 FWPS_STREAM_DATA;
typedef FWPS_STREAM_DATA_OFFSET0 FWPS_STREAM_DATA_OFFSET;
typedef FWPS_STREAM_CALLOUT_IO_PACKET0 FWPS_STREAM_CALLOUT_IO_PACKET;
typedef FWPS_TRANSPORT_SEND_PARAMS0 FWPS_TRANSPORT_SEND_PARAMS;
typedef FWPS_CALLOUT_CLASSIFY_FN3 FWPS_CALLOUT_CLASSIFY_FN;
typedef FWPS_CALLOUT_NOTIFY_FN3 FWPS_CALLOUT_NOTIFY_FN;
typedef FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN;
typedef FWPS_INJECT_COMPLETE0 FWPS_INJECT_COMPLETE;
#define FwpsCalloutRegister FwpsCalloutRegister3
#define FwpsCalloutUnregisterById FwpsCalloutUnregisterById0
#define FwpsCalloutUnregisterByKey FwpsCalloutUnregisterByKey0
#define FwpsFlowAssociateContext FwpsFlowAssociateContext0
#define FwpsFlowRemoveContext FwpsFlowRemoveContext0
#define FwpsFlowAbort FwpsFlowAbort0
#define FwpsInjectionHandleCreate FwpsInjectionHandleCreate0
#define FwpsInjectionHandleDestroy FwpsInjectionHandleDestroy0
#define FwpsQueryPacketInjectionState FwpsQueryPacketInjectionState0
#define FwpsStreamInjectAsync FwpsStreamInjectAsync0
#define FwpsStreamContinue FwpsStreamContinue0
#define FwpsCopyStreamDataToBuffer FwpsCopyStreamDataToBuffer0
#define FwpsCloneStreamData FwpsCloneStreamData0
#define FwpsDiscardClonedStreamData FwpsDiscardClonedStreamData0
#define FwpsAllocateNetBufferAndNetBufferList FwpsAllocateNetBufferAndNetBufferList0
#define FwpsFreeNetBufferList FwpsFreeNetBufferList0
#define FwpsAllocateCloneNetBufferList FwpsAllocateCloneNetBufferList0
#define FwpsFreeCloneNetBufferList FwpsFreeCloneNetBufferList0
#define FwpsReferenceNetBufferList FwpsReferenceNetBufferList0
#define FwpsDereferenceNetBufferList FwpsDereferenceNetBufferList0
#define FwpsInjectTransportSendAsync FwpsInjectTransportSendAsync0
#define FwpsInjectTransportReceiveAsync FwpsInjectTransportReceiveAsync0
#define FwpsInjectNetworkSendAsync FwpsInjectNetworkSendAsync0
#define FwpsInjectNetworkReceiveAsync FwpsInjectNetworkReceiveAsync0
#define FwpsInjectForwardAsync FwpsInjectForwardAsync0
#define FwpsInjectMacReceiveAsync FwpsInjectMacReceiveAsync0
#define FwpsInjectMacSendAsync FwpsInjectMacSendAsync0
#define FwpsConstructIpHeaderForTransportPacket FwpsConstructIpHeaderForTransportPacket0
#define FwpsAcquireClassifyHandle FwpsAcquireClassifyHandle0
#define FwpsReleaseClassifyHandle FwpsReleaseClassifyHandle0
#define FwpsPendClassify FwpsPendClassify0
#define FwpsCompleteClassify FwpsCompleteClassify0
#define FwpsAcquireWritableLayerDataPointer FwpsAcquireWritableLayerDataPointer0
#define FwpsApplyModifiedLayerData FwpsApplyModifiedLayerData0
#define FwpsPendOperation FwpsPendOperation0
#define FwpsRedirectHandleCreate FwpsRedirectHandleCreate0
#define FwpsRedirectHandleDestroy FwpsRedirectHandleDestroy0
#define FwpsQueryConnectionRedirectState FwpsQueryConnectionRedirectState0
#define FwpsCompleteOperation FwpsCompleteOperation0

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_FWPSK_H */
