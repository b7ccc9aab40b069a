/* casemixed.h - included as "CaseMixed.H" by all_headers.c: found as on Windows. */
#define CASE_MIXED_HEADER_FOUND 1
