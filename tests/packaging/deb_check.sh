#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it. `build` makes it with cpack (a CTest fixture); every other check
# unpacks it with dpkg-deb -x into a temporary root (nothing is installed into /usr) and looks at
# it, or runs its binaries, which are plain /usr/bin programs linked against the system's Qt.
#   deb_check.sh build BUILD_DIR DEB_DIR     cpack -G DEB from BUILD_DIR's tree, into DEB_DIR
#   deb_check.sh depends DEB_DIR FILE...     Depends names the package of every library the
#                                            binaries link and of each FILE (what Qt dlopen()s or reads)
#   deb_check.sh metadata DEB_DIR            real metadata: no *.invalid, no invented homepage
#   deb_check.sh cli DEB_DIR                 the unpacked littoral-cli imports and exports the samples
#   deb_check.sh screenshot DEB_DIR          the unpacked littoral renders a PNG under xvfb-run (xcb)
#   deb_check.sh lintian DEB_DIR             lintian reports no error but the contact-address ones
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 not found: install the Debian package '$2' (./dev deps)"; }

cmd=$1
deb_dir=$2
shift 2

if [[ $cmd == build ]]; then
    build_dir=$deb_dir
    deb_dir=$1
    need cpack cmake
    need dpkg-shlibdeps dpkg-dev
    rm -rf "$deb_dir"
    mkdir -p "$deb_dir"
    # Its own output folder, so the .deb of ./dev package in build/ is left alone.
    cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$deb_dir"
    ls "$deb_dir"/littoral_*.deb
    exit 0
fi

