#pragma once
// Raw message digests through OpenSSL's EVP interface.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace deckpress::anki {

std::string sha1_digest(std::string_view bytes);    // 20 raw bytes
std::string sha256_digest(std::string_view bytes);  // 32 raw bytes

// SHA-256 of bytes that come a piece at a time, with a context of its own:
// several can be under way at once.
class Sha256Stream {
 public:
  Sha256Stream();
  void add(std::string_view bytes);
  std::string hex();  // ends the stream

 private:
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context_;
};

// The SHA-256 of a file's bytes in hex, read a block at a time so that a
// large file is never whole in memory; nothing when it cannot be read.
std::optional<std::string> file_sha256_hex(const std::filesystem::path& file);

// The first 8 bytes of a digest as a big-endian integer.
uint64_t leading_u64(std::string_view digest);

}  // namespace deckpress::anki
