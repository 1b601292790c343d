#include "preview/data_uri.h"

#include <openssl/evp.h>

#include <map>

#include "deck/file_bytes.h"
#include "text/ascii.h"

namespace deckpress::preview {

namespace {

std::string base64(const std::string& bytes) {
  std::string encoded(4 * ((bytes.size() + 2) / 3) + 1, '\0');  // EVP adds a NUL
  int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()),
                               reinterpret_cast<const unsigned char*>(bytes.data()),
                               static_cast<int>(bytes.size()));
  encoded.resize(static_cast<size_t>(length));
  return encoded;
}

}  // namespace

std::string media_type(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> types = {
      {".apng", "image/apng"}, {".avif", "image/avif"},   {".bmp", "image/bmp"},
      {".flac", "audio/flac"}, {".gif", "image/gif"},     {".ico", "image/x-icon"},
      {".jpeg", "image/jpeg"}, {".jpg", "image/jpeg"},    {".m4a", "audio/mp4"},
      {".mp3", "audio/mpeg"},  {".mp4", "video/mp4"},     {".oga", "audio/ogg"},
      {".ogg", "audio/ogg"},   {".ogv", "video/ogg"},     {".opus", "audio/ogg"},
      {".png", "image/png"},   {".svg", "image/svg+xml"}, {".wav", "audio/wav"},
      {".webm", "video/webm"}, {".webp", "image/webp"},
  };
  std::string extension = file.extension().string();
  for (char& c : extension) c = text::ascii_lower(c);
  auto found = types.find(extension);
  return found == types.end() ? "application/octet-stream" : found->second;
}

std::optional<std::string> data_uri(const std::filesystem::path& file) {
  auto bytes = read_file_bytes(file);
  if (!bytes) return std::nullopt;
  return "data:" + media_type(file) + ";base64," + base64(*bytes);
}

}  // namespace deckpress::preview