debs=("$deb_dir"/littoral_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one littoral_*.deb in $deb_dir (the packaging_deb_build fixture makes it)"
deb=${debs[0]}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
dpkg-deb -x "$deb" "$root"

# A private home, so neither the app nor the CLI reads or writes the user's settings and corpora.
private_home() {
    export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
    export XDG_CACHE_HOME=$tmp/home/.cache XDG_RUNTIME_DIR=$tmp/runtime
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
}

case $cmd in
depends)
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    # Package names only: "a (>= 1), b | c" -> a b c
    names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/([^)]*)//; s/:any//' | awk 'NF {print $1}' | sort -u)
    declare -A why=()   # file needed -> what needs it
    mapfile -t elves < <(find "$root" -type f -exec sh -c 'file -b "$1" | grep -q "^ELF"' sh {} \; -print)
    [[ ${#elves[@]} -ge 2 ]] || fail "fewer than two ELF files in $deb (littoral and littoral-cli)"
    for elf in "${elves[@]}"; do
        resolved=$(ldd "$elf")
        # DT_NEEDED (what the binary links itself), resolved to a path by the dynamic loader.
        while read -r soname; do
            # "libfoo.so.1 => /path (addr)", or "/lib64/ld-linux-x86-64.so.2 (addr)" for the loader.
            path=$(awk -v so="$soname" '
                $1 == so && $3 ~ /^\// && !found++ {print $3}
                $1 ~ /^\// && substr($1, length($1) - length(so)) == "/" so && !found++ {print $1}' <<<"$resolved")
            [[ -n $path ]] || fail "${elf#"$root"} needs $soname, which the loader does not find"
            [[ -n ${why[$path]:-} ]] || why[$path]="${elf#"$root"} links $soname"
        done < <(objdump -p "$elf" | awk '$1 == "NEEDED" {print $2}')
    done
    for file in "$@"; do
        [[ -e $file ]] || fail "$file not found on this machine (is its package installed?)"
        why[$file]="loaded at run time"
    done
    # Which package ships each file: one dpkg -S for all (it reads its whole database each time).
    # The loader reports /lib/...; dpkg knows some libraries only under /usr/lib/... (merged /usr),
    # so the resolved path is asked too.
    files=("${!why[@]}")
    mapfile -t real < <(readlink -f "${files[@]}")
    owners=$(dpkg -S "${files[@]}" "${real[@]}" 2>/dev/null || true)
    declare -A expected=()   # package -> why
    for i in "${!files[@]}"; do
        # "pkg:arch: /path" or "pkg1, pkg2: /path"; the first package is enough.
        pkg=$(awk -F': ' -v a="${files[$i]}" -v b="${real[$i]}" '($2 == a || $2 == b) && !found++ {print $1}' <<<"$owners" \
              | sed 's/,.*//; s/:.*//')
        [[ -n $pkg ]] || fail "no Debian package ships ${files[$i]} (${why[${files[$i]}]})"
        [[ -n ${expected[$pkg]:-} ]] || expected[$pkg]="${why[${files[$i]}]}: ${files[$i]}"
    done
    missing=0
    for pkg in $(printf '%s\n' "${!expected[@]}" | sort); do
        if grep -qxF "$pkg" <<<"$names"; then
            echo "ok: $pkg  (${expected[$pkg]})"
        else
            echo "MISSING from Depends: $pkg  (${expected[$pkg]})" >&2
            missing=1
        fi
    done
    [[ $missing -eq 0 ]] || fail "Depends lacks packages the installed app needs"
    ;;
metadata)
    maintainer=$(dpkg-deb -f "$deb" Maintainer)
    [[ $maintainer == "Littoral contributors"* ]] || fail "Maintainer is '$maintainer', expected the project's own name"
    # No homepage exists yet: the field is optional, an invented one sends people nowhere.
    homepage=$(dpkg-deb -f "$deb" Homepage)
    [[ -z $homepage ]] || fail "Homepage is '$homepage': the project has none yet, leave it out"
    mkdir -p "$tmp/control"
    dpkg-deb -e "$deb" "$tmp/control"
    if grep -rIn '\.invalid\b' "$tmp/control" "$root/usr/share"; then
        fail "placeholder .invalid addresses in the package (above)"
    fi
    if grep -rIn 'github\.com/littoral' "$tmp/control" "$root/usr/share"; then
        fail "an invented github.com/littoral address in the package (above)"
    fi
    echo "Maintainer: $maintainer; no Homepage; no placeholder address in control or /usr/share"
    ;;
cli)
    private_home
    cli=$root/usr/bin/littoral-cli
    samples=$root/usr/share/littoral/corpus
    [[ -x $cli ]] || fail "no usr/bin/littoral-cli in $deb"
    [[ -d $samples ]] || fail "no usr/share/littoral/corpus in $deb"
    "$cli" --version
    "$cli" import "$samples" --db "$tmp/samples.db" --json
    "$cli" export --db "$tmp/samples.db" --format json -o "$tmp/export.json"
    python3 - "$tmp/export.json" "$samples" <<'PY'
import json, os, sys
export = json.load(open(sys.argv[1], encoding="utf-8"))
installed = sorted(f for f in os.listdir(sys.argv[2]) if f.endswith(".txt"))
exported = sorted(d["source"] for d in export["documents"])
print(f"{len(exported)} documents exported, {len(export['rejected'])} rejected; installed samples: {installed}")
assert export["schema"] == "littoral-export/1", export["schema"]
assert len(exported) == 5, f"expected the 5 samples, got {exported}"
assert exported == installed, f"exported {exported}, installed {installed}"
assert export["rejected"] == [], export["rejected"]
undated = [d["source"] for d in export["documents"] if d["date"] is None]
assert not undated, f"no date extracted for {undated}"
PY
    ;;
screenshot)
    need xvfb-run xvfb
    need xauth xauth
    private_home
    app=$root/usr/bin/littoral
    [[ -x $app ]] || fail "no usr/bin/littoral in $deb"
    # The real xcb platform plugin, from libqt6gui6, under a virtual X server; the bundled samples,
    # as a first start (empty home) opens them.
    timeout 120 xvfb-run -a -s "-screen 0 1920x1080x24" \
        env QT_QPA_PLATFORM=xcb "$app" --screenshot "$tmp/shot.png" || fail "littoral --screenshot exited $?"
    python3 - "$tmp/shot.png" <<'PY'
import os, struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
# Decompress the image data: a blank or one-colour window is a few distinct bytes, a real one is not.
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(idat)
distinct = len(set(raw))
print(f"screenshot {width}x{height}, {len(data)} bytes, {distinct} distinct byte values")
assert 800 <= width <= 4000 and 500 <= height <= 3000, f"implausible size {width}x{height}"
assert len(data) > 20000, f"only {len(data)} bytes: an empty window?"
assert distinct > 64, f"only {distinct} distinct byte values: an empty window?"
PY
    # Kept for a look: build/tests/packaging/deb/unpacked-littoral.png
    cp "$tmp/shot.png" "$deb_dir/unpacked-littoral.png"
    ;;
lintian)
    need lintian lintian
    # Errors that only a real maintainer contact address makes go away; the project has none yet
    # (packaging/CMakeLists.txt, LITTORAL_MAINTAINER). Every other error fails the test.
    allowed_errors=(
        malformed-contact                   # Maintainer: "Littoral contributors", no <email>
        bogus-mail-host-in-debian-changelog # the changelog's trailer: "Littoral contributors <>"
    )
    out=$(lintian --fail-on none --tag-display-limit 0 "$deb" 2>&1) || fail "lintian did not run: $out"
    echo "$out"
    bad=0
    while read -r tag; do
        [[ -z $tag ]] && continue
        if printf '%s\n' "${allowed_errors[@]}" | grep -qxF "$tag"; then
            echo "allowed (needs a contact address): $tag"
        else
            echo "ERROR not allowed: $tag" >&2
            bad=1
        fi
    done < <(sed -n 's/^E: [^:]*: \([^ ]*\).*/\1/p' <<<"$out" | sort -u)
    [[ $bad -eq 0 ]] || fail "lintian reports errors (above)"
    ;;
*)
    fail "unknown check '$cmd'"
    ;;
esac
