#include "print/digest.h"

#include <openssl/evp.h>

namespace deckpress::print {

std::string sha256_hex(const std::string& text) {
  // Fetched once: OpenSSL 3 looks the algorithm up on every EVP_sha256() use.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, sha256, nullptr);
  static const char* const hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

}  // namespace deckpress::print
