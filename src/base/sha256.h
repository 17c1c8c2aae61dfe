// SHA-256, the one digest the program uses: for the knowledge-base text a
// result was computed with (KnowledgeBase::sha256, as hex) and for the edit
// and invite tokens the store keeps only as digests (as raw bytes).
//
// OpenSSL's EVP interface underneath; pure functions of their arguments.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace base {

using Sha256Digest = std::array<uint8_t, 32>;

// The 32-byte digest of `bytes`.
Sha256Digest Sha256(std::string_view bytes);

// The digest of `bytes` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace base
