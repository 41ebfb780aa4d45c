#!/bin/sh
# Installs the Debian packages PokerFace needs when they are missing: with apt-get when root,
# otherwise prints the one sudo line to run. Extra package names may be given as arguments.
set -eu
pkgs="libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev libpq-dev $*"
missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing missing packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q $missing >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q $missing >/dev/null; }
else
  echo "PokerFace needs these Debian packages:$missing"
  echo "Run:  sudo apt-get install -y$missing"
  exit 1
fi
