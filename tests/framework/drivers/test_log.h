/* test_log.h - how the test drivers tell the tests what happened to them: one line per event,
 * appended to the file named by WPPTRACE_TEST_LOG (tests run without an LTTng session). */
#ifndef WPPTRACE_TEST_LOG_H
#define WPPTRACE_TEST_LOG_H

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static inline void TestLog(const char* format, ...) __attribute__((format(printf, 1, 2)));
static inline void TestLog(const char* format, ...) {
    const char* path = getenv("WPPTRACE_TEST_LOG");
    char line[256];
    va_list args;
    int n;
    if (!path) return;
    va_start(args, format);
    n = vsnprintf(line, sizeof line - 1, format, args);
    va_end(args);
    if (n < 0) return;
    if (n > (int)sizeof line - 2) n = (int)sizeof line - 2;
    line[n++] = '\n';
    {
        /* One write per line with O_APPEND: lines from several threads never interleave. */
        int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
        if (fd < 0) return;
        if (write(fd, line, (size_t)n) < 0) { /* nothing to do */
        }
        close(fd);
    }
}

#endif
