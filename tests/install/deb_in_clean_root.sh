#!/usr/bin/env bash
# The .deb that `./build.sh package` makes, installed as a user installs it:
# into a clean Debian 12 root made by debootstrap from Debian's archive, with
# the Action's install script (action/install, as the Dockerfile and the
# Action do: apt brings what the .deb depends on). There deckpress
# --version answers, the repository's decks build with --locked into the
# same bytes as the build folder's deckpress makes, the man page and
# completions are in place; then the package is removed and leaves nothing.
# The install is done twice: the second time from the Action's cache of
# .deb files alone, with no Debian archive to reach.
#
#   deb_in_clean_root.sh BUILD_DIR SOURCE_DIR DECKPRESS
# Exit 77 (ctest's "skipped") with the reason when debootstrap cannot run.
set -euo pipefail
build=$1 source=$2 deckpress=$3
work=$build/deb-test
mkdir -p "$work"

skip() {
  echo "SKIPPED: the .deb was not tried in a clean Debian 12 root: $*"
  exit 77
}
fail() {
  echo "FAILED: $*"
  exit 1
}
step() { echo "== $*"; }
# `timed WHAT command...` runs the command and says how long it took: wall
# time, and the CPU time that a machine shared with other work does not
# stretch.
timed() {
  local what=$1 TIMEFORMAT
  shift
  TIMEFORMAT="$what: %R s wall, %U s user + %S s sys CPU"
  time "$@"
}

[ "$(id -u)" -eq 0 ] || skip "debootstrap and chroot need root"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (./build.sh test installs it)"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps (dpkg-dev) is missing: the .deb cannot be made"

# Debian's own archive for bookworm, as apt on this machine reaches it.
mirror=$(apt-get indextargets --format '$(REPO_URI) $(ORIGIN) $(LABEL) $(CODENAME) $(COMPONENT)' \
           'Identifier: Packages' 2>/dev/null |
         awk '$2 == "Debian" && $3 == "Debian" && $4 == "bookworm" && $5 == "main" { print $1; exit }')
[ -n "$mirror" ] || skip "apt's sources name no Debian bookworm archive (run apt-get update?)"

# The clean root, made once and kept as a tar file in the build folder.
clean_root=$work/bookworm-minbase.tar
if [ ! -s "$clean_root" ]; then
  step "debootstrap bookworm from $mirror (once; kept in $clean_root)"
  rm -rf "$work/debootstrap"
  if ! timeout 1200 debootstrap --variant=minbase bookworm "$work/debootstrap" "$mirror" \
       >"$work/debootstrap.log" 2>&1; then
    tail -n 5 "$work/debootstrap.log"
    rm -rf "$work/debootstrap"
    skip "debootstrap failed (see $work/debootstrap.log)"
  fi
  tar -C "$work/debootstrap" -cf "$clean_root.partial" . && mv "$clean_root.partial" "$clean_root"
  rm -rf "$work/debootstrap"
fi

step "the .deb, made as ./build.sh package makes it"
rm -rf "$work/cpack"
cpack --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/cpack/deckpress_*.deb)
if git -C "$source" log -1 >/dev/null 2>&1; then
  step "the same commit gives the same .deb"
  sleep 1
  cpack --config "$build/CPackConfig.cmake" -B "$work/cpack-again" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
  cmp "$deb" "$work"/cpack-again/deckpress_*.deb || fail "two .deb files of the same commit differ"
  rm -rf "$work/cpack-again"
else
  echo "not a git checkout: the .deb's times are cpack's, and two .deb files differ"
fi
version=$("$source/action/version")
[ "$(basename "$deb")" = "deckpress_${version}_amd64.deb" ] || fail "unexpected package name $(basename "$deb")"
dpkg-deb --field "$deb" Depends | tee "$work/depends"
for needed in fonts-liberation2 libhpdf libzip4 libsqlite3; do
  grep -q "$needed" "$work/depends" || fail "Depends lacks $needed"
done
for build_only in -dev cmake catch2 g++ debootstrap; do
  ! grep -q -- "$build_only" "$work/depends" || fail "Depends names a build-only package ($build_only)"
done

root=
cleanup() {
  [ -z "$root" ] || { umount "$root/proc" 2>/dev/null || true; rm -rf --one-file-system "$root"; }
}
trap cleanup EXIT

