#!/bin/bash
# babeltrace_plugin_live.sh OUT_DIR PLUGIN_DIR HOST DRIVER...: under a private lttng-sessiond
# (the test runs under scripts/with-private-lttng), starts a private lttng-relayd on free ports
# (its trace in OUT_DIR/relayd), records the host running DRIVERs in a live session, and reads
# it meanwhile with `babeltrace2 ... -c src.ctf.lttng-live ... -c filter.wpp.decode` into
# OUT_DIR/live.txt (its stderr in OUT_DIR/live.err). With LIVE_EVENTS=N the session lasts until
# the reader printed N wpp events (60 s at most). Exit 0 when babeltrace2 ended by itself with
# status 0; the relayd is stopped on every path.
set -u
out=$1 plugin_dir=$2 host=$3
shift 3
lttng="lttng --no-sessiond"
relayd=
reader=
cleanup() {
    [ -n "$reader" ] && kill "$reader" 2>/dev/null
    [ -n "$relayd" ] && kill "$relayd" 2>/dev/null && wait "$relayd" 2>/dev/null
}
trap cleanup EXIT

# Three consecutive ports no one listens on (the relayd would fail to bind: then try again).
for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    lttng-relayd -C tcp://127.0.0.1:$port -D tcp://127.0.0.1:$((port + 1)) \
        -L tcp://127.0.0.1:$((port + 2)) -o "$out/relayd" >"$out/relayd.log" 2>&1 &
    relayd=$!
    for _ in $(seq 40); do  # listening on the live port: started
        ss -ltn "sport = :$((port + 2))" | grep -q LISTEN && break
        kill -0 "$relayd" 2>/dev/null || break
        sleep 0.05
    done
    ss -ltn "sport = :$((port + 2))" | grep -q LISTEN && break
    kill "$relayd" 2>/dev/null
    wait "$relayd" 2>/dev/null
    relayd=
done
[ -n "$relayd" ] || { echo "lttng-relayd did not start:" >&2; cat "$out/relayd.log" >&2; exit 2; }

$lttng create live --live=100000 --set-url=net://127.0.0.1:$port:$((port + 1)) >/dev/null || exit 2
$lttng enable-event -u -s live 'wpp:*' >/dev/null || exit 2
$lttng enable-event -u -s live 'wpp_catalog:*' >/dev/null || exit 2
$lttng add-context -u -s live -t vpid -t vtid -t procname >/dev/null || exit 2
$lttng start live >/dev/null || exit 2
# In a sanitizer build the plugin needs the ASan runtime preloaded into babeltrace2
# (BABELTRACE_PRELOAD, set by the test as for its other babeltrace2 runs). BABELTRACE_VALGRIND=1
# runs babeltrace2 under valgrind instead (OUT_DIR/valgrind.log; exit 99 on a memory error).
babeltrace=(babeltrace2)
[ -n "${BABELTRACE_PRELOAD:-}" ] && babeltrace=(env "LD_PRELOAD=$BABELTRACE_PRELOAD" \
    "ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0" babeltrace2)
[ "${BABELTRACE_VALGRIND:-0}" = 1 ] && babeltrace=(valgrind --error-exitcode=99 \
    --log-file="$out/valgrind.log" babeltrace2)
# Line by line into live.txt, so that LIVE_EVENTS below sees what was printed (stdbuf appends its
# library to LD_PRELOAD: the ASan runtime stays first).
babeltrace=(stdbuf -oL "${babeltrace[@]}")
"${babeltrace[@]}" --plugin-path="$plugin_dir" -c src.ctf.lttng-live \
    -p "inputs=[\"net://127.0.0.1:$((port + 2))/host/$(hostname)/live\"]" \
    -p 'session-not-found-action="end"' -c filter.wpp.decode >"$out/live.txt" 2>"$out/live.err" &
reader=$!
# The reader attaches while the session runs (a live read, not a read of the end): the relayd
# counts it among the session's clients (30 s at most: valgrind starts slowly).
attached=
for _ in $(seq 600); do
    kill -0 "$reader" 2>/dev/null || break
    babeltrace2 query src.ctf.lttng-live sessions -p "url=\"net://127.0.0.1:$((port + 2))\"" \
        2>/dev/null | grep -q 'client-count: [1-9]' && { attached=1; break; }
    sleep 0.05
done
[ -n "$attached" ] || { echo "babeltrace2 did not attach to the live session" >&2; exit 2; }
"$host" "$@" >/dev/null || exit 2
# lttng-relayd 2.13 answers a viewer that asks for new streams after the session closed with a
# hang-up, without the streams it never sent (make_viewer_streams counts only streams still
# receiving data): a slow reader (valgrind on a busy machine) then ends with nothing. So the
# session stays until the reader printed what the host traced.
if [ -n "${LIVE_EVENTS:-}" ]; then
    for _ in $(seq 1200); do
        [ "$(grep -c ' wpp:' "$out/live.txt")" -ge "$LIVE_EVENTS" ] && break
        kill -0 "$reader" 2>/dev/null || break
        sleep 0.05
    done
fi
$lttng destroy live >/dev/null || exit 2
for _ in $(seq 600); do kill -0 "$reader" 2>/dev/null || break; sleep 0.05; done
if kill -0 "$reader" 2>/dev/null; then
    echo "babeltrace2 did not end 30 s after the session was destroyed" >&2
    exit 2
fi
wait "$reader"
status=$?
reader=
exit $status
