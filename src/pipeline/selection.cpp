#include "pipeline/selection.h"

#include <numeric>
#include <random>
#include <set>
#include <stdexcept>

#include "anki/lock.h"
#include "deck/file_bytes.h"
#include "pipeline/git_show.h"
#include "pipeline/tag_expression.h"

namespace deckpress::pipeline {
namespace {

constexpr const char* kLockName = "deckpress.lock";

std::string lock_text(const std::string& changed_since, const std::filesystem::path& dir) {
  std::filesystem::path given(changed_since);
  if (std::filesystem::is_regular_file(given)) {
    auto text = read_file_bytes(given);
    if (!text) throw std::runtime_error(changed_since + ": cannot be read");
    return *text;
  }
  return git_show(dir, changed_since, kLockName);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Reports the ids that name no note; returns the ones to keep.
std::set<std::string> wanted_ids(const std::vector<SelectableNote>& notes, const Selection& selection,
                                 const SourcePos& pos, Diagnostics& diagnostics) {
  std::set<std::string> known;
  for (const SelectableNote& note : notes) {
    if (!note.id.empty()) known.insert(note.id);
    known.insert(note.guid);
  }
  std::vector<std::string> unknown;
  for (const std::string& id : selection.notes) {
    if (!known.count(id)) unknown.push_back(id);
  }
  if (!unknown.empty()) {
    diagnostics.warning(pos, "--notes: no note of this deck has the id " + joined(unknown));
  }
  return {selection.notes.begin(), selection.notes.end()};
}

}  // namespace

std::string Selection::describe() const {
  std::vector<std::string> parts;
  if (!tags.empty()) parts.push_back("tags \"" + tags + "\"");
  if (!notes.empty()) parts.push_back("notes " + joined(notes));
  if (!changed_since.empty()) parts.push_back("changed since " + changed_since);
  if (shuffle) parts.push_back("shuffled with seed " + std::to_string(*shuffle));
  return joined(parts);
}

anki::Lock lock_at(const std::string& changed_since, const std::filesystem::path& dir) {
  Diagnostics problems;
  auto lock = anki::Lock::parse(lock_text(changed_since, dir), changed_since, problems);
  if (lock) return std::move(*lock);
  const Diagnostic& first = problems.all().front();
  throw std::runtime_error("--changed-since " + changed_since + ": line " + std::to_string(first.pos.line) + ": " +
                           first.message);
}

std::vector<size_t> select_notes(const std::vector<SelectableNote>& notes, const Selection& selection,
                                 const anki::Lock* earlier, const SourcePos& pos, Diagnostics& diagnostics) {
  std::optional<TagExpression> tags;
  if (!selection.tags.empty()) {
    tags = TagExpression::parse(selection.tags, pos, diagnostics);
    if (!tags) return {};
  }
  std::set<std::string> ids;
  if (!selection.notes.empty()) ids = wanted_ids(notes, selection, pos, diagnostics);
  std::vector<size_t> chosen;
  for (size_t i = 0; i < notes.size(); ++i) {
    const SelectableNote& note = notes[i];
    if (tags && !tags->matches(*note.tags)) continue;
    if (!ids.empty() && !ids.count(note.id) && !ids.count(note.guid)) continue;
    if (earlier) {
      const anki::LockEntry* before = earlier->find("note", note.guid);
      if (before && before->hash == note.content_hash) continue;
    }
    chosen.push_back(i);
  }
  return chosen;
}

std::vector<size_t> print_order(size_t count, const std::optional<uint64_t>& seed) {
  std::vector<size_t> order(count);
  std::iota(order.begin(), order.end(), 0);
  if (!seed) return order;
  // mt19937_64's numbers are fixed by the C++ standard; the draws are
  // reduced without bias by hand, as std::uniform_int_distribution's are
  // not the same in every standard library.
  std::mt19937_64 random(*seed);
  for (size_t i = count; i > 1; --i) {
    uint64_t bound = i;
    uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    uint64_t draw;
    do {
      draw = random();
    } while (draw >= limit);
    std::swap(order[i - 1], order[static_cast<size_t>(draw % bound)]);
  }
  return order;
}

}  // namespace deckpress::pipeline
