#include "cli/starter_files.h"

#include <array>
#include <string>

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

// Shown in docs/ci.md, where {version} reads as the version of deckpress
// and <owner>/deckpress stays as it is; a test keeps the two the same.
constexpr std::string_view kWorkflow = R"yaml(# Checks and builds the decks on every push and pull request with
# deckpress's GitHub Action, marks mistakes on the pull request, and keeps
# output/ (packages, sheets and the build report) as the run's artifact.
# @v{version} pins the version of deckpress: the same commit always gives
# the same packages.
name: decks

on:
  push:
  pull_request:

jobs:
  decks:
    runs-on: ubuntu-latest
    container: debian:12
    steps:
      - uses: actions/checkout@v4
      - uses: <owner>/deckpress@v{version}
        with:
          command: build --locked --report output/build-report.json
          artifact: decks
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
pull request with deckpress's GitHub Action, marks mistakes on the pull
request, and keeps `output/` as the run's artifact. It builds with
`--locked`, so run `deckpress build` and commit `decks/deckpress.lock`
before you push.
)md";

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

std::string workflow() {
  std::string text(kWorkflow);
  replace_all(text, "{version}", DECKPRESS_VERSION);
  if (!repository().empty()) replace_all(text, "<owner>/deckpress", repository());
  return text;
}

}  // namespace

std::string_view repository() { return DECKPRESS_GITHUB_REPOSITORY; }

std::span<const StarterFile> starter_files() {
  static const std::string workflow_text = workflow();
  static const std::array files{
      StarterFile{"decks/example.toml", kExampleDeck},
      StarterFile{".gitignore", kGitignore},
      StarterFile{".github/workflows/decks.yml", workflow_text},
      StarterFile{"README.md", kReadme},
  };
  return files;
}

}  // namespace deckpress::cli
