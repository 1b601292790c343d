#include "package/zip_reader.h"

#include <array>
#include <fstream>
#include <stdexcept>

namespace deckpress::package {
namespace {

// More entries than any real deck has; beyond it the archive is refused.
constexpr zip_int64_t max_entries = 1'000'000;

std::string libzip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

}  // namespace

ZipReader::ZipReader(const std::filesystem::path& archive) {
  int code = 0;
  archive_.reset(zip_open(archive.c_str(), ZIP_RDONLY, &code));
  if (!archive_) throw std::runtime_error("not a readable ZIP file: " + libzip_message(code));
  if (zip_get_num_entries(archive_.get(), 0) > max_entries) {
    throw std::runtime_error("too many entries in the ZIP file");
  }
}

bool ZipReader::has(const std::string& name) const {
  return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0;
}

std::optional<uint64_t> ZipReader::size_of(const std::string& name) const {
  zip_stat_t stat;
  if (zip_stat(archive_.get(), name.c_str(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    return std::nullopt;
  }
  return stat.size;
}

zip_uint64_t ZipReader::index_of(const std::string& name) const {
  const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
  if (index < 0) throw std::runtime_error("no entry named \"" + name + "\"");
  return static_cast<zip_uint64_t>(index);
}

void ZipReader::stream(const std::string& name, uint64_t limit, const ByteSink& sink) const {
  const zip_uint64_t index = index_of(name);
  if (const auto stated = size_of(name); stated && *stated > limit)
    throw std::runtime_error("entry " + name + " holds " + std::to_string(*stated) +
                             " bytes, more than the limit of " + std::to_string(limit));
  struct CloseEntry {
    void operator()(zip_file_t* entry) const { zip_fclose(entry); }
  };
  std::unique_ptr<zip_file_t, CloseEntry> entry(zip_fopen_index(archive_.get(), index, 0));
  if (!entry) throw std::runtime_error("cannot open " + name + ": " + zip_strerror(archive_.get()));
  std::array<char, 1 << 16> buffer;
  uint64_t total = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(entry.get(), buffer.data(), buffer.size());
    if (got < 0)
      throw std::runtime_error("cannot read " + name + ": " + zip_file_strerror(entry.get()));
    if (got == 0) return;
    total += static_cast<uint64_t>(got);
    if (total > limit) throw std::runtime_error("entry " + name + " expands beyond the size limit");
    sink(buffer.data(), static_cast<size_t>(got));
  }
}

std::string ZipReader::read(const std::string& name, uint64_t limit) const {
  std::string bytes;
  stream(name, limit, [&](const char* data, size_t size) { bytes.append(data, size); });
  return bytes;
}

void ZipReader::extract(const std::string& name, const std::filesystem::path& to,
                        uint64_t limit) const {
  std::ofstream out(to, std::ios::binary | std::ios::trunc);
  stream(name, limit,
       [&](const char* data, size_t size) { out.write(data, static_cast<std::streamsize>(size)); });
  out.close();
  if (!out) throw std::runtime_error("cannot write " + to.string());
}

}  // namespace deckpress::package
