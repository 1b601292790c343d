#include "cli/starter_files.h"

#include <array>

namespace deckpress::cli {

namespace {

constexpr std::string_view kExampleDeck = R"toml(# An example deck: edit it, or replace it with your own. The format is
# described in deckpress's docs/deck-format.md.
[deck]
name = "Example"
description = "A first deck made with *deckpress*."
tags = ["example"]

# Give every note an id and never change it: it keeps the note's review
# history in Anki when you edit the note's text.
[[note]]
id = "capital-france"
front = "What is the capital of France?"
back = "Paris"

[[note]]
id = "largest-ocean"
front = "Which is the largest ocean?"
back = "The **Pacific**, about a third of the Earth's surface."

[[note]]
id = "water-boils"
type = "cloze"
text = "At sea level, water boils at {{c1::100 °C}}."
extra = "That is 212 °F."
)toml";

constexpr std::string_view kGitignore = "/output/\n";

// Shown verbatim in docs/ci.md; a test keeps the two the same.
constexpr std::string_view kWorkflow = R"yaml(# Checks the decks on every push and pull request, builds them, and keeps
# output/ as the run's artifact. Set the repository variable DECKPRESS_REPO
# to the git URL of deckpress, and DECKPRESS_REF to a tag to pin a version.
name: decks

on:
  push:
  pull_request:

jobs:
  decks:
    runs-on: ubuntu-latest
    container: debian:12
    env:
      DECKPRESS_REPO: ${{ vars.DECKPRESS_REPO }}
      DECKPRESS_REF: ${{ vars.DECKPRESS_REF || 'main' }}
    steps:
      - name: Install git
        run: apt-get update -qq && apt-get install -y -qq --no-install-recommends git ca-certificates
      - uses: actions/checkout@v4
      - name: Build deckpress
        run: |
          : "${DECKPRESS_REPO:?set the repository variable DECKPRESS_REPO to the git URL of deckpress}"
          git clone --depth 1 --branch "$DECKPRESS_REF" "$DECKPRESS_REPO" /opt/deckpress
          /opt/deckpress/build.sh
          echo /opt/deckpress/build >> "$GITHUB_PATH"
      - name: Check the decks
        run: deckpress check --diagnostics github
      - name: Build the decks
        run: deckpress build --locked --diagnostics github --report build-report.json
      - name: Keep the packages and sheets
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: decks
          path: |
            output/
            build-report.json
)yaml";

constexpr std::string_view kReadme = R"md(# Flashcard decks

Each deck in `decks/` becomes an Anki package (`output/<deck>.apkg`) and a
printable PDF sheet (`output/<deck>.pdf`), made with deckpress.

## Working on the decks

```sh
deckpress check    # report every mistake, with its line; write nothing
deckpress build    # write output/, update decks/deckpress.lock
```

Import a package in Anki with *File → Import*. Importing a newer build
updates the notes you changed and keeps your review history.

`build` records each note's identity and last change in
`decks/deckpress.lock`: commit it together with the decks.

## CI

`.github/workflows/decks.yml` checks and builds the decks on every push and
pull request, marks mistakes on the pull request, and keeps `output/` as the
run's artifact. It builds deckpress from its git repository: set the
repository variable `DECKPRESS_REPO` to that URL (*Settings → Secrets and
variables → Actions → Variables*). It builds with `--locked`, so run
`deckpress build` and commit `decks/deckpress.lock` before you push.
)md";

constexpr std::array kStarterFiles{
    StarterFile{"decks/example.toml", kExampleDeck},
    StarterFile{".gitignore", kGitignore},
    StarterFile{".github/workflows/decks.yml", kWorkflow},
    StarterFile{"README.md", kReadme},
};

}  // namespace

std::span<const StarterFile> starter_files() { return kStarterFiles; }

}  // namespace deckpress::cli
