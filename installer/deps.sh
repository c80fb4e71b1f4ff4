#!/usr/bin/env bash
# The one place that lists the Debian 12 packages PostCounter needs to build, test and run its demo.
# Idempotent: when every package is already installed it does nothing (no apt-get update either).
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format clang libclang-rt-14-dev
  # Qt 6
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-serialport-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev libvulkan-dev libxkbcommon-dev
  # hardware, barcodes, printing, storage, crypto
  libusb-1.0-0-dev libzxing-dev libcups2-dev cups cups-bsd cups-filters
  libsqlite3-dev sqlite3 postgresql libsodium-dev
  # the Debian package: dpkg-shlibdeps computes Depends, lintian checks the .deb
  dpkg-dev lintian
  # tests and benchmarks
  umockdev libumockdev-dev libglib2.0-dev xvfb xauth poppler-utils libbenchmark-dev zint
  # fonts with Cyrillic glyphs (the offscreen GUI and the PDF renderer embed them)
  fonts-dejavu-core fonts-liberation2
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "deps.sh: missing packages: ${missing[*]}" >&2
  echo "deps.sh: run as root (or: sudo $0) to install them" >&2
  exit 1
fi

echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
