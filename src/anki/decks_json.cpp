#include "anki/collection_json.h"
#include "anki/ids.h"

namespace deckpress::anki {
namespace {

using nlohmann::ordered_json;

constexpr int64_t default_config_id = 1;

ordered_json deck_json(int64_t id, const std::string& name, const std::string& description,
                       int64_t mod) {
  const ordered_json no_progress = {0, 0};
  return {{"id", id},
          {"mod", mod},
          {"name", name},
          {"usn", -1},
          {"lrnToday", no_progress},
          {"revToday", no_progress},
          {"newToday", no_progress},
          {"timeToday", no_progress},
          {"collapsed", false},
          {"browserCollapsed", false},
          {"desc", description},
          {"dyn", 0},
          {"conf", default_config_id},
          {"extendNew", 10},
          {"extendRev", 50}};
}

}  // namespace

std::map<std::string, std::string> package_decks(const PackageInput& input) {
  std::map<std::string, std::string> decks;
  for (const PackageDeck& deck : input.decks) decks[deck.name] = deck.description_html;
  std::string_view previous;  // notes come deck by deck
  for (const PackageNote& note : input.notes) {
    if (note.deck_name != previous) decks.try_emplace(std::string(note.deck_name));
    previous = note.deck_name;
  }
  return decks;
}

int64_t main_deck_id(const PackageInput& input) {
  return input.decks.empty() ? kDefaultDeckId : deck_id(input.decks.front().name);
}

// Deck 1 "Default" is in every collection Anki writes; old clients fall back to it.
ordered_json decks_json(const PackageInput& input) {
  ordered_json decks = ordered_json::object();
  decks[std::to_string(kDefaultDeckId)] = deck_json(kDefaultDeckId, std::string(kDefaultDeck), "", input.created);
  for (const auto& [name, description] : package_decks(input)) {
    const int64_t id = deck_id(name);
    decks[std::to_string(id)] = deck_json(id, name, description, input.created);
  }
  return decks;
}

// Anki's stock options, every inner key included: legacy clients read them all.
ordered_json deck_config_json() {
  ordered_json config = {
      {"id", default_config_id},
      {"mod", 0},
      {"name", "Default"},
      {"usn", 0},
      {"maxTaken", 60},
      {"autoplay", true},
      {"timer", 0},
      {"replayq", true},
      {"dyn", false},
      {"new",
       {{"bury", false},
        {"delays", {1, 10}},
        {"initialFactor", 2500},
        {"ints", {1, 4, 0}},
        {"order", 1},
        {"perDay", 20},
        {"separate", true}}},
      {"rev",
       {{"bury", false},
        {"ease4", 1.3},
        {"fuzz", 0.05},
        {"ivlFct", 1},
        {"maxIvl", 36500},
        {"minSpace", 1},
        {"perDay", 200},
        {"hardFactor", 1.2}}},
      {"lapse",
       {{"delays", {10}}, {"leechAction", 1}, {"leechFails", 8}, {"minInt", 1}, {"mult", 0}}}};
  return {{std::to_string(default_config_id), config}};
}

}  // namespace deckpress::anki
