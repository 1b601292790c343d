#include "anki/digest.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <memory>
#include <stdexcept>

#include "anki/ids.h"
#include "support/file_descriptor.h"

namespace deckpress::anki {
namespace {

using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// A context per thread, reused: EVP_Digest makes and frees one per call,
// which costs more than hashing a note's few hundred bytes.
EVP_MD_CTX* thread_context() {
  thread_local Context context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context) throw std::runtime_error("OpenSSL could not make a digest context");
  return context.get();
}

std::string finish(EVP_MD_CTX* context) {
  std::string out(EVP_MAX_MD_SIZE, '\0');
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(context, reinterpret_cast<unsigned char*>(out.data()), &size) != 1)
    throw std::runtime_error("OpenSSL could not compute a digest");
  out.resize(size);
  return out;
}

std::string digest(const EVP_MD* algorithm, std::string_view bytes) {
  EVP_MD_CTX* context = thread_context();
  if (EVP_DigestInit_ex(context, algorithm, nullptr) != 1 ||
      EVP_DigestUpdate(context, bytes.data(), bytes.size()) != 1)
    throw std::runtime_error("OpenSSL could not compute a digest");
  return finish(context);
}

std::string to_hex(std::string_view raw) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(raw.size() * 2);
  for (unsigned char byte : raw) {
    hex += digits[byte >> 4];
    hex += digits[byte & 0xf];
  }
  return hex;
}

// Fetched once: OpenSSL 3 otherwise looks the algorithm up on every call
// (4 % of a 10,000-note build, more than hashing the notes' fields).
const EVP_MD* fetched(const char* name) {
  const EVP_MD* algorithm = EVP_MD_fetch(nullptr, name, nullptr);
  if (!algorithm) throw std::runtime_error(std::string("OpenSSL has no ") + name);
  return algorithm;
}

const EVP_MD* sha256() {
  static const EVP_MD* const algorithm = fetched("SHA256");
  return algorithm;
}

}  // namespace

std::string sha1_digest(std::string_view bytes) {
  static const EVP_MD* const sha1 = fetched("SHA1");
  return digest(sha1, bytes);
}

std::string sha256_digest(std::string_view bytes) { return digest(sha256(), bytes); }

Sha256Stream::Sha256Stream() : context_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
  if (!context_ || EVP_DigestInit_ex(context_.get(), sha256(), nullptr) != 1)
    throw std::runtime_error("OpenSSL could not start a digest");
}

void Sha256Stream::add(std::string_view bytes) {
  if (EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size()) != 1)
    throw std::runtime_error("OpenSSL could not compute a digest");
}

std::string Sha256Stream::hex() { return to_hex(finish(context_.get())); }

std::optional<std::string> file_sha256_hex(const std::filesystem::path& file) {
  FileDescriptor input{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
  if (input.fd < 0) return std::nullopt;
  Sha256Stream digest;
  char block[1 << 16];  // on the stack: a fresh heap block costs a page fault per 4 KiB, on every call
  for (ssize_t got; (got = ::read(input.fd, block, sizeof block)) != 0;) {
    if (got < 0) return std::nullopt;
    digest.add({block, static_cast<size_t>(got)});
  }
  return digest.hex();
}

uint64_t leading_u64(std::string_view digest) {
  uint64_t value = 0;
  for (unsigned char byte : digest.substr(0, 8)) value = (value << 8) | byte;
  return value;
}

std::string sha1_hex(std::string_view bytes) { return to_hex(sha1_digest(bytes)); }
std::string sha256_hex(std::string_view bytes) { return to_hex(sha256_digest(bytes)); }

}  // namespace deckpress::anki
