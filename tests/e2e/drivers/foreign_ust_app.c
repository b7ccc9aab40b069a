/*
 * foreign_ust_app.c - an LTTng-UST application with no wpp events: it registers with the
 * session daemon and sleeps for the seconds its argument says. tests/e2e/live_test starts it
 * before a live recording: babeltrace2 2.0.4's live reader crashes on a per-UID live session
 * that such an application registered with first (guide pitfall 13), unless the session tracks
 * only the recorded command's process, as `wpptrace record --live` does.
 */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char** argv) {
    sleep(argc > 1 ? (unsigned)atoi(argv[1]) : 10);
    return 0;
}
