#!/usr/bin/env bash
# deckpress set-up and build.
#   ./build.sh        install what is missing, build, turn decks/ into output/
#   ./build.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake pkg-config
  libsqlitecpp-dev libsqlite3-dev libzip-dev zlib1g-dev libhpdf-dev libtomlplusplus-dev catch2
  libmd4c-dev libmd4c-html0-dev libcli11-dev nlohmann-json3-dev libssl-dev
  libunibreak-dev libfmt-dev libfreetype-dev libsource-highlight-dev libmimalloc-dev libutf8proc-dev
  fonts-liberation2 fonts-ipafont-gothic fonts-nanum
  # Debian's libzip CMake config names these tools and fails without them.
  zipcmp zipmerge ziptool
)
# The tests read PDFs back (poppler), check the schema (python3-jsonschema), open
# the preview in a real browser (chromium) and fuzz with clang's libFuzzer.
test_packages=(
  poppler-utils sqlite3 unzip python3 python3-jsonschema procps time
  chromium libjs-mathjax clang libclang-rt-14-dev
)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

mode=${1:-decks}
case "$mode" in
  decks) install_missing "${packages[@]}" ;;
  test) install_missing "${packages[@]}" "${test_packages[@]}" ;;
  *) echo "usage: ./build.sh [test]" >&2; exit 2 ;;
esac

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs"

if [ "$mode" = test ]; then
  ctest --test-dir build --output-on-failure -j "$jobs"
else
  ./build/deckpress build decks -o output
fi
