#!/bin/sh
# The Debian package as an office's IT team gets it: make it with cpack, unpack it into a
# temporary root with dpkg -x (no root rights needed), and build the demo with that binary.
# Usage: deb_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
version=$("$build/scrutiny" --version | sed 's/^scrutiny //')
deb="$work/out/scrutiny_${version}_$(dpkg --print-architecture).deb"
test -f "$deb" || { echo "no $deb"; ls "$work/out"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q libcmark-gfm || { echo "Depends lacks cmark-gfm"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q libtomlplusplus || { echo "Depends lacks toml++"; exit 1; }
dpkg -x "$deb" "$work/root"
for f in usr/bin/scrutiny usr/share/man/man1/scrutiny.1.gz usr/share/doc/scrutiny/README.md; do
  test -f "$work/root/$f" || { echo "package lacks $f"; exit 1; }
done
"$work/root/usr/bin/scrutiny" --version | grep -qx "scrutiny $version"
"$work/root/usr/bin/scrutiny" build --quiet --source "$source" --output "$work/public"
test -f "$work/public/index.html"
echo "ok: $(basename "$deb") installs and builds the demo"
