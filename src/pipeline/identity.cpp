#include "pipeline/identity.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <unordered_set>

#include "anki/content_hash.h"
#include "anki/ids.h"
#include "support/parallel.h"

namespace deckpress::pipeline {

namespace {

class PackageBuilder {
 public:
  explicit PackageBuilder(int64_t now) : now_(now) {}

  void add(const LockedDeck& deck) {
    const CompiledDeck& compiled = *deck.compiled;
    lock_ = deck.lock;
    input_.decks.push_back({compiled.deck.name, compiled.description_html});
    for (size_t i = 0; i < compiled.deck.subdecks.size(); ++i)
      input_.decks.push_back({compiled.deck.subdecks[i].name, compiled.subdeck_descriptions_html[i]});
    std::vector<Stamping> stampings;
    auto notes = prepare_notes(compiled, stampings);
    for (size_t i = 0; i < notes.size(); ++i) stamp_note(deck.lock_name, notes[i], stampings[i]);
    for (const CarriedNoteType& carried : compiled.deck.note_types) add_note_type(*carried.type);
    forget_deleted_notes(compiled, deck.lock_name);
    if (input_.notes.empty()) input_.notes = std::move(notes);
    else input_.notes.insert(input_.notes.end(), std::make_move_iterator(notes.begin()),
                             std::make_move_iterator(notes.end()));
    for (const auto& [name, path] : compiled.media) media_.insert({name, path});
  }

  // Parents of the package's decks that a deck of the build defines.
  void carry_parents(const std::vector<const CompiledDeck*>& build) {
    std::set<std::string> present;
    for (const auto& deck : input_.decks) present.insert(deck.name);
    for (size_t i = 0, own = input_.decks.size(); i < own; ++i)
      for (const auto& parent : parent_deck_names(input_.decks[i].name)) {
        auto defined = std::find_if(build.begin(), build.end(),
                                    [&](const CompiledDeck* deck) { return deck->deck.name == parent; });
        if (defined == build.end() || !present.insert(parent).second) continue;
        input_.decks.push_back({parent, (*defined)->description_html});
        for (const auto& name : (*defined)->description_media) media_.insert({name, (*defined)->media.at(name)});
      }
  }

  StampedPackage finish() {
    for (const auto& [name, path] : media_) input_.media.push_back({name, path});
    assign_note_ids();
    input_.created = created_;
    return {std::move(input_), std::move(stamps_)};
  }

 private:
  void add_note_type(const NoteType& type) {
    if (!note_types_.insert(&type).second) return;
    std::string id = note_type_key(type);
    const anki::LockEntry* found = lock_->find("notetype", id);
    auto entry = anki::Lock::stamp(found, "-", anki::note_type_content_hash(type), now_);
    input_.note_types.push_back({&type, entry.modified});
    keep_stamp("notetype", id, found, std::move(entry));
  }

  // What stamping a note needs: the hash of its content, and its lock entry
  // if the lock has one.
  struct Stamping {
    std::string content_hash;
    const anki::LockEntry* entry = nullptr;
  };

  // Each note as the package holds it, its content hash and its lock entry,
  // made on every core; only the stamps, in note order, are left for
  // stamp_note. The id holds only its milliseconds until then.
  std::vector<anki::PackageNote> prepare_notes(const CompiledDeck& compiled,
                                              std::vector<Stamping>& stampings) const {
    std::vector<anki::PackageNote> notes(compiled.notes.size());
    stampings.resize(notes.size());
    parallel_for(notes.size(), core_count(), [&](size_t i) {
      const CompiledNote& note = compiled.notes[i];
      notes[i] = {.guid = note.guid,
                  .id = anki::stable_id(note.guid) % 1000,
                  .type = note.note->type,
                  .fields_html = {note.fields_html.begin(), note.fields_html.end()},
                  .tags = {note.note->tags.begin(), note.note->tags.end()},
                  .deck_name = compiled.deck.deck_of(*note.note),
                  .card_ords = note.card_ords};
      stampings[i] = {note_content_hash(note), lock_->find("note", note.guid)};
    });
    return notes;
  }

  void stamp_note(const std::string& lock_name, anki::PackageNote& note, const Stamping& stamping) {
    add_note_type(*note.type);
    auto entry = anki::Lock::stamp(stamping.entry, lock_name, stamping.content_hash, now_);
    note.id += entry.added * 1000;
    note.mod = entry.modified;
    created_ = created_ ? std::min(created_, entry.added) : entry.added;
    keep_stamp("note", note.guid, stamping.entry, std::move(entry));
  }

  // Only what differs from the lock: a rebuild keeps most entries as they are.
  void keep_stamp(const char* kind, const std::string& key, const anki::LockEntry* found, anki::LockEntry entry) {
    if (found && *found == entry) return;
    stamps_.stamps.push_back({kind, key, std::move(entry), found == nullptr});
  }

  // The lock's notes of this deck that it no longer has.
  void forget_deleted_notes(const CompiledDeck& compiled, const std::string& lock_name) {
    std::unordered_set<std::string_view> guids;
    for (const auto& note : compiled.notes) guids.insert(note.guid);
    auto deleted = lock_->unstamped(lock_name, [&](std::string_view kind, std::string_view key) {
      return kind == "note" && guids.count(key);
    });
    stamps_.forgotten.insert(stamps_.forgotten.end(), deleted.begin(), deleted.end());
  }

  void assign_note_ids() {
    std::vector<int64_t> ids;
    for (const auto& note : input_.notes) ids.push_back(note.id);
    ids = anki::unique_ids(ids);
    for (size_t i = 0; i < ids.size(); ++i) input_.notes[i].id = ids[i];
  }

  const anki::Lock* lock_ = nullptr;  // the current deck's
  int64_t now_;
  anki::LockStamps stamps_;
  int64_t created_ = 0;
  anki::PackageInput input_;
  std::set<const NoteType*> note_types_;
  std::map<std::string, std::filesystem::path> media_;
};

}  // namespace

std::string note_content_hash(const CompiledNote& note) {
  return anki::note_content_hash(note.note->type->name, note.fields_html, note.note->tags);
}

std::string note_type_key(const NoteType& type) { return std::to_string(anki::note_type_id(type)); }

std::string note_guid(const Deck& deck, const Note& note) {
  if (!note.guid.empty()) return note.guid;
  if (!note.id.empty()) return anki::guid_for({"deckpress", deck.name, note.id});
  return anki::guid_for({"deckpress", note.type->name, note.fields.front().text});
}

StampedPackage package_input(const std::vector<LockedDeck>& decks, int64_t now,
                             const std::vector<const CompiledDeck*>& build) {
  PackageBuilder builder(now);
  for (const LockedDeck& deck : decks) builder.add(deck);
  builder.carry_parents(build);
  return builder.finish();
}

std::vector<std::string> parent_deck_names(const std::string& name) {
  std::vector<std::string> parents;
  for (size_t end = name.find("::"); end != std::string::npos; end = name.find("::", end + 2))
    parents.push_back(name.substr(0, end));
  return parents;
}

}  // namespace deckpress::pipeline
