#include "package/read.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "package/anki_messages.h"
#include "package/collection.h"
#include "package/media_names.h"
#include "package/protobuf.h"
#include "package/temp_file.h"
#include "package/zip_reader.h"
#include "package/zstd.h"

namespace deckpress::package {
namespace {

constexpr uint64_t max_meta_bytes = 1024;

const char* collection_member(Format format) {
  switch (format) {
    case Format::legacy1: return "collection.anki2";
    case Format::legacy2: return "collection.anki21";
    case Format::latest: return "collection.anki21b";
  }
  return "";
}

// As Anki picks it: `meta` names the version; without it collection.anki21
// wins over collection.anki2. A current package also holds a collection.anki2,
// a stub whose one note asks to update Anki: it is never read.
Format package_format(const ZipReader& zip) {
  if (zip.has("meta")) {
    std::optional<int64_t> version;
    try {
      version = decode_package_version(zip.read("meta", max_meta_bytes));
    } catch (const ProtobufError& e) {
      throw std::runtime_error(std::string("the meta member is malformed: ") + e.what());
    }
    if (version == 1) return Format::legacy1;
    if (version == 2) return Format::legacy2;
    if (version == 3) return Format::latest;
    throw std::runtime_error("the meta member says the package is of version " +
                             (version ? std::to_string(*version) : std::string("0")) +
                             ", newer than deckpress reads (1 to 3)");
  }
  if (zip.has("collection.anki21")) return Format::legacy2;
  if (zip.has("collection.anki2")) return Format::legacy1;
  throw std::runtime_error("not an Anki package: it holds no collection.anki2");
}

// SQLite opens a collection in WAL mode (as current Anki leaves it) only with
// a -shm file beside it; the header's two version bytes say rollback instead.
void use_rollback_journal(const std::filesystem::path& db) {
  std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
  char versions[2];
  if (!file.seekg(18).read(versions, 2)) return;  // too short: SQLite says what is wrong
  if (versions[0] == 2 || versions[1] == 2) file.seekp(18).write("\x01\x01", 2);
}

std::vector<Media> read_legacy_media(const ZipReader& zip, uint64_t limit) {
  std::vector<Media> media;
  try {
    const nlohmann::json map = nlohmann::json::parse(zip.read("media", limit));
    for (const auto& [member, name] : map.items()) {
      if (member.empty() || member.find_first_not_of("0123456789") != std::string::npos)
        throw std::runtime_error("the media map names member \"" + member + "\", which is not a number");
      const std::optional<uint64_t> size = zip.size_of(member);
      media.push_back({member, name.get<std::string>(), size.has_value(), size.value_or(0)});
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("the media map is not valid JSON: ") + e.what());
  }
  return media;
}

std::vector<Media> read_latest_media(const ZipReader& zip, uint64_t limit) {
  std::vector<MediaEntry> entries;
  try {
    entries = decode_media_entries(zstd_decode(zip.read("media", limit), "the media map", limit));
  } catch (const ProtobufError& e) {
    throw std::runtime_error(std::string("the media map is malformed: ") + e.what());
  }
  std::vector<Media> media;
  for (size_t i = 0; i < entries.size(); ++i) {
    const MediaEntry& entry = entries[i];
    const std::string member = std::to_string(entry.legacy_zip_filename.value_or(i));
    media.push_back({member, entry.name, zip.has(member), entry.size});
  }
  return media;
}

// Every name must be one plain file name, as Anki requires: a name that
// would climb out of the media folder refuses the whole package.
void check_media_names(const std::vector<Media>& media) {
  std::set<std::string> seen;
  for (const Media& file : media) {
    if (!is_plain_file_name(file.name))
      throw std::runtime_error("the media map names member " + file.member + " \"" + file.name +
                               "\", which is not a plain file name");
    if (!seen.insert(file.name).second)
      throw std::runtime_error("the media map names \"" + file.name + "\" twice");
  }
}

}  // namespace

PackageReader::PackageReader(const std::filesystem::path& path, const ReadLimits& limits)
    : path_(path), limits_(limits) {
  try {
    zip_ = std::make_unique<ZipReader>(path);
    format_ = package_format(*zip_);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path_.string() + ": " + e.what());
  }
}

PackageReader::~PackageReader() = default;

Package PackageReader::read() const {
  try {
    Package package;
    package.format = format_;
    package.collection_member = collection_member(format_);
    if (!zip_->has(package.collection_member))
      throw std::runtime_error("the package holds no " + package.collection_member);
    const TempFile db(std::filesystem::temp_directory_path(), "deckpress-read");
    if (format_ == Format::latest) {
      std::ofstream out(db.path(), std::ios::binary | std::ios::trunc);
      ZstdDecoder decoder(package.collection_member, limits_.collection_bytes,
                          [&](const char* data, size_t size) { out.write(data, static_cast<std::streamsize>(size)); });
      zip_->stream(package.collection_member, limits_.collection_bytes,
                   [&](const char* data, size_t size) { decoder.feed(data, size); });
      decoder.finish();
      out.close();
      if (!out) throw std::runtime_error("cannot write " + db.path().string());
    } else {
      zip_->extract(package.collection_member, db.path(), limits_.collection_bytes);
    }
    use_rollback_journal(db.path());
    read_collection(db.path(), package);
    if (zip_->has("media")) {
      package.media = format_ == Format::latest ? read_latest_media(*zip_, limits_.media_map_bytes)
                                                : read_legacy_media(*zip_, limits_.media_map_bytes);
    }
    check_media_names(package.media);
    // Numeric order: "2" before "10".
    std::sort(package.media.begin(), package.media.end(), [](const Media& a, const Media& b) {
      return std::pair(a.member.size(), a.member) < std::pair(b.member.size(), b.member);
    });
    return package;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path_.string() + ": " + e.what());
  }
}

std::string PackageReader::media_bytes(const Media& file) const {
  try {
    if (format_ != Format::latest) return zip_->read(file.member, limits_.media_file_bytes);
    std::string bytes;
    ZstdDecoder decoder("media member " + file.member, limits_.media_file_bytes,
                        [&](const char* data, size_t size) { bytes.append(data, size); });
    zip_->stream(file.member, limits_.media_file_bytes,
                 [&](const char* data, size_t size) { decoder.feed(data, size); });
    decoder.finish();
    return bytes;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path_.string() + ": media file \"" + file.name + "\": " + e.what());
  }
}

Package read_package(const std::filesystem::path& path) { return PackageReader(path).read(); }

}  // namespace deckpress::package
