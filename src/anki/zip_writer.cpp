#include "anki/zip_writer.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include "support/file_descriptor.h"

namespace deckpress::anki {
namespace {

// MS-DOS date 1980-01-01 00:00, the earliest a ZIP entry can carry.
constexpr zip_uint16_t dos_time_midnight = 0;
constexpr zip_uint16_t dos_date_1980_01_01 = (0 << 9) | (1 << 5) | 1;
// A regular file, rw-r--r--, as Unix zip tools record it.
constexpr zip_uint32_t unix_attributes = 0100644u << 16;

// Moves `position` as libzip's seek arguments say, within a file of `size`.
zip_int64_t seek(zip_uint64_t& position, zip_uint64_t size, void* data, zip_uint64_t length, zip_error_t& error) {
  zip_int64_t to = zip_source_seek_compute_offset(position, size, data, length, &error);
  if (to < 0) return -1;
  position = static_cast<zip_uint64_t>(to);
  return 0;
}

zip_int64_t fail_with_errno(zip_error_t& error, int code) {
  zip_error_set(&error, code, errno);
  return -1;
}

[[noreturn]] void fail_with(const std::string& what, zip_error_t& error) {
  const std::string message = what + ": " + zip_error_strerror(&error);
  zip_error_fini(&error);
  throw std::runtime_error(message);
}

}  // namespace

ZipWriter::ZipWriter(int deflate_level, int fd) : deflate_level_(deflate_level) {
  written_.fd = fd;
  zip_error_init(&written_.error);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* archive = zip_source_function_create(write_archive, &written_, &error);
  if (!archive) fail_with("cannot start the package", error);
  archive_.reset(zip_open_from_source(archive, ZIP_TRUNCATE, &error));
  if (!archive_) {
    zip_source_free(archive);
    fail_with("cannot start the package", error);
  }
  zip_error_fini(&error);
}

ZipWriter::~ZipWriter() { zip_error_fini(&written_.error); }

// The archive as a libzip source over the file: it starts empty, and libzip
// writes it (seeking back to complete headers) when the archive is closed.
zip_int64_t ZipWriter::write_archive(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto& [fd, size, at, read_at, error] = *static_cast<Archive*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      read_at = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      ssize_t got = ::pread(fd, data, std::min<zip_uint64_t>(length, size - std::min(read_at, size)),
                            static_cast<off_t>(read_at));
      if (got < 0) return fail_with_errno(error, ZIP_ER_READ);
      read_at += static_cast<zip_uint64_t>(got);
      return got;
    }
    case ZIP_SOURCE_SEEK:
      return seek(read_at, size, data, length, error);
    case ZIP_SOURCE_TELL:
      return static_cast<zip_int64_t>(read_at);
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->valid = ZIP_STAT_SIZE;
      stat->size = size;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_WRITE:
      if (!write_all_at(fd, {static_cast<const char*>(data), length}, at)) return fail_with_errno(error, ZIP_ER_WRITE);
      at += length;
      size = std::max(size, at);
      return static_cast<zip_int64_t>(length);
    case ZIP_SOURCE_SEEK_WRITE:
      return seek(at, size, data, length, error);
    case ZIP_SOURCE_TELL_WRITE:
      return static_cast<zip_int64_t>(at);
    case ZIP_SOURCE_ROLLBACK_WRITE:
    case ZIP_SOURCE_REMOVE:
      if (::ftruncate(fd, 0) != 0) return fail_with_errno(error, ZIP_ER_WRITE);
      size = at = 0;
      return 0;
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_BEGIN_WRITE:
    case ZIP_SOURCE_COMMIT_WRITE:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&error, data, length);
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL,
                                            ZIP_SOURCE_SUPPORTS, ZIP_SOURCE_BEGIN_WRITE,
                                            ZIP_SOURCE_WRITE, ZIP_SOURCE_SEEK_WRITE, ZIP_SOURCE_TELL_WRITE,
                                            ZIP_SOURCE_COMMIT_WRITE, ZIP_SOURCE_ROLLBACK_WRITE,
                                            ZIP_SOURCE_REMOVE, -1);
    default:
      zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
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
  auto& [entry, slice, slice_read] = *static_cast<DeflatedEntry*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:  // once only: the slices are freed as they are read
      return slice == 0 && slice_read == 0 ? 0 : -1;
    case ZIP_SOURCE_READ: {
      zip_uint64_t count = 0;
      while (count < length && slice < entry.slices.size()) {
        std::string& from = entry.slices[slice];
        zip_uint64_t part = std::min<zip_uint64_t>(length - count, from.size() - slice_read);
        std::memcpy(static_cast<char*>(data) + count, from.data() + slice_read, part);
        count += part;
        slice_read += part;
        if (slice_read == from.size()) {
          std::string().swap(from);
          ++slice;
          slice_read = 0;
        }
      }
      return static_cast<zip_int64_t>(count);
    }
    case ZIP_SOURCE_STAT: {
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
      stat->size = entry.size;
      stat->comp_size = entry.deflated_size();
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

void ZipWriter::finish() {
  if (zip_close(archive_.get()) != 0) fail("cannot build the package");
  archive_.release();  // zip_close freed it
  entries_.clear();
  deflated_.clear();
}

void ZipWriter::fail(const std::string& what) const {
  throw std::runtime_error(what + ": " + zip_strerror(archive_.get()));
}

}  // namespace deckpress::anki
