// A profile document already parsed by ParseJson (json_parse.h), and its
// sections, each read and validated on its own.
//
// Internal to io/. ParseProfileDocument (in profile_json.cc) is the
// validation of profile_json.h for a profile nested in another document
// (request_bodies.cc): `root` is the profile's own path ("profile" inside an
// assessment, "" for a document of its own); errors are as ParseProfile's.
// It assembles the sections below, which profile_sections.cc reads: each
// takes the section's JSON value and its path ("product", "profile.product")
// and returns the section with the defaults of engine/profile.h for every
// omitted field, or the first error found in schema order.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "io/json_value.h"

namespace io {

// A team has at most kMaxTeamMembers members: every member is explained in
// the answer, and no founding team is larger.
inline constexpr size_t kMaxTeamMembers = 100;

base::Result<engine::Profile> ParseProfileDocument(
    const Json& doc, const std::string& root, const engine::KnowledgeBase& kb);

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
