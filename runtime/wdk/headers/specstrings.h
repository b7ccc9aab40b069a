/* specstrings.h - the SAL 1 names (__in, __out_bcount(n)): part of our sal.h (C only). */
#ifndef WPPTRACE_SPECSTRINGS_H
#define WPPTRACE_SPECSTRINGS_H
#include "sal.h"
#endif
