#include "store/secrets.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <vector>

namespace store {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

}  // namespace

RandomSource SystemRandom() {
  return [](std::span<uint8_t> out) {
    return RAND_bytes(out.data(), static_cast<int>(out.size())) == 1;
  };
}

std::string Base64Url(std::span<const uint8_t> bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  uint32_t buffer = 0;
  int bits = 0;
  for (uint8_t byte : bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kAlphabet[(buffer >> bits) & 0x3f]);
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (6 - bits)) & 0x3f]);
  return out;
}

base::Result<std::string> RandomBase64Url(const RandomSource& random,
                                          size_t bytes) {
  std::vector<uint8_t> buffer(bytes);
  if (!random(buffer)) return base::Internal("no random bytes available");
  return Base64Url(buffer);
}

bool LooksLikeId(std::string_view id) {
  if (id.size() != (kIdBytes * 4) / 3) return false;
  return id.find_first_not_of(kAlphabet) == std::string_view::npos;
}

bool SameDigest(const base::Sha256Digest& a, std::span<const uint8_t> b) {
  if (b.size() != a.size()) return false;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace store
