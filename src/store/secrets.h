// Ids, edit tokens and their hashes: the store's security primitives.
//
// Randomness comes in through the small function object below (STYLE
// rule 9) so tests can be deterministic; SystemRandom() is OpenSSL's
// RAND_bytes. The clock is base::Clock (base/clock.h). Tokens are never
// stored: only their SHA-256, compared in constant time (CRYPTO_memcmp).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/sha256.h"

namespace store {

// Fills the span with random bytes; false when no randomness is available.
using RandomSource = std::function<bool(std::span<uint8_t>)>;

RandomSource SystemRandom();

inline constexpr size_t kIdBytes = 12;     // 96 bits -> 16 base64url chars
inline constexpr size_t kTokenBytes = 32;  // 256 bits -> 43 base64url chars

// RFC 4648 §5 alphabet, no padding.
std::string Base64Url(std::span<const uint8_t> bytes);

// `bytes` random bytes as base64url; internal error when `random` fails.
base::Result<std::string> RandomBase64Url(const RandomSource& random,
                                          size_t bytes);

// True when `id` has the shape of an id this store issues (16 base64url
// characters), so that junk never reaches a query.
bool LooksLikeId(std::string_view id);

// Constant-time in the digests' contents.
bool SameDigest(const base::Sha256Digest& a, std::span<const uint8_t> b);

}  // namespace store
