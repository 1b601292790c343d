#include "anki/zip_writer.h"

#include <stdexcept>

namespace deckpress::anki {
namespace {

// MS-DOS date 1980-01-01 00:00, the earliest a ZIP entry can carry.
constexpr zip_uint16_t dos_time_midnight = 0;
constexpr zip_uint16_t dos_date_1980_01_01 = (0 << 9) | (1 << 5) | 1;
// A regular file, rw-r--r--, as Unix zip tools record it.
constexpr zip_uint32_t unix_attributes = 0100644u << 16;

}  // namespace

ZipWriter::ZipWriter(const std::filesystem::path& out, int deflate_level)
    : out_(out), deflate_level_(deflate_level) {
  int error = 0;
  archive_.reset(zip_open(out.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
  if (!archive_) {
    zip_error_t details;
    zip_error_init_with_code(&details, error);
    const std::string message = zip_error_strerror(&details);
    zip_error_fini(&details);
    throw std::runtime_error("cannot create " + out.string() + ": " + message);
  }
}

void ZipWriter::add_file(const std::string& name, const std::filesystem::path& source,
                         Compression how) {
  zip_source_t* data = zip_source_file(archive_.get(), source.c_str(), 0, 0);
  if (!data) fail("cannot read " + source.string());
  add(name, data, how);
}

void ZipWriter::add_text(const std::string& name, std::string text, Compression how) {
  const std::string& kept = texts_.emplace_back(std::move(text));
  zip_source_t* data = zip_source_buffer(archive_.get(), kept.data(), kept.size(), 0);
  if (!data) fail("cannot add " + name);
  add(name, data, how);
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

void ZipWriter::close() {
  if (zip_close(archive_.get()) != 0) fail("cannot write");
  archive_.release();  // zip_close freed it
  texts_.clear();
}

void ZipWriter::fail(const std::string& what) const {
  throw std::runtime_error(what + " in " + out_.string() + ": " + zip_strerror(archive_.get()));
}

}  // namespace deckpress::anki
