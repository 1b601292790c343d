#include "anki/inspect.h"

#include <algorithm>
#include <stdexcept>

#include "anki/inspect_collection.h"
#include "anki/temp_file.h"
#include "anki/zip_reader.h"

namespace deckpress::anki {
namespace {

// Caps against zip bombs: far above any real deck.
constexpr uint64_t max_collection_bytes = uint64_t{2} << 30;
constexpr uint64_t max_media_map_bytes = uint64_t{64} << 20;

// As Anki picks it: collection.anki21 wins over collection.anki2. Packages in
// the newer format hold their notes in collection.anki21b and only a dummy in
// collection.anki2, so reading that would show the wrong notes.
std::string collection_entry(const ZipReader& zip) {
  if (zip.has("collection.anki21")) return "collection.anki21";
  if (zip.has("collection.anki21b")) {
    throw std::runtime_error(
        "this package uses Anki's newer format (collection.anki21b), which deckpress cannot "
        "read; export it again from Anki with \"Support older Anki versions\" ticked");
  }
  if (zip.has("collection.anki2")) return "collection.anki2";
  throw std::runtime_error("not an Anki package: it holds no collection.anki2");
}

std::vector<InspectedMedia> read_media(const ZipReader& zip) {
  std::vector<InspectedMedia> media;
  if (!zip.has("media")) return media;
  try {
    const nlohmann::json map = nlohmann::json::parse(zip.read("media", max_media_map_bytes));
    for (const auto& [entry, name] : map.items()) {
      const std::optional<uint64_t> size = zip.size_of(entry);
      media.push_back({entry, name.get<std::string>(), size.has_value(), size.value_or(0)});
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("the media map is not valid JSON: ") + e.what());
  }
  // Numeric order: "2" before "10".
  std::sort(media.begin(), media.end(), [](const InspectedMedia& a, const InspectedMedia& b) {
    return std::pair(a.entry.size(), a.entry) < std::pair(b.entry.size(), b.entry);
  });
  return media;
}

}  // namespace

PackageContents inspect_package(const std::filesystem::path& apkg) {
  try {
    const ZipReader zip(apkg);
    PackageContents contents;
    contents.collection_entry = collection_entry(zip);
    const TempFile db(std::filesystem::temp_directory_path(), "deckpress-inspect");
    zip.extract(contents.collection_entry, db.path(), max_collection_bytes);
    read_collection(db.path(), contents);
    contents.media = read_media(zip);
    return contents;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(apkg.string() + ": " + e.what());
  }
}

}  // namespace deckpress::anki