# A fresh root from the tar file, with the .deb, the decks and the Action's
# script in /tmp.
fresh_root() {
  cleanup
  root=$(mktemp -d "$work/root.XXXXXX")
  tar -C "$root" -xf "$clean_root"
  # deckpress links its outputs into place through /proc/self/fd, as on
  # any running system.
  mount -t proc proc "$root/proc" || skip "cannot mount /proc in the root"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mkdir -p "$root/tmp/action" "$root/tmp/work"
  cp "$deb" "$root/tmp/"
  cp "$source/action/install" "$root/tmp/action/"
  cp -r "$source/decks" "$root/tmp/work/decks"
}
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# Installs with the Action's script and the cache at $root/var/cache/deckpress.
action_install() {
  in_root env DECKPRESS_DEB="/tmp/$(basename "$deb")" bash /tmp/action/install "$version" none \
    /var/cache/deckpress >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "install failed"; }
}

step "install into a clean root"
fresh_root
timed "installed with apt (apt-get update and downloads included)" action_install
echo "the packages it installed: $(du -sh "$root/var/cache/deckpress" | cut -f1)"
[ "$(in_root deckpress --version)" = "deckpress $version" ] || fail "deckpress --version: $(in_root deckpress --version)"

step "build the repository's decks there, with --locked"
timed "built the decks" in_root sh -c 'cd /tmp/work && deckpress build --locked' ||
  fail "deckpress build --locked failed in the root"
"$deckpress" build --locked "$root/tmp/work/decks" -o "$work/expected" >/dev/null
for deck in "$source"/decks/*.toml; do
  name=$(basename "$deck" .toml)
  for kind in apkg pdf; do
    cmp "$root/tmp/work/output/$name.$kind" "$work/expected/$name.$kind" ||
      fail "$name.$kind differs from the build folder's"
  done
done

step "the man page and the completions are where man and the shells look"
for file in /usr/share/man/man1/deckpress.1.gz /usr/share/bash-completion/completions/deckpress \
            /usr/share/zsh/vendor-completions/_deckpress /usr/share/fish/vendor_completions.d/deckpress.fish \
            /usr/share/deckpress/schema/deck.schema.json; do
  [ -s "$root$file" ] || fail "$file is missing"
done

step "remove it: nothing of the package stays"
in_root dpkg -L deckpress >"$work/files"
in_root apt-get purge -y -qq deckpress >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "purge failed"; }
while read -r file; do
  [ -d "$root$file" ] || [ ! -e "$root$file" ] || fail "$file is left after removing the package"
done <"$work/files"
in_root sh -c '! command -v deckpress' || fail "deckpress is still on PATH"

step "the Dockerfile's RUN, in a clean root as in debian:12-slim"
keep_cache=$(mktemp -d "$work/cache.XXXXXX")
cp -r "$root/var/cache/deckpress/." "$keep_cache/"
fresh_root
mkdir -p "$root/tmp/dist"
cp "$deb" "$root/tmp/dist/"
dockerfile_run=$(sed -n '/^RUN /,/[^\\]$/p' "$source/Dockerfile" | sed 's/^RUN //')
[ -n "$dockerfile_run" ] || fail "no RUN in the Dockerfile"
in_root env VERSION="$version" sh -c "$dockerfile_run" >"$work/dockerfile.log" 2>&1 ||
  { cat "$work/dockerfile.log"; fail "the Dockerfile's RUN failed"; }
[ ! -e "$root/tmp/dist" ] || fail "the Dockerfile's RUN leaves /tmp/dist in the image"
entrypoint=$(sed -n 's/^ENTRYPOINT \["\(.*\)"\]$/\1/p' "$source/Dockerfile")
[ "$(in_root "$entrypoint" --version)" = "deckpress $version" ] || fail "the image's entry point does not run"

step "install again in a new clean root, from the Action's cache alone, with no archive to reach"
fresh_root
mkdir -p "$root/var/cache/deckpress"
cp -r "$keep_cache/." "$root/var/cache/deckpress/"
rm -rf "$keep_cache"
rm -f "$root/etc/apt/sources.list" "$root/etc/resolv.conf"
timed "installed from the cache" action_install
grep -q "Downloading" "$work/install.log" && fail "the cached install downloaded"
in_root sh -c 'cd /tmp/work && deckpress check' || fail "deckpress check failed after the cached install"
echo "PASSED"
