#!/bin/sh
# `make install-check` (a step of `make test`): installs into a temporary prefix with the
# Makefile's own install target, runs the installed binary from another folder with a temporary
# HOME, and checks that `make uninstall` leaves the prefix empty. Installs the build named by
# INSTALL_CONFIG (make test passes debug: the build its suite has just run, so nothing is
# compiled again; `make install` itself installs release).
set -eu
cd "$(dirname "$0")/.."
make=${MAKE:-make}
prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT
fail() { echo "install-check: FAILED: $*" >&2; exit 1; }

$make --no-print-directory install PREFIX="$prefix" INSTALL_CONFIG="${INSTALL_CONFIG:-release}" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "make install"; }
bin=$prefix/bin/pokerface
for file in share/bash-completion/completions/pokerface share/zsh/site-functions/_pokerface \
            share/fish/vendor_completions.d/pokerface.fish share/man/man1/pokerface.1 \
            share/pokerface/suites/starter.json share/pokerface/experiments/sample.toml; do
  [ -s "$prefix/$file" ] || fail "$file was not installed"
done
grep -q pokerface "$prefix/share/bash-completion/completions/pokerface" || fail "the bash completion does not name pokerface"

# From another folder, as a user with nothing set up: the installed data is found beside the binary.
mkdir -p "$work/home" "$work/elsewhere"
cd "$work/elsewhere"
run() { env -u POKERFACE_PERSONALITIES_DIR -u POKERFACE_SUITES_DIR -u POKERFACE_DATA_DIR -u XDG_CONFIG_HOME -u XDG_DATA_HOME \
            HOME="$work/home" "$bin" "$@"; }
run --version | grep -q '^pokerface [0-9]' || fail "--version"
run personalities list >"$work/list.txt" 2>&1 || { cat "$work/list.txt"; fail "personalities list"; }
grep -q '^27 characters (27 bundled, 0 yours)' "$work/list.txt" || { cat "$work/list.txt"; fail "27 bundled characters expected"; }
run play --headless --hands 5 --seed 11 >"$work/play.txt" 2>&1 || { cat "$work/play.txt"; fail "play --headless --hands 5"; }
[ "$(grep -c '^Hand [0-9]' "$work/play.txt")" = 5 ] || { cat "$work/play.txt"; fail "five hands expected"; }
run doctor --json >"$work/doctor.json" 2>&1 || true
grep -q "\"dataDirectory\" *: *\"$prefix/share/pokerface\"" "$work/doctor.json" \
  || { cat "$work/doctor.json"; fail "doctor does not report the installed data folder"; }
cd - >/dev/null

$make --no-print-directory uninstall PREFIX="$prefix" >"$work/uninstall.log" 2>&1 || { cat "$work/uninstall.log"; fail "make uninstall"; }
left=$(find "$prefix" -mindepth 1 | head -5)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "install-check: install, 27 characters, 5 headless hands, completions, man page, uninstall: ok"
