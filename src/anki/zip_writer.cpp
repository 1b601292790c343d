#include "anki/zip_writer.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace deckpress::anki {
namespace {

// MS-DOS date 1980-01-01 00:00, the earliest a ZIP entry can carry.
constexpr zip_uint16_t dos_time_midnight = 0;
constexpr zip_uint16_t dos_date_1980_01_01 = (0 << 9) | (1 << 5) | 1;
// A regular file, rw-r--r--, as Unix zip tools record it.
constexpr zip_uint32_t unix_attributes = 0100644u << 16;

[[noreturn]] void fail_with(const std::string& what, zip_error_t& error) {
  const std::string message = what + ": " + zip_error_strerror(&error);
  zip_error_fini(&error);
  throw std::runtime_error(message);
}

// Everything the source holds, read after the archive was closed into it.
std::string contents(zip_source_t* source) {
  zip_stat_t stat;
  if (zip_source_stat(source, &stat) != 0 || zip_source_open(source) != 0) {
    throw std::runtime_error("cannot read back the package built in memory");
  }
  std::string bytes(stat.size, '\0');
  const zip_int64_t read = zip_source_read(source, bytes.data(), bytes.size());
  zip_source_close(source);
  if (read != static_cast<zip_int64_t>(bytes.size())) {
    throw std::runtime_error("cannot read back the package built in memory");
  }
  return bytes;
}

}  // namespace

ZipWriter::ZipWriter(int deflate_level) : deflate_level_(deflate_level) {
  zip_error_t error;
  zip_error_init(&error);
  buffer_.reset(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer_) fail_with("cannot start a package in memory", error);
  archive_.reset(zip_open_from_source(buffer_.get(), ZIP_TRUNCATE, &error));
  if (!archive_) fail_with("cannot start a package in memory", error);
  zip_source_keep(buffer_.get());
  zip_error_fini(&error);
}

void ZipWriter::add_file(const std::string& name, const std::filesystem::path& source,
                         Compression how) {
  zip_source_t* data = zip_source_file(archive_.get(), source.c_str(), 0, 0);
  if (!data) fail("cannot read " + source.string());
  add(name, data, how);
}

void ZipWriter::add_bytes(const std::string& name, std::string bytes, Compression how) {
  const std::string& kept = entries_.emplace_back(std::move(bytes));
  zip_source_t* data = zip_source_buffer(archive_.get(), kept.data(), kept.size(), 0);
  if (!data) fail("cannot add " + name);
  add(name, data, how);
}

// A libzip source for data deflated beforehand: its stat says so, with the
// size and CRC of the original, so libzip stores the bytes as they are.
zip_int64_t ZipWriter::read_deflated(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto& [entry, offset] = *static_cast<DeflatedEntry*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      offset = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      zip_uint64_t count = std::min<zip_uint64_t>(length, entry.data.size() - offset);
      std::memcpy(data, entry.data.data() + offset, count);
      offset += count;
      return static_cast<zip_int64_t>(count);
    }
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
      stat->size = entry.size;
      stat->comp_size = entry.data.size();
      stat->comp_method = ZIP_CM_DEFLATE;
      stat->crc = entry.crc32;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
  }
}

void ZipWriter::add_deflated(const std::string& name, Deflated deflated) {
  DeflatedEntry& kept = deflated_.emplace_back(DeflatedEntry{std::move(deflated)});
  zip_source_t* data = zip_source_function(archive_.get(), read_deflated, &kept);
  if (!data) fail("cannot add " + name);
  add(name, data, Compression::deflate);
}

void ZipWriter::add(const std::string& name, zip_source_t* data, Compression how) {
  zip_t* archive = archive_.get();
  const zip_int64_t index = zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(data);
    fail("cannot add " + name);
  }
  const auto entry = static_cast<zip_uint64_t>(index);
  const bool stored = how == Compression::store;
  const zip_int32_t method = stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
  const auto level = static_cast<zip_uint32_t>(stored ? 0 : deflate_level_);
  if (zip_file_set_dostime(archive, entry, dos_time_midnight, dos_date_1980_01_01, 0) != 0 ||
      zip_file_set_external_attributes(archive, entry, 0, ZIP_OPSYS_UNIX, unix_attributes) != 0 ||
      zip_set_file_compression(archive, entry, method, level) != 0) {
    fail("cannot set the attributes of " + name);
  }
}

std::string ZipWriter::finish() {
  if (zip_close(archive_.get()) != 0) fail("cannot build the package");
  archive_.release();  // zip_close freed it
  entries_.clear();
  deflated_.clear();
  return contents(buffer_.get());
}

void ZipWriter::fail(const std::string& what) const {
  throw std::runtime_error(what + ": " + zip_strerror(archive_.get()));
}

}  // namespace deckpress::anki
