#include "anki/package.h"

#include "anki/collection.h"
#include "anki/media.h"
#include "anki/package_checks.h"
#include "anki/temp_file.h"
#include "anki/zip_writer.h"

namespace deckpress::anki {

// Entry order is fixed: collection.anki2, media, then 0, 1, ... by name.
void write_package(const PackageInput& input, const std::filesystem::path& out,
                   const PackageOptions& options) {
  check_package_input(input);
  const std::filesystem::path directory = std::filesystem::absolute(out).parent_path();
  const TempFile db(directory, "." + out.filename().string() + ".collection");
  write_collection(input, db.path());

  const std::vector<const MediaFile*> media = media_in_entry_order(input.media);
  ZipWriter zip(out, options.deflate_level);
  zip.add_file("collection.anki2", db.path(), Compression::deflate);
  zip.add_text("media", media_map_json(media), Compression::deflate);
  for (size_t i = 0; i < media.size(); ++i) {
    zip.add_file(std::to_string(i), media[i]->source_path, media_compression(media[i]->name));
  }
  zip.close();
}

}  // namespace deckpress::anki
