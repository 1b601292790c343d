#include "importer/plan.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cards/cards.h"
#include "deck/limits.h"
#include "deck/name_rules.h"
#include "deck/names.h"
#include "importer/toml_text.h"

namespace deckpress::importer {
namespace {

// Notes left out, by reason, named by their guids in the warning.
class LeftOut {
 public:
  void add(const std::string& reason, const std::string& guid) { notes_[reason].push_back(guid); }

  void report(std::vector<std::string>& warnings) const {
    for (const auto& [reason, guids] : notes_) {
      std::string named;
      for (size_t i = 0; i < std::min<size_t>(guids.size(), 5); ++i) named += (i ? ", " : "") + guids[i];
      warnings.push_back(fmt::format("left out {} note{} {} (guid {}{})", guids.size(), guids.size() == 1 ? "" : "s",
                                     reason, named, guids.size() > 5 ? ", ..." : ""));
    }
  }

 private:
  std::map<std::string, std::vector<std::string>> notes_;
};

std::string top_level(const std::string& deck) { return deck.substr(0, deck.find("::")); }

class Planner {
 public:
  Planner(const package::Package& package, const Existing& existing) : package_(package), existing_(existing) {
    note_type_keys_ = existing.other_keys;
    for (const auto& [id, key] : existing.note_type_keys) note_type_keys_.push_back(key);
    for (const auto& [stem, name] : existing.deck_stems) stems_.push_back(stem);
    for (const package::Deck& deck : package.decks) deck_names_[deck.id] = &deck;
    for (const package::Card& card : package.cards) cards_[card.note_id].push_back(&card);
  }

  Plan run() {
    std::map<std::string, std::vector<std::pair<const package::Note*, std::string>>> by_deck;
    for (const package::Note& note : package_.notes)
      if (auto deck = deck_of(note)) by_deck[top_level(*deck)].emplace_back(&note, *deck);
    for (auto& [top, notes] : by_deck) add_deck_file(top, notes);
    carry_unused_note_types();
    for (const package::Media& file : package_.media) {
      if (file.present) plan_.media.push_back(&file);
      else plan_.warnings.push_back(fmt::format("media file '{}' is named by the package but missing from it", file.name));
    }
    if (several_decks_ > 0)
      plan_.warnings.push_back(fmt::format("{} notes have cards in several decks: each is placed in the deck of its first card",
                                           several_decks_));
    left_out_.report(plan_.warnings);
    if (!dropped_tags_.empty())
      plan_.warnings.push_back(fmt::format("dropped {} tag{} a deck file cannot hold (a space, a control character or an "
                                           "empty level): {}", dropped_tags_.size(), dropped_tags_.size() == 1 ? "" : "s",
                                           fmt::join(dropped_tags_, " ")));
    return std::move(plan_);
  }

 private:
  // The deck of the note's first card, where its deck file puts it.
  std::optional<std::string> deck_of(const package::Note& note) {
    const auto cards = cards_.find(note.id);
    if (cards == cards_.end()) return left(note, "without cards");
    std::set<int64_t> decks;
    for (const package::Card* card : cards->second) decks.insert(card->deck_id);
    several_decks_ += decks.size() > 1;
    const auto deck = deck_names_.find(cards->second.front()->deck_id);
    if (deck == deck_names_.end()) return left(note, "whose deck is missing from the package");
    return deck->second->name;
  }

  // Anki's exports hold note types no note uses (a collection's stock ones);
  // the first deck file carries them, so that a build gives them back.
  void carry_unused_note_types() {
    std::set<const NoteTypeFolder*> used;
    for (const DeckFile& deck : plan_.decks)
      for (const ImportedNote& note : deck.notes) used.insert(note.type);
    std::vector<const NoteTypeFolder*> unused;
    for (const package::NoteType& anki : package_.note_types) {
      const NoteTypeFolder* folder = folder_of(anki.id);
      if (!folder) plan_.warnings.push_back(fmt::format("left out note type {}, whose names are not UTF-8 text", anki.id));
      else if (!used.count(folder)) unused.push_back(folder);
    }
    if (unused.empty()) return;
    if (!plan_.decks.empty()) plan_.decks.front().unused_note_types = std::move(unused);
    else plan_.warnings.push_back(fmt::format("left out {} note type{}: a deck file carries them, and the package "
                                              "has no note to make one for", unused.size(), unused.size() == 1 ? "" : "s"));
  }

  std::nullopt_t left(const package::Note& note, const std::string& reason) {
    left_out_.add(reason, note.guid);
    return std::nullopt;
  }

  const NoteTypeFolder* folder_of(int64_t id) {
    if (auto known = folders_.find(id); known != folders_.end()) return known->second;
    const package::NoteType* anki = package_.note_type(id);
    if (!anki) return folders_[id] = nullptr;
    if (!names_are_utf8(*anki)) {
      unreadable_types_.insert(id);
      return folders_[id] = nullptr;
    }
    const auto folder = existing_.note_type_keys.find(id);
    const std::string key = folder != existing_.note_type_keys.end()
                                ? folder->second
                                : unique_key(slug(anki->name), "notetype", note_type_keys_);
    plan_.note_types.push_back(note_type_folder(*anki, key));
    return folders_[id] = &plan_.note_types.back();
  }

