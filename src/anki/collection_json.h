#pragma once
// The JSON blobs of the `col` row (conf, decks, dconf, models), built with a
// fixed key order so the same input always gives the same text.
#include <cstdint>
#include <map>
#include <string>
#include <nlohmann/json.hpp>

#include "anki/package.h"

namespace deckpress::anki {

// Every deck of the package: the input's decks and the decks notes name, by
// name; the value is the description HTML. Parents are not added: Anki
// creates missing parents itself, and importers that always write a deck's
// description (Anki before 2.1.55, AnkiDroid before 2.17) would blank the
// one the parent's own package set. The pipeline carries a parent, with its
// description, when a deck file of the same build defines it.
std::map<std::string, std::string> package_decks(const PackageInput& input);

// The deck models offer when adding notes: the first deck of the input.
int64_t main_deck_id(const PackageInput& input);

nlohmann::ordered_json conf_json(const PackageInput& input);
nlohmann::ordered_json decks_json(const PackageInput& input);
nlohmann::ordered_json deck_config_json();
nlohmann::ordered_json models_json(const PackageInput& input);

// One note type as `models` holds it, with its mod and default deck.
nlohmann::ordered_json note_type_json(const NoteType& type, int64_t mod, int64_t deck);

// Everything the package stores of a note type but its mod and default deck
// (which differs from package to package): whenever it changes, the mod moves.
std::string note_type_stored_text(const NoteType& type);

}  // namespace deckpress::anki
