#!/bin/bash
# stable_ids.sh CC WPPTRACE SOURCE_ROOT: message ids survive rebuilds of unchanged code (another
# optimization level, another checkout location) and change when a message changes.
set -euo pipefail
cc=$1 wpptrace=$2 root=$3
work=$(mktemp -d /tmp/wppids.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Builds samples/serial/driver.c from the tree at $1 into $2 with extra flags; prints its ids.
ids() {
    local tree=$1 out=$2
    shift 2
    "$cc" -std=gnu11 -shared -fPIC "$@" -fmacro-prefix-map="$tree/=" -DWPP_MODULE_NAME='"Serial"' \
        -I"$tree/macros/include" -I"$tree/runtime/wdk/headers" \
        -o "$out" "$tree/samples/serial/driver.c"
    "$wpptrace" catalog --export "$out.json" "$out" >/dev/null
    grep -o '"id": *"0x[0-9a-f]*"' "$out.json" | sort
}

mkdir -p "$work/checkout/samples/serial" "$work/checkout/macros" "$work/checkout/runtime/wdk"
cp -r "$root/macros/include" "$work/checkout/macros/"
cp -r "$root/runtime/wdk/headers" "$work/checkout/runtime/wdk/"
cp "$root/samples/serial/"*.c "$root/samples/serial/"*.h "$work/checkout/samples/serial/"

a=$(ids "$root" "$work/a.so" -O2)
b=$(ids "$root" "$work/b.so" -O0 -g)
c=$(ids "$work/checkout" "$work/c.so" -O2)
[ -n "$a" ] || { echo "no ids found"; exit 1; }
[ "$a" = "$b" ] || { echo "ids differ between -O2 and -O0 builds"; diff <(echo "$a") <(echo "$b"); exit 1; }
[ "$a" = "$c" ] || { echo "ids differ between checkouts"; diff <(echo "$a") <(echo "$c"); exit 1; }

# One changed message: exactly one id changes.
sed -i 's/Default %wZ = %lu%s/Default %wZ is %lu%s/' "$work/checkout/samples/serial/driver.c"
d=$(ids "$work/checkout" "$work/d.so" -O2)
changed=$(comm -3 <(echo "$a") <(echo "$d") | wc -l)
[ "$changed" = 2 ] || { echo "expected one id to change, got $changed lines of difference"; exit 1; }
echo "ids stable: $(echo "$a" | wc -l) messages; one edited message changed one id"