  // Whatever notetype.toml holds must be UTF-8, as TOML is.
  static bool names_are_utf8(const package::NoteType& type) {
    bool utf8 = is_utf8(type.name) && is_utf8(type.latex_pre) && is_utf8(type.latex_post);
    for (const package::Field& field : type.fields)
      utf8 &= is_utf8(field.name) && is_utf8(field.settings.font) && is_utf8(field.settings.description);
    for (const package::Template& card : type.templates)
      utf8 &= is_utf8(card.name) && is_utf8(card.browser_front) && is_utf8(card.browser_back) && is_utf8(card.browser_font);
    return utf8;
  }

  // Why the note cannot be a note of a deck file, or "".
  std::string problem(const package::Note& note, const NoteTypeFolder* type) const {
    if (unreadable_types_.count(note.note_type_id)) return "whose note type's names are not UTF-8 text";
    if (!type) return "whose note type is missing from the package";
    if (note.fields.size() != type->type.fields.size()) return "whose field count differs from their note type's";
    if (!guid_problem(note.guid).empty() || !is_utf8(note.guid)) return "whose guid a deck file cannot hold";
    for (const std::string& field : note.fields) {
      if (!is_utf8(field)) return "with a field that is not UTF-8 text";
      if (field.size() > Limits{}.field_bytes)
        return fmt::format("with a field larger than a deck file's limit of {}", describe_limit(Limits{}.field_bytes));
    }
    return "";
  }

  std::vector<std::string> tags_of(const package::Note& note) {
    std::vector<std::string> tags;
    for (const std::string& tag : note.tags) {
      if (!tag_problem(tag).empty() || !is_utf8(tag)) {
        dropped_tags_.insert(tag);
        continue;
      }
      if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    }
    return tags;
  }

  void add_note(DeckFile& deck, const package::Note& note, const std::string& deck_name) {
    const NoteTypeFolder* type = folder_of(note.note_type_id);
    if (auto reason = problem(note, type); !reason.empty()) return left_out_.add(reason, note.guid);
    if (!deck_name_problem(deck_name).empty() || !is_utf8(deck_name))
      return left_out_.add(fmt::format("in deck '{}', whose name a deck file cannot hold", deck_name), note.guid);
    ImportedNote imported{&note, type, subdeck_index(deck, deck_name), tags_of(note), {}};
    const cards::CardContext context{&type->type, &note.fields, imported.tags, deck_name};
    if (cards::card_ords(context).empty())
      return left_out_.add("for which deckpress's card rules find no card", note.guid);
    deck.notes.push_back(std::move(imported));
  }

  int subdeck_index(DeckFile& deck, const std::string& deck_name) {
    if (deck_name == deck.name) return -1;
    const std::string relative = deck_name.substr(deck.name.size() + 2);
    for (size_t i = 0; i < deck.subdecks.size(); ++i)
      if (deck.subdecks[i].name == relative) return static_cast<int>(i);
    deck.subdecks.push_back({relative, ""});
    return static_cast<int>(deck.subdecks.size() - 1);
  }

  // The deck's file: the one already holding this deck, else a new name.
  std::string stem_of(const std::string& top) {
    for (const auto& [stem, name] : existing_.deck_stems)
      if (name == top) return stem;
    return unique_key(slug(top), "deck", stems_);
  }

  void add_deck_file(const std::string& top, const std::vector<std::pair<const package::Note*, std::string>>& notes) {
    if (!deck_name_problem(top).empty() || !is_utf8(top)) {
      for (const auto& [note, deck_name] : notes)
        left(*note, fmt::format("in deck '{}', whose name a deck file cannot hold", top));
      return;
    }
    DeckFile deck;
    deck.name = top;
    deck.stem = stem_of(top);
    for (const package::Deck& anki : package_.decks) {
      // Anki keeps its Default deck's description as the user wrote it, so a
      // deck file named Default has none (deck/names.h).
      if (anki.name == top && top != kDefaultDeck && is_utf8(anki.description)) deck.description = anki.description;
      else if (!anki.filtered && anki.name.starts_with(top + "::") && deck_name_problem(anki.name).empty() &&
               is_utf8(anki.name) && is_utf8(anki.description))
        deck.subdecks.push_back({anki.name.substr(top.size() + 2), anki.description});
    }
    for (const auto& [note, deck_name] : notes) add_note(deck, *note, deck_name);
    std::map<std::string, size_t> uses;
    for (const ImportedNote& note : deck.notes) ++uses[note.type->type.key];
    for (const auto& [key, count] : uses)
      if (deck.default_type.empty() || count > uses[deck.default_type]) deck.default_type = key;
    if (!deck.notes.empty()) plan_.decks.push_back(std::move(deck));
  }

  const package::Package& package_;
  const Existing& existing_;
  Plan plan_;
  std::vector<std::string> stems_;
  std::map<int64_t, const package::Deck*> deck_names_;
  std::map<int64_t, std::vector<const package::Card*>> cards_;
  std::map<int64_t, const NoteTypeFolder*> folders_;
  std::vector<std::string> note_type_keys_;
  std::set<std::string> dropped_tags_;
  std::set<int64_t> unreadable_types_;
  LeftOut left_out_;
  size_t several_decks_ = 0;
};

}  // namespace

Plan make_plan(const package::Package& package, const Existing& existing) {
  return Planner(package, existing).run();
}

}  // namespace deckpress::importer
