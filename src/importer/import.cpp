#include "importer/import.h"

#include <set>

#include <fmt/format.h>

#include "anki/content_hash.h"
#include "anki/lock.h"
#include "deck/file_bytes.h"
#include "deck/limits.h"
#include "importer/deck_file.h"
#include "package/read.h"
#include "support/parallel.h"

namespace deckpress::importer {

namespace fs = std::filesystem;

namespace {

const std::string decks_folder = "decks";
const std::string lock_path = decks_folder + "/deckpress.lock";

// The package's file name for the deck files' first comment, kept to one line.
std::string comment_name(const fs::path& package) {
  std::string name = package.filename().string();
  for (char& c : name)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  return name;
}

// The note types the deck files name, by folder name: those the imported
// notes use, and those no note uses that the first deck file carries.
std::map<std::string, const NoteTypeFolder*> written_note_types(const Plan& plan) {
  std::map<std::string, const NoteTypeFolder*> written;
  for (const DeckFile& deck : plan.decks) {
    for (const ImportedNote& note : deck.notes) written.emplace(note.type->type.key, note.type);
    for (const NoteTypeFolder* folder : deck.unused_note_types) written.emplace(folder->type.key, folder);
  }
  return written;
}

std::vector<OutputFile> output_files(const Plan& plan, const package::PackageReader& reader,
                                     const fs::path& package, bool markdown) {
  std::vector<OutputFile> files;
  for (const DeckFile& deck : plan.decks) {
    auto text = std::make_shared<std::string>(deck_file_text(deck, comment_name(package), markdown));
    files.push_back({fmt::format("{}/{}.toml", decks_folder, deck.stem), [text] { return *text; }});
  }
  for (const auto& [key, folder] : written_note_types(plan))
    for (auto& [name, bytes] : note_type_files(*folder))
      files.push_back({fmt::format("{}/templates/{}/{}", decks_folder, key, name), [bytes = bytes] { return bytes; }});
  for (const package::Media* file : plan.media)
    files.push_back({fmt::format("{}/{}/{}", decks_folder, media_folder_name, file->name),
                     [&reader, file] { return reader.media_bytes(*file); }});
  return files;
}

using LockEntries = std::vector<std::tuple<std::string, std::string, anki::LockEntry>>;

// The entries a first build finds unchanged: each note's content as the
// build will hash it (its HTML is kept byte for byte), added when Anki made
// it, modified when Anki last changed it. The hashes are made on every core.
LockEntries lock_entries(const Plan& plan, const package::Package& package) {
  std::vector<std::pair<const DeckFile*, const ImportedNote*>> notes;
  for (const DeckFile& deck : plan.decks)
    for (const ImportedNote& note : deck.notes) notes.emplace_back(&deck, &note);
  LockEntries entries(notes.size());
  parallel_for(notes.size(), core_count(), [&](size_t i) {
    const auto& [deck, note] = notes[i];
    const package::Note& anki = *note->note;
    entries[i] = {"note", anki.guid,
                  anki::LockEntry{deck->stem, anki::note_content_hash(note->type->type.name, anki.fields, note->tags),
                                  anki.id / 1000, anki.mod}};
  });
  for (const auto& [key, folder] : written_note_types(plan)) {
    const int64_t mod = package.note_type(*folder->type.id)->mod;
    entries.emplace_back("notetype", std::to_string(*folder->type.id),
                         anki::LockEntry{"-", anki::note_type_content_hash(folder->type), mod, mod});
  }
  return entries;
}

// The folder's lock with the imported entries; an entry that already says
// something else is a conflict unless forced.
anki::Lock merged_lock(const Plan& plan, const package::Package& package, const ImportOptions& options,
                       std::vector<std::string>& conflicts) {
  anki::Lock lock;
  const fs::path path = options.repository / lock_path;
  if (auto text = read_file_bytes(path)) {
    Diagnostics problems;
    auto parsed = anki::Lock::parse(*text, path.generic_string(), problems);
    if (!parsed) throw repository_error(problems);
    lock = std::move(*parsed);
  }
  size_t differing = 0;
  for (const auto& [kind, key, entry] : lock_entries(plan, package)) {
    const anki::LockEntry* known = lock.find(kind, key);
    if (known && !(*known == entry) && !options.force) ++differing;
    else lock.put(kind, key, entry);
  }
  if (differing > 0) conflicts.push_back(fmt::format("{} ({} entries)", lock_path, differing));
  return lock;
}

void add_warnings(const Plan& plan, ImportSummary& summary) {
  for (const auto& [key, folder] : written_note_types(plan))
    if (folder->type.verbatim)
      summary.warnings.push_back(fmt::format(
          "note type '{}' is kept verbatim ({}): its templates are packaged unchanged, but deckpress cannot "
          "check them or show them exactly in previews and on the sheet",
          folder->type.name, fmt::join(folder->verbatim_reasons, "; ")));
  for (const package::Media* file : plan.media)
    if (file->size > Limits{}.media_file_bytes)
      summary.warnings.push_back(fmt::format("media file '{}' is larger than a build's limit of {}; builds will refuse it",
                                             file->name, describe_limit(Limits{}.media_file_bytes)));
  summary.warnings.insert(summary.warnings.end(), plan.warnings.begin(), plan.warnings.end());
}

}  // namespace

ImportSummary import_package(const fs::path& package, const ImportOptions& options) {
  const package::PackageReader reader(package);
  const package::Package contents = reader.read();
  Plan plan = make_plan(contents, scan_repository(options.repository / decks_folder));
  ImportSummary summary;
  if (options.markdown) summary.markdown = convert_to_markdown(plan);
  std::vector<OutputFile> files = output_files(plan, reader, package, options.markdown);
  const RepositoryWriter writer(options.repository, options.force);
  std::vector<std::string> conflicts = writer.conflicts(files);
  anki::Lock lock = merged_lock(plan, contents, options, conflicts);
  if (!conflicts.empty()) throw ImportConflict(conflicts);
  auto lock_text = std::make_shared<std::string>(lock.serialize());
  files.push_back({lock_path, [lock_text] { return *lock_text; }});
  summary.written = writer.write(files);
  for (const DeckFile& deck : plan.decks) {
    summary.deck_files.push_back(fmt::format("{}/{}.toml", decks_folder, deck.stem));
    summary.notes += deck.notes.size();
  }
  summary.note_types = written_note_types(plan).size();
  summary.media_files = plan.media.size();
  add_warnings(plan, summary);
  return summary;
}

}  // namespace deckpress::importer
