# deckpress in a container: Debian 12 slim with deckpress's .deb installed.
# The release workflow builds it from the .deb that `./build.sh package`
# wrote into dist/:
#   docker build --build-arg VERSION="$(action/version)" -t deckpress .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/decks" deckpress build --locked
FROM debian:12-slim

ARG VERSION
LABEL org.opencontainers.image.title="deckpress" \
      org.opencontainers.image.description="TOML flashcard decks to Anki packages and printable PDF sheets" \
      org.opencontainers.image.version="${VERSION}"

COPY dist/ /tmp/dist/
RUN test -n "${VERSION}" || { echo "build with --build-arg VERSION=<the version of dist/'s .deb>" >&2; exit 1; } \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "/tmp/dist/deckpress_${VERSION}_amd64.deb" \
 && rm -rf /var/lib/apt/lists/* /tmp/dist \
 && deckpress --version

WORKDIR /decks
ENTRYPOINT ["deckpress"]
CMD ["build"]
