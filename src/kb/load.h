// LoadKnowledgeBase: TOML text -> a validated engine::KnowledgeBase.
//
// The only user of toml++. Reports every problem it finds, not just the
// first, one per line as "FILE:LINE:COL: message" (the accepted values are
// named where there is a list of them), in the Error's message, with
// code invalid_argument and path FILE. Never throws.
#pragma once

#include <string_view>

#include "base/result.h"
#include "engine/knowledge_base.h"

namespace kb {

base::Result<engine::KnowledgeBase> LoadKnowledgeBase(
    std::string_view toml_text, std::string_view file_name);

// The knowledge base compiled into the binary (knowledge/), loaded once on
// first use; a broken embedded file fails the build's tests, so this asserts.
const engine::KnowledgeBase& DefaultKnowledgeBase();
std::string_view DefaultKnowledgeBaseText();
inline constexpr std::string_view kDefaultKnowledgeBaseName =
    "knowledge/knowledge-base.toml";

}  // namespace kb
