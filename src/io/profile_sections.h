// The sections of a profile document, each read and validated on its own.
//
// Internal to io/ (profile_json.cc assembles them). Each takes the
// section's JSON value and its path ("product", "profile.product") and
// returns the section with the defaults of engine/profile.h for every
// omitted field, or the first error found in schema order.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "io/json_value.h"

namespace io {

// Upper bounds that keep counts meaningful and arithmetic on them safe.
inline constexpr int64_t kMaxEngineers = 1'000'000;
inline constexpr int64_t kMaxPeakRps = 1'000'000'000;

// The ids a profile may use, from the knowledge base: language ids in
// skills, current_backend and planned_languages; stack ids in leaning.
struct Vocabulary {
  std::vector<std::string> languages;
  std::vector<std::string> stacks;
};
Vocabulary VocabularyOf(const engine::KnowledgeBase& kb);

base::Result<std::vector<engine::TeamMember>> ParseTeam(
    const Json& value, const std::string& path, const Vocabulary& vocabulary);
base::Result<engine::Product> ParseProduct(const Json& value,
                                           const std::string& path);
base::Result<engine::Company> ParseCompany(const Json& value,
                                           const std::string& path,
                                           const Vocabulary& vocabulary);
base::Result<engine::Leaning> ParseLeaning(const Json& value,
                                           const std::string& path,
                                           const Vocabulary& vocabulary);

}  // namespace io
