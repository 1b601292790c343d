#!/usr/bin/env bash
# deckpress set-up and build.
#   ./build.sh          install what is missing, build deckpress, turn decks/ into output/
#   ./build.sh test     install what is missing, build deckpress and its tests, run them all
#   ./build.sh package  install what is missing, build deckpress, write its .deb into dist/
set -euo pipefail
cd "$(dirname "$0")"

# What deckpress opens at run time besides the libraries it links (fonts...).
# This list is also the .deb's Depends: cmake/Package.cmake reads the names
# up to the ")" that stands alone on its line.
runtime_packages=(
  fonts-liberation2 fonts-ipafont-gothic fonts-nanum
  # Scripts that need shaping, Simplified Chinese, symbols and emoji on the sheet.
  fonts-noto-core fonts-droid-fallback fonts-symbola
  # Runs MathJax (data/mathjax) for the formulas on the sheet.
  nodejs
)
packages=(
  build-essential cmake pkg-config
  libsqlitecpp-dev libsqlite3-dev libzip-dev zlib1g-dev libhpdf-dev libtomlplusplus-dev catch2
  libmd4c-dev libmd4c-html0-dev libcli11-dev nlohmann-json3-dev libssl-dev
  libunibreak-dev libfmt-dev libfreetype-dev libsource-highlight-dev libmimalloc-dev libpng-dev libjpeg-dev
  libzstd-dev
  libharfbuzz-dev libfribidi-dev libutf8proc-dev
  # Debian's libzip CMake config names these tools and fails without them.
  zipcmp zipmerge ziptool
)
# The tests read PDFs back (poppler), check the schema (python3-jsonschema), open
# the preview in a real browser (chromium) and fuzz with clang's libFuzzer; the
# packaging tests read the workflows (python3-yaml), render the man page (groff),
# run the completions (zsh, fish) and install the .deb into a clean Debian 12
# root (debootstrap); the benchmark writes current-format packages with zstd.
test_packages=(
  poppler-utils sqlite3 unzip python3 python3-jsonschema procps time git zstd
  chromium libjs-mathjax clang libclang-rt-14-dev
  python3-yaml groff-base zsh fish debootstrap
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

# Math on the sheet is typeset by MathJax, run by Debian's nodejs; its npm
# packages are pinned by data/mathjax/package-lock.json. A machine that has
# node from elsewhere (with npm inside) keeps it.
install_mathjax() {
  local tools=()
  command -v npm >/dev/null || tools+=(npm)
  [ ${#tools[@]} -eq 0 ] || install_missing "${tools[@]}"
  local stamp=data/mathjax/node_modules/.deckpress-lock
  if ! cmp -s data/mathjax/package-lock.json "$stamp"; then
    echo "build.sh: installing MathJax (npm ci in data/mathjax)"
    (cd data/mathjax && npm ci --no-audit --no-fund --loglevel=error)
    cp data/mathjax/package-lock.json "$stamp"
  fi
}

# The tests are built only for `test`: turning decks into output needs the
# deckpress binary alone.
mode=${1:-decks}
case "$mode" in
  decks | package)
    install_missing "${runtime_packages[@]}" "${packages[@]}"
    testing=OFF ;;
  test)
    install_missing "${runtime_packages[@]}" "${packages[@]}" "${test_packages[@]}"
    testing=ON ;;
  *) echo "usage: ./build.sh [test|package]" >&2; exit 2 ;;
esac
install_mathjax

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING="$testing" >/dev/null
cmake --build build -j "$jobs"

case "$mode" in
  test)
    ctest --test-dir build --output-on-failure -j "$jobs"
    # ctest lists skipped tests without their output: print why each skipped.
    grep -h "^SKIPPED: " build/Testing/Temporary/LastTest.log || true ;;
  package)
    rm -rf build/cpack
    cpack --config build/CPackConfig.cmake -B build/cpack >/dev/null
    mkdir -p dist
    for deb in build/cpack/*.deb; do
      cp "$deb" dist/
      (cd dist && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")
      echo "build.sh: wrote dist/$(basename "$deb") and its .sha256"
    done ;;
  *) ./build/deckpress build decks -o output ;;
esac
