#include "engine/profile.h"

namespace engine {
namespace {

constexpr std::string_view kSkillLevelNames[] = {"none", "basic", "working",
                                                 "expert"};
constexpr std::string_view kAiMlNames[] = {"none", "planned", "core"};
constexpr std::string_view kAiMlApproachNames[] = {"unknown", "hosted_models",
                                                   "own_models"};
constexpr std::string_view kRealtimeNames[] = {"none", "some", "core"};
constexpr std::string_view kWorkloadNames[] = {"io_bound", "cpu_bound", "mixed",
                                               "unknown"};
constexpr std::string_view kProductKindNames[] = {
    "saas",       "crud",      "consumer",    "devtools", "api_gateway",
    "automation", "analytics", "marketplace", "other"};
constexpr std::string_view kHiringRegionNames[] = {
    "global",        "north_america", "europe", "india",
    "latin_america", "east_asia",     "africa", "oceania"};
static_assert(std::size(kHiringRegionNames) == kHiringRegionCount);
constexpr std::string_view kLeaningReasonNames[] = {
    "benchmarks",        "trend",      "blog_post",
    "previous_employer", "team_knows", "other"};

}  // namespace

std::span<const std::string_view> Names(SkillLevel) { return kSkillLevelNames; }
std::span<const std::string_view> Names(AiMl) { return kAiMlNames; }
std::span<const std::string_view> Names(AiMlApproach) {
  return kAiMlApproachNames;
}
std::span<const std::string_view> Names(Realtime) { return kRealtimeNames; }
std::span<const std::string_view> Names(Workload) { return kWorkloadNames; }
std::span<const std::string_view> Names(ProductKind) {
  return kProductKindNames;
}
std::span<const std::string_view> Names(HiringRegion) {
  return kHiringRegionNames;
}
std::span<const std::string_view> Names(LeaningReason) {
  return kLeaningReasonNames;
}

}  // namespace engine
