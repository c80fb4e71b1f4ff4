#!/usr/bin/env bash
# The Debian package as an office IT admin gets it (issue 12), checked end to end on this machine:
#   1. cpack builds postcounter_<version>_<arch>.deb from an existing build directory (default: build);
#   2. its control data (computed Depends, conffile, maintainer scripts) and files are as documented,
#      and the shipped scale/scanner udev rules match `postcounter-cli devices udev-rules`;
#   3. lintian reports no error;
#   4. dpkg -i; `postcounter-cli --version` and `postcounter-cli demo` as an ordinary user in the
#      postcounter group; `setup` as root writes /etc/postcounter/postcounter.conf, readable by the group;
#      the user's first command creates the office database in ~/.local/share/postcounter/;
#   5. dpkg --purge removes the program, its configuration and the group, and keeps that database
#      (docs/admin-guide.md, "Where the data lives").
# Needs root (dpkg, useradd). Installs into /usr and removes it again.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
[ "$(id -u)" -eq 0 ] || { echo "check-package: run as root (dpkg -i, useradd)" >&2; exit 1; }
[ -f "$build/CMakeCache.txt" ] || { echo "check-package: no build directory $build" >&2; exit 1; }

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }

user=pccheck$$
cleanup() {
  if dpkg-query -W -f='${Status}' postcounter 2>/dev/null | grep -q 'ok installed\|config-files'; then
    dpkg --purge postcounter >/dev/null 2>&1 || true
  fi
  if id "$user" >/dev/null 2>&1; then userdel -r "$user" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

step "build and package ($build)"
cmake --build "$build" --target postcounter postcounter-cli postcounter-sim-terminal pc_package_files >/dev/null
rm -f "$build"/postcounter_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/postcounter_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "expected $deb; cpack made: $(ls "$build"/*.deb 2>/dev/null)"
echo "   $deb ($(du -k "$deb" | cut -f1) KiB)"

step "control data and contents"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libusb-1.0-0 libcups2 libc6 libqt6sql6-sqlite fonts-dejavu-core adduser; do
  grep -q "\b$d\b" <<<"$depends" || fail "Depends lacks $d: $depends"
done
grep -q '(>= ' <<<"$depends" || fail "Depends has no versions (not computed by dpkg-shlibdeps): $depends"
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -q '^\./conffiles$' || fail "no conffiles"
dpkg-deb -I "$deb" conffiles | grep -qx '/etc/postcounter/postcounter.conf' || fail "config is not a conffile"
for s in postinst postrm; do dpkg-deb -I "$deb" "$s" >/dev/null || fail "no $s"; done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/postcounter ./usr/bin/postcounter-cli ./usr/bin/postcounter-sim-terminal \
         ./usr/share/man/man1/postcounter.1.gz ./usr/share/man/man1/postcounter-cli.1.gz \
         ./usr/share/man/man1/postcounter-sim-terminal.1.gz ./usr/share/applications/postcounter.desktop \
         ./usr/share/icons/hicolor/scalable/apps/postcounter.svg ./usr/share/postcounter/tariffs/sample.json \
         ./etc/postcounter/postcounter.conf ./lib/udev/rules.d/70-postcounter-devices.rules \
         ./lib/udev/rules.d/71-postcounter-printers.rules ./usr/share/doc/postcounter/copyright \
         ./usr/share/doc/postcounter/changelog.gz ./usr/share/doc/postcounter/admin-guide.md.gz; do
  grep -qx "$f" <<<"$contents" || fail "package lacks $f"
done
diff -u installer/udev/70-postcounter-devices.rules <("$build/bin/postcounter-cli" devices udev-rules) \
  || fail "installer/udev/70-postcounter-devices.rules is stale: regenerate it with postcounter-cli devices udev-rules"

step "lintian"
lintian --fail-on error --no-tag-display-limit "$deb" || fail "lintian reports errors"

step "install"
cleanup
dpkg -i "$deb" >/dev/null || fail "dpkg -i"
getent group postcounter >/dev/null || fail "postinst did not create the postcounter group"
[ "$(stat -c '%U:%G %a' /etc/postcounter/postcounter.conf)" = "root:postcounter 640" ] \
  || fail "/etc/postcounter/postcounter.conf is $(stat -c '%U:%G %a' /etc/postcounter/postcounter.conf)"

step "as an ordinary user in the postcounter group"
useradd --create-home --shell /bin/sh --groups postcounter "$user"
home=$(getent passwd "$user" | cut -d: -f6)
as_user() { runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
[ "$(as_user postcounter-cli --version)" = "postcounter-cli $version" ] || fail "postcounter-cli --version"
as_user postcounter-cli demo --out "$home/demo" >/dev/null || fail "postcounter-cli demo as $user"
[ -s "$home/demo/manifest.json" ] || fail "the demo wrote no manifest"
# Scripted deployment as root, then the clerk's first command creates the office database.
postcounter-cli setup --office 101000 --office-name "Москва 101000" --counter 1 \
  --range s10:RA:10000000-19999999 >/dev/null || fail "postcounter-cli setup as root"
[ "$(stat -c '%G %a' /etc/postcounter/postcounter.conf)" = "postcounter 640" ] || fail "setup lost the group"
[ "$(as_user postcounter-cli id next --kind s10 --service RA)" = "RA100000003RU" ] \
  || fail "the user's first identifier from the configured range"
db="$home/.local/share/postcounter/postcounter.db"
[ -s "$db" ] || fail "no office database at $db"

step "purge"
dpkg --purge postcounter >/dev/null || fail "dpkg --purge"
[ ! -e /usr/bin/postcounter-cli ] || fail "the program is still installed"
[ ! -e /etc/postcounter ] || fail "/etc/postcounter was not removed on purge"
! getent group postcounter >/dev/null || fail "the postcounter group was not removed on purge"
[ -s "$db" ] || fail "purge removed the office database $db"
echo "check-package: OK ($deb; the database $db was kept)"
