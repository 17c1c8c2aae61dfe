#include "base/sha256.h"

#include <openssl/evp.h>

#include <cassert>

namespace base {

Sha256Digest Sha256(std::string_view bytes) {
  Sha256Digest digest{};
  unsigned int length = 0;
  int ok = EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length,
                      EVP_sha256(), nullptr);
  assert(ok == 1 && length == digest.size());
  (void)ok;
  return digest;
}

std::string Sha256Hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (uint8_t byte : Sha256(bytes)) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0xf];
  }
  return hex;
}

}  // namespace base
