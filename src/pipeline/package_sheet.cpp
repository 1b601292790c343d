#include "pipeline/package_sheet.h"

#include <stdlib.h>

#include <fstream>
#include <stdexcept>

#include "pipeline/printable_package.h"
#include "pipeline/sheet_input.h"
#include "text/ascii.h"

namespace deckpress::pipeline {
namespace {

namespace fs = std::filesystem;

// A folder for the package's pictures while the sheet is made.
class MediaFolder {
 public:
  MediaFolder() {
    std::string pattern = (fs::temp_directory_path() / "deckpress-print-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
      throw std::runtime_error("cannot make a folder in " + fs::temp_directory_path().string());
    }
    path_ = pattern;
  }
  ~MediaFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  MediaFolder(const MediaFolder&) = delete;
  MediaFolder& operator=(const MediaFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

bool runs_script(const std::string& html) {
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    if (text::istarts_with(std::string_view(html).substr(at), "<script")) return true;
  }
  return false;
}

void warn_about_scripts(const PrintablePackage& package, const SourcePos& where, Diagnostics& diagnostics) {
  for (const NoteType& type : package.note_types) {
    for (const Template& tmpl : type.templates) {
      if (runs_script(tmpl.front) || runs_script(tmpl.back)) {
        diagnostics.warning(where, "note type '" + type.name + "' runs JavaScript in its templates; its cards print "
                                   "their HTML as it is, without what the script would show");
        break;
      }
    }
  }
}

// The top deck all cards are in, or else the file's name.
std::string title_of(const PrintablePackage& package, const fs::path& path) {
  std::string title;
  for (const PackageNote& note : package.notes) {
    std::string root = note.deck.substr(0, note.deck.find("::"));
    if (!title.empty() && root != title) return path.stem().string();
    title = root;
  }
  return title.empty() ? path.stem().string() : title;
}

// Unpacks the pictures named; one that cannot be is reported and printed as its name.
MediaFiles unpack(const PrintablePackage& package, const std::set<std::string>& names, const fs::path& folder,
                  const SourcePos& where, Diagnostics& diagnostics) {
  MediaFiles files;
  for (const std::string& name : names) {
    auto member = package.media.find(name);
    if (member == package.media.end()) continue;  // the sheet reports it as missing
    try {
      fs::path file = folder / member->second;
      std::ofstream(file, std::ios::binary) << package.media_bytes(member->second);
      files[name] = file;
    } catch (const std::runtime_error& error) {
      diagnostics.warning(where, "image '" + name + "': " + error.what());
    }
  }
  return files;
}

}  // namespace

std::optional<std::string> package_sheet(const fs::path& path, const Selection& selection,
                                         const print::SheetOptions& options, Diagnostics& diagnostics,
                                         print::MathTypesetter* math) {
  PrintablePackage package = read_printable_package(path);
  SourcePos where{path.string()};
  warn_about_scripts(package, where, diagnostics);
  SheetSource source;
  source.title = title_of(package, path);
  for (const PackageNote& note : package.notes) {
    source.notes.push_back(SheetNote{{"", note.guid, &note.tags, ""}, &package.note_types[note.type],
                                     &note.fields_html, note.deck, note.ords, where});
  }
  MediaFolder folder;
  source.fetch_media = [&](const std::set<std::string>& names) {
    return unpack(package, names, folder.path(), where, diagnostics);
  };
  return source_sheet(source, selection, options, diagnostics, math);
}

}  // namespace deckpress::pipeline
