#include "anki/package.h"

#include "anki/collection.h"
#include "anki/deflate.h"
#include "anki/media.h"
#include "anki/package_checks.h"
#include "anki/zip_writer.h"

namespace deckpress::anki {

// Entry order is fixed: collection.anki2, media, then 0, 1, ... by name.
void write_package(PackageInput input, int fd, const PackageOptions& options) {
  check_package_input(input);
  const std::vector<const MediaFile*> media = media_in_entry_order(input.media);
  ZipWriter zip(options.deflate_level, fd);
  Deflated collection;
  // The notes' pages deflate on one core while SQLite, on another, adds the
  // cards and indexes.
  SliceDeflater deflater(options.deflate_level, options.threads);
  with_collection_file(
      input, [&](const ByteSource& notes) { deflater.start_early(notes); },
      [&](const ByteSource& file) { collection = deflater.finish(file); });
  zip.add_deflated("collection.anki2", std::move(collection));
  zip.add_bytes("media", media_map_json(media), Compression::deflate);
  for (size_t i = 0; i < media.size(); ++i) {
    zip.add_file(std::to_string(i), media[i]->source_path, media_compression(media[i]->name));
  }
  zip.finish();
}

}  // namespace deckpress::anki
