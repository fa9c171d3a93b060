#!/bin/sh
# Checks for the Debian packages brief builds and tests with; installs the
# missing ones when run as root (or with sudo available without a
# password), and otherwise names them and the command that installs them.
# pkgconf gives the Makefile its dependencies' flags (it falls back to plain
# -l flags without it) and lets tests/install.sh build against an install.
PKGS="libutf8proc-dev libstemmer-dev libjansson-dev libexpat1-dev libgumbo-dev libcmocka-dev parallel pkgconf python3"

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "brief: missing build dependencies:$missing" >&2
    echo "brief: install utf8proc, libstemmer (Snowball), jansson, expat, gumbo and cmocka development files" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "brief: missing Debian packages:$missing" >&2
    echo "brief: install them with:  sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "brief: installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
if ! $SUDO apt-get install -y -qq $missing >/dev/null; then
    echo "brief: could not install:$missing" >&2
    echo "brief: install them with:  sudo apt-get install -y$missing" >&2
    exit 1
fi
