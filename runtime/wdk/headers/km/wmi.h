/*
 * km/wmi.h - WMI for drivers: the IRP_MJ_SYSTEM_CONTROL minor codes and WNODE buffers of
 * wmistr.h, IoWMIRegistrationControl, and the WMI library of wmilib.h (WmiSystemControl,
 * WmiCompleteRequest) that WDM drivers hand their IRP_MJ_SYSTEM_CONTROL to.
 *
 * WMI sends its IRPs to the top of the stack of a registered device object, with
 * Parameters.WMI.ProviderId naming the device that registered; each driver whose device it is
 * not passes the IRP down. The host sends such queries from its configuration ("wmi_queries",
 * runtime/wdk/host/README.md): IRP_MN_QUERY_SINGLE_INSTANCE with a WNODE_SINGLE_INSTANCE buffer
 * that addresses the instance by index (WNODE_FLAG_STATIC_INSTANCE_NAMES).
 *
 *   static WMIGUIDREGINFO guids[] = {{&MY_DATA_GUID, 1, 0}};
 *   ext->WmiLib.GuidCount = 1;  ext->WmiLib.GuidList = guids;
 *   ext->WmiLib.QueryWmiRegInfo = MyQueryRegInfo;  ext->WmiLib.QueryWmiDataBlock = MyQuery;
 *   IoWMIRegistrationControl(fdo, WMIREG_ACTION_REGISTER);       // at start
 *   ...
 *   NTSTATUS MySystemControl(PDEVICE_OBJECT d, PIRP irp) {
 *       SYSCTL_IRP_DISPOSITION disposition;
 *       NTSTATUS status = WmiSystemControl(&ext->WmiLib, d, irp, &disposition);
 *       if (disposition == IrpForward || disposition == IrpNotWmi) {
 *           IoSkipCurrentIrpStackLocation(irp);
 *           return IoCallDriver(ext->Lower, irp);
 *       }
 *       return status;                                           // processed (or pending)
 *   }
 */
#ifndef WPPTRACE_KM_WMI_H
#define WPPTRACE_KM_WMI_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __LPGUID_DEFINED__
#define __LPGUID_DEFINED__
typedef GUID* LPGUID;
#endif
#ifndef __LPCGUID_DEFINED__
#define __LPCGUID_DEFINED__
typedef const GUID* LPCGUID;
#endif

#ifndef STATUS_WMI_GUID_NOT_FOUND
#define STATUS_WMI_GUID_NOT_FOUND ((NTSTATUS)0xC0000295L)
#endif
#ifndef STATUS_WMI_INSTANCE_NOT_FOUND
#define STATUS_WMI_INSTANCE_NOT_FOUND ((NTSTATUS)0xC0000296L)
#endif
#ifndef STATUS_WMI_ITEMID_NOT_FOUND
#define STATUS_WMI_ITEMID_NOT_FOUND ((NTSTATUS)0xC0000297L)
#endif
#ifndef STATUS_WMI_READ_ONLY
#define STATUS_WMI_READ_ONLY ((NTSTATUS)0xC00002C6L)
#endif
#ifndef STATUS_WMI_SET_FAILURE
#define STATUS_WMI_SET_FAILURE ((NTSTATUS)0xC00002C7L)
#endif
#ifndef STATUS_WMI_NOT_SUPPORTED
#define STATUS_WMI_NOT_SUPPORTED ((NTSTATUS)0xC00002DDL)
#endif

/* IRP_MJ_SYSTEM_CONTROL minor functions. */
#define IRP_MN_QUERY_ALL_DATA 0x00
#define IRP_MN_QUERY_SINGLE_INSTANCE 0x01
#define IRP_MN_CHANGE_SINGLE_INSTANCE 0x02
#define IRP_MN_CHANGE_SINGLE_ITEM 0x03
#define IRP_MN_ENABLE_EVENTS 0x04
#define IRP_MN_DISABLE_EVENTS 0x05
#define IRP_MN_ENABLE_COLLECTION 0x06
#define IRP_MN_DISABLE_COLLECTION 0x07
#define IRP_MN_REGINFO 0x08
#define IRP_MN_EXECUTE_METHOD 0x09
#define IRP_MN_REGINFO_EX 0x0b

/* IoWMIRegistrationControl actions. */
#define WMIREG_ACTION_REGISTER 1
#define WMIREG_ACTION_DEREGISTER 2
#define WMIREG_ACTION_REREGISTER 3
#define WMIREG_ACTION_UPDATE_GUIDS 4
#define WMIREG_ACTION_BLOCK_IRPS 5

