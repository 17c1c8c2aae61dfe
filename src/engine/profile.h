// Profile: a founder's answers to the questionnaire (schema version 1).
//
// Plain values, already validated by io/profile_json: every enum holds a
// known value and every count is non-negative. The engine never sees JSON.
// Defaults here are the documented defaults for omitted fields (README,
// "Profile defaults"); each says why it is the neutral answer.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

// A backend language id ("python", "typescript"). Which languages exist,
// their display names and the stack each belongs to come from the
// knowledge base (engine/knowledge_base.h), never from code: io/ checks a
// profile's language ids against the loaded base.
using LanguageId = std::string;

enum class SkillLevel : uint8_t { kNone, kBasic, kWorking, kExpert };
enum class AiMl : uint8_t { kNone, kPlanned, kCore };
// How the product gets its intelligence: calling hosted models (LLM APIs)
// is an HTTP call with SDKs in every stack; building or training models
// is where Python's ecosystem has no equivalent.
enum class AiMlApproach : uint8_t { kUnknown, kHostedModels, kOwnModels };
enum class Realtime : uint8_t { kNone, kSome, kCore };
enum class Workload : uint8_t { kIoBound, kCpuBound, kMixed, kUnknown };
enum class ProductKind : uint8_t {
  kSaas,
  kCrud,
  kConsumer,
  kDevtools,
  kApiGateway,
  kAutomation,
  kAnalytics,
  kMarketplace,
  kOther,
};
enum class HiringRegion : uint8_t {
  kGlobal,
  kNorthAmerica,
  kEurope,
  kIndia,
  kLatinAmerica,
  kEastAsia,
  kAfrica,
  kOceania,
};
inline constexpr int kHiringRegionCount = 8;
enum class LeaningReason : uint8_t {
  kBenchmarks,
  kTrend,
  kBlogPost,
  kPreviousEmployer,
  kTeamKnows,
  kOther,
};

// The wire names of each enum, in enum order ("python", "io_bound", ...).
// These lists are also the "accepted values" quoted in error messages.
std::span<const std::string_view> Names(SkillLevel);
std::span<const std::string_view> Names(AiMl);
std::span<const std::string_view> Names(AiMlApproach);
std::span<const std::string_view> Names(Realtime);
std::span<const std::string_view> Names(Workload);
std::span<const std::string_view> Names(ProductKind);
std::span<const std::string_view> Names(HiringRegion);
std::span<const std::string_view> Names(LeaningReason);

template <typename Enum>
std::string_view Name(Enum value) {
  return Names(Enum{})[static_cast<size_t>(value)];
}

// Parses a wire name; nullopt when it is not one of Names(Enum{}).
template <typename Enum>
std::optional<Enum> FromName(std::string_view name) {
  auto names = Names(Enum{});
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

struct TeamMember {
  std::string name;  // optional on the wire; empty when not given
  std::map<LanguageId, SkillLevel> skills;  // languages not listed are kNone
};

struct Product {
  AiMl ai_ml = AiMl::kNone;  // no AI/ML unless the founder says so
  // Unknown reads the article as written: AI/ML points to Python.
  AiMlApproach ai_ml_approach = AiMlApproach::kUnknown;
  Realtime realtime = Realtime::kNone;     // plain request/response by default
  Workload workload = Workload::kUnknown;  // most founders don't know yet
  bool data_intensive = false;
  ProductKind kind = ProductKind::kSaas;  // the article's main audience
  bool performance_differentiator = false;
  bool server_rendering = false;
  std::optional<int64_t> expected_peak_rps;  // no capacity check without it
};

struct Company {
  int64_t engineers_now = 1;           // at least the founder
  int64_t engineers_in_12_months = 1;  // no hiring plan unless given
  HiringRegion hiring_region = HiringRegion::kGlobal;
  bool launched = false;
  std::optional<LanguageId> current_backend;  // only meaningful when launched
  std::vector<LanguageId> planned_languages;  // backend languages planned
};

struct Leaning {
  std::optional<std::string>
      stack;  // a stack id of the knowledge base, or none
  std::vector<LeaningReason> reasons;
};

struct Profile {
  std::vector<TeamMember> team;  // may be empty: a non-technical founder
  Product product;
  Company company;
  Leaning leaning;
};

}  // namespace engine
