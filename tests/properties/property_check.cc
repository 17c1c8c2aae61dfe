#include "property_check.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/profile_json.h"
#include "profile_generator.h"
#include "shrink.h"

namespace properties {
namespace {

// The profile as JSON without the answers left at their defaults: what a
// founder would type to reproduce it.
std::string ShortJson(const engine::Profile& profile) {
  using nlohmann::json;
  json doc = json::parse(io::ProfileToJson(profile, -1));
  const json defaults = json::parse(io::ProfileToJson(engine::Profile{}, -1));
  doc.erase("schema_version");
  for (json& member : doc["team"]) {
    if (member["name"] == "") member.erase("name");
  }
  if (doc["team"].empty()) doc.erase("team");
  for (const char* section : {"product", "company", "leaning"}) {
    for (const auto& [key, value] : defaults[section].items()) {
      if (doc[section][key] == value) doc[section].erase(key);
    }
    if (doc[section].empty()) doc.erase(section);
  }
  return doc.dump();
}

}  // namespace

::testing::AssertionResult HoldsForAll(uint64_t seed, int count,
                                       const Property& property) {
  ProfileGenerator generator(seed);
  for (int i = 0; i < count; ++i) {
    const engine::Profile profile = generator.Next();
    const std::optional<std::string> violation = property(profile);
    if (!violation) continue;
    const engine::Profile shrunk = Shrink(
        profile,
        [&](const engine::Profile& p) { return property(p).has_value(); });
    return ::testing::AssertionFailure()
           << "profile " << i << " of seed " << seed << ": " << *violation
           << "\nshrunk to: " << *property(shrunk) << "\nshrunk profile:\n"
           << ShortJson(shrunk) << "\ngenerated profile:\n"
           << io::ProfileToJson(profile, -1);
  }
  return ::testing::AssertionSuccess() << count << " profiles";
}

std::string Winner(const engine::Recommendation& result) {
  return std::string(result.ranking.front().stack);
}

bool HasWarning(const engine::Recommendation& result, std::string_view id) {
  return std::any_of(result.warnings.begin(), result.warnings.end(),
                     [&](const engine::Item& item) { return item.id == id; });
}

}  // namespace properties