/* WMIREGGUID.Flags / WMIGUIDREGINFO.Flags. */
#define WMIREG_FLAG_EXPENSIVE 0x00000001
#define WMIREG_FLAG_INSTANCE_LIST 0x00000004
#define WMIREG_FLAG_INSTANCE_BASENAME 0x00000008
#define WMIREG_FLAG_INSTANCE_PDO 0x00000020
#define WMIREG_FLAG_REMOVE_GUID 0x00010000
#define WMIREG_FLAG_RESERVED1 0x00020000
#define WMIREG_FLAG_RESERVED2 0x00040000
#define WMIREG_FLAG_TRACED_GUID 0x00080000
#define WMIREG_FLAG_TRACE_CONTROL_GUID 0x00001000
#define WMIREG_FLAG_EVENT_ONLY_GUID 0x00000040

/* WNODE_HEADER.Flags. */
#define WNODE_FLAG_ALL_DATA 0x00000001
#define WNODE_FLAG_SINGLE_INSTANCE 0x00000002
#define WNODE_FLAG_SINGLE_ITEM 0x00000004
#define WNODE_FLAG_EVENT_ITEM 0x00000008
#define WNODE_FLAG_FIXED_INSTANCE_SIZE 0x00000010
#define WNODE_FLAG_TOO_SMALL 0x00000020
#define WNODE_FLAG_INSTANCES_SAME 0x00000040
#define WNODE_FLAG_STATIC_INSTANCE_NAMES 0x00000080
#define WNODE_FLAG_INTERNAL 0x00000100
#define WNODE_FLAG_USE_TIMESTAMP 0x00000200
#define WNODE_FLAG_PDO_INSTANCE_NAMES 0x00004000
#define WNODE_FLAG_METHOD_ITEM 0x00008000

typedef struct _WNODE_HEADER {
    ULONG BufferSize; /* the whole WNODE, this header included */
    ULONG ProviderId;
    union {
        ULONG64 HistoricalContext;
        struct {
            ULONG Version;
            ULONG Linkage;
        };
    };
    union {
        ULONG CountLost;
        HANDLE KernelHandle;
        LARGE_INTEGER TimeStamp;
    };
    GUID Guid;
    ULONG ClientContext;
    ULONG Flags;
} WNODE_HEADER, *PWNODE_HEADER;

typedef struct tagWNODE_SINGLE_INSTANCE {
    WNODE_HEADER WnodeHeader;
    ULONG OffsetInstanceName; /* dynamic names: counted string at this offset */
    ULONG InstanceIndex;      /* static names (WNODE_FLAG_STATIC_INSTANCE_NAMES) */
    ULONG DataBlockOffset;
    ULONG SizeDataBlock;
    UCHAR VariableData[1];
} WNODE_SINGLE_INSTANCE, *PWNODE_SINGLE_INSTANCE;

typedef struct tagWNODE_SINGLE_ITEM {
    WNODE_HEADER WnodeHeader;
    ULONG OffsetInstanceName;
    ULONG InstanceIndex;
    ULONG ItemId;
    ULONG DataBlockOffset;
    ULONG SizeDataItem;
    UCHAR VariableData[1];
} WNODE_SINGLE_ITEM, *PWNODE_SINGLE_ITEM;

typedef struct tagWNODE_METHOD_ITEM {
    WNODE_HEADER WnodeHeader;
    ULONG OffsetInstanceName;
    ULONG InstanceIndex;
    ULONG MethodId;
    ULONG DataBlockOffset;
    ULONG SizeDataBlock;
    UCHAR VariableData[1];
} WNODE_METHOD_ITEM, *PWNODE_METHOD_ITEM;

typedef struct tagWNODE_TOO_SMALL {
    WNODE_HEADER WnodeHeader;
    ULONG SizeNeeded;
} WNODE_TOO_SMALL, *PWNODE_TOO_SMALL;

typedef struct {
    ULONG OffsetInstanceData;
    ULONG LengthInstanceData;
} OFFSETINSTANCEDATAANDLENGTH, *POFFSETINSTANCEDATAANDLENGTH;

typedef struct tagWNODE_ALL_DATA {
    WNODE_HEADER WnodeHeader;
    ULONG DataBlockOffset;
    ULONG InstanceCount;
    ULONG OffsetInstanceNameOffsets;
    union {
        ULONG FixedInstanceSize;
        OFFSETINSTANCEDATAANDLENGTH OffsetInstanceDataAndLength[1];
    };
} WNODE_ALL_DATA, *PWNODE_ALL_DATA;

/* What a provider answers to IRP_MN_REGINFO(_EX): its GUIDs. */
typedef struct {
    GUID Guid;
    ULONG Flags;
    ULONG InstanceCount;
    union {
        ULONG InstanceNameList;
        ULONG BaseNameOffset;
        ULONG_PTR Pdo;
        ULONG_PTR InstanceInfo;
    };
} WMIREGGUIDW, *PWMIREGGUIDW;

typedef struct {
    ULONG BufferSize;
    ULONG NextWmiRegInfo;
    ULONG RegistryPath;    /* offset of a counted string */
    ULONG MofResourceName; /* offset of a counted string, or 0 */
    ULONG GuidCount;
    WMIREGGUIDW WmiRegGuid[1];
} WMIREGINFOW, *PWMIREGINFOW;
typedef WMIREGINFOW WMIREGINFO;
typedef PWMIREGINFOW PWMIREGINFO;

