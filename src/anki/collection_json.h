#pragma once
// The JSON blobs of the `col` row (conf, decks, dconf, models), built with a
// fixed key order so the same input always gives the same text.
#include <cstdint>
#include <map>
#include <string>
#include <nlohmann/json.hpp>

#include "anki/package.h"

namespace deckpress::anki {

// Every deck of the package: the input's decks, the decks notes name, and
// their parents, by name; the value is the description HTML.
std::map<std::string, std::string> package_decks(const PackageInput& input);

// The deck models offer when adding notes: the first deck of the input.
int64_t main_deck_id(const PackageInput& input);

nlohmann::ordered_json conf_json(const PackageInput& input);
nlohmann::ordered_json decks_json(const PackageInput& input);
nlohmann::ordered_json deck_config_json();
nlohmann::ordered_json models_json(const PackageInput& input);

}  // namespace deckpress::anki
