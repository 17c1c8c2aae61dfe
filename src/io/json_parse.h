// ParseJson: JSON text -> Json, with the bounds of DESIGN §7 checked while
// parsing, before any value is built.
//
// Internal to io/: the one entry point from request bodies and files to
// nlohmann (profile_json, request_bodies). Contract:
//  - Nesting deeper than kMaxJsonDepth arrays and objects stops the parse
//    at once: nothing deeper is ever built, copied or walked.
//  - Cost is linear in the text: each object's members are collected in a
//    plain vector and moved into the ordered object once, when it closes
//    (nlohmann's ordered_json insert searches and copies on every key).
//  - A key repeated inside one object is an error naming its path
//    ("product.ai_ml"); nlohmann alone would keep the last silently.
//  - A number too large for a double (1e400, 400 digits) is an error
//    naming its path, never an exception.
// Errors are invalid_argument; paths look like "team[0].skills.go" ("" for
// the document itself). Never throws.
#pragma once

#include <string_view>

#include "base/result.h"
#include "io/json_value.h"

namespace io {

inline constexpr size_t kMaxJsonDepth = 64;  // arrays and objects, nested

base::Result<Json> ParseJson(std::string_view text);

}  // namespace io