/* Registers (or deregisters...) DeviceObject as a WMI data provider. */
NTSTATUS IoWMIRegistrationControl(PDEVICE_OBJECT DeviceObject, ULONG Action);

/* ---- wmilib.h ------------------------------------------------------------------------------ */
typedef struct {
    LPCGUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} WMIGUIDREGINFO, *PWMIGUIDREGINFO;

typedef enum {
    WmiEventControl,
    WmiDataBlockControl
} WMIENABLEDISABLECONTROL,
    *PWMIENABLEDISABLECONTROL;

typedef NTSTATUS WMI_QUERY_REGINFO_CALLBACK(PDEVICE_OBJECT DeviceObject, PULONG RegFlags,
                                            PUNICODE_STRING InstanceName,
                                            PUNICODE_STRING* RegistryPath,
                                            PUNICODE_STRING MofResourceName, PDEVICE_OBJECT* Pdo);
typedef WMI_QUERY_REGINFO_CALLBACK* PWMI_QUERY_REGINFO;
typedef NTSTATUS WMI_QUERY_DATABLOCK_CALLBACK(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                                              ULONG GuidIndex, ULONG InstanceIndex,
                                              ULONG InstanceCount, PULONG InstanceLengthArray,
                                              ULONG BufferAvail, PUCHAR Buffer);
typedef WMI_QUERY_DATABLOCK_CALLBACK* PWMI_QUERY_DATABLOCK;
typedef NTSTATUS WMI_SET_DATABLOCK_CALLBACK(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex,
                                            ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer);
typedef WMI_SET_DATABLOCK_CALLBACK* PWMI_SET_DATABLOCK;
typedef NTSTATUS WMI_SET_DATAITEM_CALLBACK(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex,
                                           ULONG InstanceIndex, ULONG DataItemId, ULONG BufferSize,
                                           PUCHAR Buffer);
typedef WMI_SET_DATAITEM_CALLBACK* PWMI_SET_DATAITEM;
typedef NTSTATUS WMI_EXECUTE_METHOD_CALLBACK(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG GuidIndex,
                                             ULONG InstanceIndex, ULONG MethodId,
                                             ULONG InBufferSize, ULONG OutBufferSize,
                                             PUCHAR Buffer);
typedef WMI_EXECUTE_METHOD_CALLBACK* PWMI_EXECUTE_METHOD;
typedef NTSTATUS WMI_FUNCTION_CONTROL_CALLBACK(PDEVICE_OBJECT DeviceObject, PIRP Irp,
                                               ULONG GuidIndex, WMIENABLEDISABLECONTROL Function,
                                               BOOLEAN Enable);
typedef WMI_FUNCTION_CONTROL_CALLBACK* PWMI_FUNCTION_CONTROL;

typedef struct _WMILIB_CONTEXT {
    ULONG GuidCount;
    PWMIGUIDREGINFO GuidList;
    PWMI_QUERY_REGINFO QueryWmiRegInfo;
    PWMI_QUERY_DATABLOCK QueryWmiDataBlock;
    PWMI_SET_DATABLOCK SetWmiDataBlock;
    PWMI_SET_DATAITEM SetWmiDataItem;
    PWMI_EXECUTE_METHOD ExecuteWmiMethod;
    PWMI_FUNCTION_CONTROL WmiFunctionControl;
} WMILIB_CONTEXT, *PWMILIB_CONTEXT;

typedef enum {
    IrpProcessed,    /* handled: completed, or pending in a callback that completes it later */
    IrpNotCompleted, /* handled but not completed (IRP_MN_REGINFO): the driver completes it */
    IrpNotWmi,       /* not a WMI minor code: the driver forwards it */
    IrpForward       /* for another device object: the driver forwards it */
} SYSCTL_IRP_DISPOSITION,
    *PSYSCTL_IRP_DISPOSITION;

/* Dispatches an IRP_MJ_SYSTEM_CONTROL to the callbacks of WmiLibInfo. */
NTSTATUS WmiSystemControl(PWMILIB_CONTEXT WmiLibInfo, PDEVICE_OBJECT DeviceObject, PIRP Irp,
                          PSYSCTL_IRP_DISPOSITION IrpDisposition);
/* Completes a WMI IRP a callback handled: fills in the WNODE (or WNODE_TOO_SMALL when Status is
   STATUS_BUFFER_TOO_SMALL and BufferUsed the size needed) and calls IoCompleteRequest. */
NTSTATUS WmiCompleteRequest(PDEVICE_OBJECT DeviceObject, PIRP Irp, NTSTATUS Status,
                            ULONG BufferUsed, CCHAR PriorityBoost);

#ifdef __cplusplus
}
#endif

#endif /* WPPTRACE_KM_WMI_H */
