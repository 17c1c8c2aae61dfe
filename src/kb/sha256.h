// Sha256Hex: the SHA-256 digest of some bytes as 64 lowercase hex digits.
//
// Identifies the exact knowledge-base text a result was computed with
// (KnowledgeBase::sha256). Uses OpenSSL's EVP interface; pure otherwise.
#pragma once

#include <string>
#include <string_view>

namespace kb {

std::string Sha256Hex(std::string_view bytes);

}  // namespace kb
