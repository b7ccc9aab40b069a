/* strict_headers.c - every header under wpptrace's own -Wall -Wextra -Werror, in C: the header
 * set itself is warning-clean (drivers, built without -Werror, may not be). */
#include "all_headers.h"

int wdkh_strict_c(void) {
    return (int)sizeof(SERIAL_BAUD_RATE) + (int)SDDL_DEVOBJ_SYS_ALL_ADM_ALL.Length;
}
