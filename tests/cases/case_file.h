// A domain case: a profile, the article statement it encodes, and what the
// result must show. Read from tests/cases/data/*.json; see README.md there.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/profile.h"
#include "engine/recommendation.h"

namespace cases {

struct Case {
  std::string name;  // the file's stem
  std::string section;
  std::string statement;
  engine::Profile profile;
  nlohmann::json expect;
};

// The whole file as text (empty when it cannot be read).
std::string ReadFile(const std::filesystem::path& file);

// Every *.json file in `dir`, sorted by name. A file that does not parse
// or whose profile is invalid fails the calling test with its message.
std::vector<std::filesystem::path> CaseFiles(const std::filesystem::path& dir);
Case ReadCase(const std::filesystem::path& file);

// Checks `expect` against the result; returns one line per mismatch, so a
// failing case says everything that is wrong at once. Unknown expectation
// keys are mismatches too: a typo must not pass silently.
std::vector<std::string> Check(const nlohmann::json& expect,
                               const engine::Recommendation& result);

}  // namespace cases
