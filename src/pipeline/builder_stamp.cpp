// The stage of Builder that makes each deck's package input and lock
// stamps, from its repository's lock, without changing the lock yet. With
// --locked, every stamp is a change the lock would need: an error where the
// deck says what changed.
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "pipeline/builder.h"
#include "pipeline/identity.h"

namespace deckpress::pipeline {

void Builder::stamp(int64_t now) {
  for (auto& job : jobs_) {
    if (!job.to_build()) continue;
    auto stamped =
        package_input({{&*job.compiled, job.lock_name, &job.repository().lock.current()}}, now, parent_decks());
    job.package = std::move(stamped.input);
    job.stamps = std::move(stamped.stamps);
    if (options_.locked) report_lock_changes(job);
  }
}

namespace {

// Where a deck says what lock stamps are about: a note at its [[note]], a
// note type at its first note or, when no note uses it, in [deck]'s
// `note_types`.
class StampPlaces {
 public:
  struct Place {
    const SourcePos* pos = nullptr;
    const NoteType* type = nullptr;  // for a note type's stamp
  };

  explicit StampPlaces(const CompiledDeck& compiled) {
    for (const auto& note : compiled.notes) {
      by_guid_.emplace(note.guid, Place{&note.note->pos});
      add_note_type(*note.note->type, note.note->pos);
    }
    for (const CarriedNoteType& carried : compiled.deck.note_types) add_note_type(*carried.type, carried.pos);
  }

  const Place* place_of(const anki::LockStamp& stamp) const {
    const auto& map = stamp.kind == "notetype" ? by_type_id_ : by_guid_;
    auto found = map.find(stamp.key);
    return found == map.end() ? nullptr : &found->second;
  }

 private:
  void add_note_type(const NoteType& type, const SourcePos& pos) {
    if (seen_types_.insert(&type).second) by_type_id_.emplace(note_type_key(type), Place{&pos, &type});
  }

  std::unordered_map<std::string, Place> by_guid_, by_type_id_;
  std::unordered_set<const NoteType*> seen_types_;
};

}  // namespace

void Builder::report_lock_changes(DeckJob& job) {
  LockFile& lock = job.repository().lock;
  const std::string path = lock.path().generic_string();
  const std::string fix = "run `deckpress build` and commit the lock file";
  const Deck& deck = job.compiled->deck;
  if (!lock.exists()) {
    job.diagnostics.error(deck.pos, fmt::format("{} is missing: {}", path, fix));
    return;
  }
  StampPlaces places(*job.compiled);
  for (const auto& stamp : job.stamps.stamps) {
    const StampPlaces::Place* place = places.place_of(stamp);
    const SourcePos& pos = place ? *place->pos : deck.pos;
    if (stamp.kind == "notetype")
      job.diagnostics.error(pos, fmt::format("note type '{}' {} {}: {}", place ? place->type->key : stamp.key,
                                             stamp.added ? "is not in" : "changed since it was written to", path, fix));
    else
      job.diagnostics.error(pos, fmt::format("this note {} {}: {}",
                                             stamp.added ? "is not in" : "changed since it was written to", path, fix));
  }
  if (!job.stamps.forgotten.empty())
    job.diagnostics.error(deck.pos, fmt::format("{} has {} note(s) of this deck that it no longer holds: {}", path,
                                                job.stamps.forgotten.size(), fix));
}

}  // namespace deckpress::pipeline
