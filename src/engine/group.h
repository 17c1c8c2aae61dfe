// EvaluateGroup: one decision from several founders' answers.
//
// Each founder answers the questionnaire on their own. Their team members
// join one roster: each file's members are appended in founder order, and a
// named member already listed by an earlier founder is merged into that
// entry (the higher level per language), so that two founders who both list
// "Ana" count her once. Members are never merged within one founder's file.
//
// The product, company and leaning answers may differ. The combined decision
// treats those differences as uncertainty: each founder's answers, with the
// whole roster, are ranked and sampled for robustness (robustness.h) with an
// equal share of the samples, and the combined `robustness` pools the
// shares. The combined winner is the stack that ranks first most often
// across the pool (ties go to the consensus's order). The rest of the
// combined result (ranking, explanations, findings, what-ifs) is that of the
// consensus answers, or, when the consensus's winner is not the pooled
// winner, of the first founder's answers whose winner it is.
//
// The consensus takes, for every answer, the value most founders gave; a
// tie goes to the value given first in founder order. A disagreement is an
// answer (product.*, company.*, leaning.*) on which founders differ; it
// changes the winner when the consensus with that answer settled one way
// ranks another stack first than when settled another way.
//
// With one founder the combined result is exactly Evaluate(kb, profile),
// field for field, and has no founders or disagreements.
//
// Pure and deterministic, like Evaluate: never reads files, the clock, the
// environment or a random source.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"

namespace engine {

struct Founder {
  std::string name;  // as the reports show it; need not be unique
  Profile profile;
};

struct FounderResult {
  std::string name;
  Recommendation recommendation;  // Evaluate of the founder's own profile
};

struct GroupResult {
  // The decision; with two or more founders its `founders` and
  // `disagreements` are filled in and `schema_minor` is 2.
  Recommendation combined;
  std::vector<FounderResult> founders;  // in the order given
};

// The schema minor version of a result with founders (docs/schema.md).
inline constexpr int kGroupSchemaMinor = 2;

// `founders` must not be empty.
GroupResult EvaluateGroup(const KnowledgeBase& kb,
                          std::span<const Founder> founders);

// The roster of several founders' teams, merged as described above.
std::vector<TeamMember> CombinedTeam(std::span<const Founder> founders);

}  // namespace engine
