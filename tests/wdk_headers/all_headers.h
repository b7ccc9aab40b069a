/* all_headers.h - every WDK header name wpptrace provides, in the order drivers include them. */
/* clang-format off */
#include <ntddk.h>
#include <wdm.h>
#include <ntifs.h>
#include <wdf.h>
#include <initguid.h>
#include <guiddef.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <intsafe.h>
#include <wdmsec.h>
#include <wdmguid.h>
#include <wmilib.h>
#include <wmistr.h>
#include <wmidata.h>
#include <dontuse.h>
#include <evntrace.h>
#include <in6addr.h>
#include <inaddr.h>
#include <ws2def.h>
#include <ws2ipdef.h>
#include <ip2string.h>
#include <devioctl.h>
#include <ntddser.h>
#include <devpkey.h>
#include <devpropdef.h>
#include <driverspecs.h>
#include <sal.h>
#include <specstrings.h>
#include <ndis.h>
#include <ifdef.h>
#include <wpprecorder.h>
#include <fwpsk.h>
#include <fwpmk.h>
/* clang-format on */
