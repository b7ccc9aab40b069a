/*
 * guiddef.h - GUIDs: the GUID type (wpp/win_types.h), its pointer and reference names,
 * comparison, and DEFINE_GUID.
 *
 * DEFINE_GUID(name, ...) declares `extern const GUID name`; where INITGUID is defined (initguid.h
 * included first, as in one file of a driver) it also defines its storage, as a selectany (weak)
 * object, so that a second file that also does so does not break the link. As in the WDK the
 * DEFINE_GUID part is outside the include guard: including initguid.h later switches it on.
 */
#ifndef WPPTRACE_GUIDDEF_H
#define WPPTRACE_GUIDDEF_H

#include <string.h>
#include <wpp/win_types.h>

typedef GUID* LPGUID;
typedef const GUID* LPCGUID;
typedef GUID IID, CLSID, FMTID;
typedef IID* LPIID;
typedef CLSID* LPCLSID;
typedef FMTID* LPFMTID;
#ifdef __cplusplus
typedef const GUID& REFGUID;
typedef const IID& REFIID;
typedef const CLSID& REFCLSID;
typedef const FMTID& REFFMTID;
inline int InlineIsEqualGUID(REFGUID a, REFGUID b) {
    return memcmp(&a, &b, sizeof(GUID)) == 0;
}
inline int IsEqualGUID(REFGUID a, REFGUID b) {
    return InlineIsEqualGUID(a, b);
}
inline bool operator==(REFGUID a, REFGUID b) {
    return IsEqualGUID(a, b) != 0;
}
inline bool operator!=(REFGUID a, REFGUID b) {
    return !(a == b);
}
#else
typedef const GUID* REFGUID;
typedef const IID* REFIID;
typedef const CLSID* REFCLSID;
typedef const FMTID* REFFMTID;
/* C passes GUIDs by address: IsEqualGUID(&a, &b). */
#define InlineIsEqualGUID(a, b) (memcmp((a), (b), sizeof(GUID)) == 0)
#define IsEqualGUID(a, b) InlineIsEqualGUID(a, b)
#endif
#define IsEqualIID(a, b) IsEqualGUID(a, b)
#define IsEqualCLSID(a, b) IsEqualGUID(a, b)
#define IsEqualFMTID(a, b) IsEqualGUID(a, b)

/* A declaration's linkage words, and a definition's (C++: extern "C" so the name is the C one). */
#ifdef __cplusplus
#define WPPTRACE_GUID_EXTERN extern "C"
#define WPPTRACE_GUID_DEFINE extern "C"
#else
#define WPPTRACE_GUID_EXTERN extern
#define WPPTRACE_GUID_DEFINE
#endif

#endif /* WPPTRACE_GUIDDEF_H */

#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    WPPTRACE_GUID_DEFINE const GUID __attribute__((weak))            \
    name = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    WPPTRACE_GUID_EXTERN const GUID name
#endif
#ifndef DEFINE_OLEGUID
#define DEFINE_OLEGUID(name, l, w1, w2) DEFINE_GUID(name, l, w1, w2, 0xC0, 0, 0, 0, 0, 0, 0, 0x46)
#endif
