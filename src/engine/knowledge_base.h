// KnowledgeBase: the article's rules and the stacks' data, as values.
//
// Built by kb/ from TOML (knowledge/*.toml, or a file given with --kb) and
// validated there: every id referenced below exists, every fact test fits
// its fact's kind, and rules that change weights use no "recommended.*"
// fact. The engine trusts these invariants and asserts them.
// Every entry keeps `source`: the article section it encodes, or
// "extension: ..." for knowledge beyond the article.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/facts.h"
#include "engine/profile.h"

namespace engine {

// Where a criterion's per-stack rating (0..5) comes from.
enum class RatingSource : uint8_t {
  kStatic,          // the stack's [stack.ratings] entry in the knowledge base
  kTeamSkill,       // the team's best level in the stack's languages
  kTalentPool,      // the stack's talent-pool share
  kCurrentBackend,  // 5 for the launched product's current stack, else 0
};

// The wire names, in enum order, that the knowledge base's `rating` key and
// GET /api/v1/knowledge-base use: static, team_skill, talent_pool,
// current_backend. Name(source) (engine/profile.h) reads one.
std::span<const std::string_view> Names(RatingSource);

// A knowledge base holds at most this many criteria: the what-if search
// marks criteria in a 32-bit mask.
inline constexpr int kMaxCriteria = 32;

struct Criterion {
  std::string id;    // "team_fit"
  std::string name;  // "Team fit"
  std::string description;
  RatingSource rating_source = RatingSource::kStatic;
  double base_weight = 0;  // before any rule adds to it; >= 0
  std::string source;
};

struct Rating {
  double value = 0;  // 0..5
  std::string why;   // one line, shown beside the contribution
};

// A test of one fact. For kEnum facts `mask` holds the accepted indexes;
// for kSet facts the bits that must (kHasAny / kHasAll) or must not (kHasNone)
// be set; numeric ops compare against `number`.
enum class TestOp : uint8_t {
  kIn,
  kNotIn,
  kHasAny,
  kHasAll,
  kHasNone,
  kEq,
  kLt,
  kLe,
  kGt,
  kGe,
  kPresent,
  kAbsent,
};
struct FactTest {
  FactId fact{};
  TestOp op = TestOp::kIn;
  uint64_t mask = 0;
  double number = 0;
};

struct Framework {
  std::string name;            // "FastAPI"
  std::string fit;             // when it fits, one sentence
  std::vector<FactTest> when;  // all must hold; empty means it never matches
  bool is_default = false;     // chosen when no framework's `when` holds
};

struct TalentPool {
  double share_percent = 0;  // share of survey respondents who used it
  std::string survey;        // "Stack Overflow Developer Survey"
  int year = 0;
};

// A language of a stack: its id in profiles and its display name.
struct StackLanguage {
  LanguageId id;     // "typescript"
  std::string name;  // "TypeScript"
};

struct Stack {
  std::string id;    // "python"; unique in the knowledge base
  std::string name;  // "Python"
  std::vector<StackLanguage> languages;  // at least one; each in one stack only
  bool extension = false;                // beyond the article's four
  std::string source;
  std::string summary;
  std::vector<Framework> frameworks;
  std::vector<Rating> ratings;  // by criterion index; kStatic criteria only
  TalentPool talent;
  std::vector<std::string> strengths;
  std::vector<std::string> concerns;
  // HiringPoolWhy for each HiringRegion, written by IndexStacks: every
  // evaluation shows it for every stack.
  std::vector<std::string> hiring_pool_why;
  // NobodyKnowsWhy, written by IndexStacks: most stacks of most evaluations
  // are ones nobody on the team knows.
  std::string nobody_knows_why;
  // TalentRating, written by IndexStacks: every evaluation rates every
  // stack's hiring pool, a logarithm each time.
  double talent_rating = 0;
};

struct WarningKind {
  std::string id;  // a stable id, e.g. "polyglot_trap"
  std::string title;
  std::string source;
};

struct ChecklistItem {
  std::string id;    // a stable id, e.g. "team_skill"
  std::string item;  // the article's wording
  std::string source;
};

enum class CheckStatus : uint8_t { kPass, kWarn, kFail, kTodo };

// What a rule adds to the result when it fires. Messages are templates:
// "{fact.name}" is replaced with the fact's value as a reader would say it
// (see explain.h for the placeholders beyond facts).
struct Finding {
  std::string id;
  std::string message;
};

struct Rule {
  std::string id;
  std::string source;
  bool extension = false;
  std::vector<FactTest> when;    // all must hold
  std::vector<FactTest> unless;  // the rule is off when all of these hold
  std::vector<std::pair<int, double>> weights;  // criterion index, added weight
  // Lets a stack nobody on the team knows well compete with the stacks the
  // team knows (see scoring.h, TeamFirst): a fixed stack index, or the
  // stack named by a stack-valued fact (company.current_backend).
  std::optional<int> admit_stack;
  std::optional<FactId> admit_fact;
  std::optional<Finding> warning;    // id of a WarningKind
  std::optional<Finding> checklist;  // id of a ChecklistItem
  CheckStatus checklist_status = CheckStatus::kTodo;
  std::optional<Finding> advice;
  std::optional<Finding> tension;
  std::optional<Finding> revisit;

  // Rules with weights or admissions run before ranking; all others after.
  bool before_ranking() const {
    return !weights.empty() || admit_stack || admit_fact;
  }
};

struct ConfidenceThresholds {
  double high_margin = 10;  // score points between first and second
  double medium_margin = 4;
  // The winner's share of first places in the robustness sampling
  // (engine/robustness.h); the level comes from these, the margin is told.
  double high_share = 0.90;
  double medium_share = 0.65;
};

// The SMAA-2 sampling (engine/robustness.h): each weight times a factor
// uniform in [1 - weight_spread, 1 + weight_spread], each rating plus an
// offset uniform in [-rating_spread, rating_spread]. The loader keeps
// weight_spread in 0..1, rating_spread in 0..2.5 and samples a multiple of 64
// in 4096..65536.
struct RobustnessSettings {
  double weight_spread = 0.5;  // hand-set weights may well be off by half
  double rating_spread = 0.5;  // half a rating point either way
  int samples = 4096;          // a first-place share within about ±0.01
};

struct KnowledgeBase {
  std::string version;  // from the file's [meta] table
  std::string sha256;   // of the TOML text, hex
  std::vector<Criterion> criteria;
  std::vector<Stack> stacks;    // 1..kMaxStacks; their order breaks ties
  std::vector<FactInfo> facts;  // FactTable(stack ids), built with the stacks
  std::vector<WarningKind> warnings;
  std::vector<ChecklistItem> checklist;
  std::vector<Rule> rules;  // in file order; first match wins per checklist id
  ConfidenceThresholds confidence;
  RobustnessSettings robustness;

  // Lookups by id; nullopt when the id is not in the base.
  std::optional<int> StackIndex(std::string_view stack_id) const;
  std::optional<int> StackOfLanguage(std::string_view language) const;
  std::optional<FactId> FindFact(std::string_view name) const;
  const FactInfo& Info(FactId id) const { return facts[static_cast<int>(id)]; }
  // A language's display name ("TypeScript"); the id when it is unknown.
  std::string_view LanguageName(std::string_view language) const;
  std::vector<std::string> StackIds() const;
  std::vector<std::string> LanguageIds() const;  // in stack order
};

// Builds `facts`, and each stack's hiring_pool_why, nobody_knows_why and
// talent_rating, from the stacks: call after filling or changing `stacks`.
void IndexStacks(KnowledgeBase& kb);

}  // namespace engine
