// strict_headers.cpp - every header under wpptrace's own warnings, in C++.
#include "all_headers.h"

int wdkh_strict_cpp() {
    const GUID zero{};
    return static_cast<int>(sizeof(SERIAL_BAUD_RATE)) + (IsEqualGUID(zero, zero) ? 1 : 0);
}
