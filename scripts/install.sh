#!/bin/sh
# Installs or uninstalls PokerFace under a prefix (what `make install` / `make uninstall` run).
#
#   scripts/install.sh install PREFIX BINARY [MANPAGE]
#   scripts/install.sh uninstall PREFIX
#
# install copies:
#   PREFIX/bin/pokerface
#   PREFIX/share/pokerface/{personalities,suites,experiments}/   (the data; the binary finds it as <bin>/../share/pokerface)
#   PREFIX/share/bash-completion/completions/pokerface
#   PREFIX/share/zsh/site-functions/_pokerface
#   PREFIX/share/fish/vendor_completions.d/pokerface.fish
#   PREFIX/share/man/man1/pokerface.1                             (when MANPAGE is given)
# and lists every file it wrote, and every directory it had to create, in
# PREFIX/share/pokerface/install-manifest. uninstall removes exactly those files, then those
# directories when they are empty, deepest first, then the manifest.
set -eu

die() { echo "install.sh: $*" >&2; exit 1; }
[ $# -ge 2 ] || die "usage: install.sh install PREFIX BINARY [MANPAGE] | uninstall PREFIX"
action=$1
prefix=${2%/}
[ -n "$prefix" ] || die "PREFIX is empty"
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
root=$(cd "$(dirname "$0")/.." && pwd)
manifest=$prefix/share/pokerface/install-manifest

# mkdir -p that remembers which directories it created (for uninstall).
made_dirs=""
make_dir() {
  if [ ! -d "$1" ]; then
    make_dir "$(dirname "$1")"
    mkdir "$1"
    made_dirs="$made_dirs
$1"
  fi
}

installed_files=""
put() { # put SOURCE DEST MODE
  make_dir "$(dirname "$2")"
  cp "$1" "$2.tmp.$$" && chmod "$3" "$2.tmp.$$" && mv "$2.tmp.$$" "$2"
  installed_files="$installed_files
$2"
}

case $action in
install)
  [ $# -ge 3 ] || die "usage: install.sh install PREFIX BINARY [MANPAGE]"
  binary=$3
  manpage=${4:-}
  [ -x "$binary" ] || die "no executable at $binary (run make release)"
  [ -f "$manifest" ] && die "PokerFace is already installed in $prefix: run make uninstall PREFIX=$prefix first"
  put "$binary" "$prefix/bin/pokerface" 755
  for folder in personalities suites experiments; do
    for file in "$root/$folder"/*; do
      [ -f "$file" ] && put "$file" "$prefix/share/pokerface/$folder/$(basename "$file")" 644
    done
  done
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$binary" --generate-completion-script bash > "$tmp/pokerface.bash"
  "$binary" --generate-completion-script zsh > "$tmp/_pokerface"
  "$binary" --generate-completion-script fish > "$tmp/pokerface.fish"
  put "$tmp/pokerface.bash" "$prefix/share/bash-completion/completions/pokerface" 644
  put "$tmp/_pokerface" "$prefix/share/zsh/site-functions/_pokerface" 644
  put "$tmp/pokerface.fish" "$prefix/share/fish/vendor_completions.d/pokerface.fish" 644
  if [ -n "$manpage" ] && [ -f "$manpage" ]; then
    put "$manpage" "$prefix/share/man/man1/pokerface.1" 644
  else
    echo "install.sh: no man page to install (make manual builds it)" >&2
  fi
  { echo "# PokerFace install manifest: files, then directories created (make uninstall reads it)"
    printf '%s\n' "$installed_files" | sed '/^$/d; s/^/file /'
    printf '%s\n' "$made_dirs" | sed '/^$/d; s/^/dir /'
  } > "$manifest"
  echo "Installed PokerFace in $prefix ($(printf '%s\n' "$installed_files" | sed '/^$/d' | wc -l | tr -d ' ') files); run $prefix/bin/pokerface doctor"
  ;;
uninstall)
  [ -f "$manifest" ] || die "no PokerFace install manifest at $manifest: nothing to uninstall in $prefix"
  removed=0
  while read -r kind path; do
    [ "$kind" = file ] || continue
    case $path in "$prefix"/*) ;; *) die "manifest names $path outside $prefix; refusing" ;; esac
    rm -f "$path" && removed=$((removed + 1))
  done < "$manifest"
  dirs=$(sed -n 's/^dir //p' "$manifest" | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2-)
  rm -f "$manifest"
  printf '%s\n' "$dirs" | while read -r dir; do
    [ -n "$dir" ] && rmdir "$dir" 2>/dev/null || true
  done
  echo "Removed PokerFace from $prefix ($removed files)"
  ;;
*)
  die "unknown action $action (install or uninstall)"
  ;;
esac
