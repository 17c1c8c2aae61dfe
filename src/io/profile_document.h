// The validation of profile_json.h on a document already parsed by
// ParseJson (json_parse.h), for profiles nested in another document.
//
// Internal to io/. `root` is the profile's own path ("profile" inside an
// assessment, "" for a document of its own); errors are as ParseProfile's.
// A team has at most kMaxTeamMembers members: every member is explained in
// the answer, and no founding team is larger.
#pragma once

#include <cstddef>
#include <string>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "io/json_value.h"

namespace io {

inline constexpr size_t kMaxTeamMembers = 100;

base::Result<engine::Profile> ParseProfileDocument(
    const Json& doc, const std::string& root, const engine::KnowledgeBase& kb);

}  // namespace io
