// The JSON bodies the HTTP API accepts, read into values:
//  - POST and PUT /api/v1/assessments: {"title": "...", "profile": {...}}
//  - POST /api/v1/groups: {"title": "..."}
//  - POST /api/v1/groups/{id}/responses: {"name": "...", "profile": {...}}
//
// Every listed field is required and no other is accepted, nor a field
// twice. A title is a non-blank string of at most kMaxTitleLength
// characters, a founder's name one of at most kMaxFounderNameLength; the
// profile is validated like any profile, with error paths such as
// "profile.product.ai_ml". Malformed JSON is reported with its byte, line
// and column. Errors are invalid_argument; never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"

namespace io {

inline constexpr size_t kMaxTitleLength = 200;  // characters; the page's limit

// The web page's limit on a team member's name.
inline constexpr size_t kMaxFounderNameLength = 80;

struct AssessmentRequest {
  std::string title;
  engine::Profile profile;
};

base::Result<AssessmentRequest> ParseAssessmentRequest(
    std::string_view body, const engine::KnowledgeBase& kb);

// The title of a new group decision.
base::Result<std::string> ParseGroupRequest(std::string_view body);

struct GroupResponseRequest {
  std::string name;
  engine::Profile profile;
};

base::Result<GroupResponseRequest> ParseGroupResponseRequest(
    std::string_view body, const engine::KnowledgeBase& kb);

}  // namespace io
