// Profile JSON (schema version 1) <-> engine::Profile. The format is
// documented in docs/schema.md.
//
// ParseProfile validates everything: unknown fields, unknown enum values,
// wrong types and negative counts are errors (code invalid_argument) whose
// path names the field ("team[0].skills.go", "product.ai_ml") and whose
// message names the accepted values, e.g.
//   expected one of none, planned, core; got "yes"
// Malformed JSON gives path "" and a message with the byte offset.
// Omitted sections and fields take the defaults of engine/profile.h.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"

namespace io {

// Language and stack ids are checked against `kb`'s stacks.
base::Result<engine::Profile> ParseProfile(std::string_view json,
                                           const engine::KnowledgeBase& kb);

// The same validation, for a profile nested in another document: `prefix`
// is prepended to error paths ("profile.").
base::Result<engine::Profile> ParseProfileAt(std::string_view json,
                                             std::string_view prefix,
                                             const engine::KnowledgeBase& kb);

// Writes every field, defaults included; ParseProfile reads it back equal.
std::string ProfileToJson(const engine::Profile& profile, int indent = 2);

}  // namespace io
