/* dontuse.h - in the WDK, marks unbounded C string functions (strcpy, sprintf, ...) deprecated so
 * that drivers use ntstrsafe.h. gcc has no per-function deprecation that keeps glibc's own
 * headers quiet, so here it only documents that intent. */
#ifndef WPPTRACE_DONTUSE_H
#define WPPTRACE_DONTUSE_H
#endif
