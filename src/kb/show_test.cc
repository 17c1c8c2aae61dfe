#include "kb/show.h"

#include <gtest/gtest.h>

namespace kb {
namespace {

using engine::FactId;
using engine::TestOp;

// One criterion of each kind, one stack, one of everything else.
engine::KnowledgeBase SmallKnowledgeBase() {
  engine::KnowledgeBase kb;
  kb.version = "2026.1";
  kb.sha256 = "ab12";
  kb.criteria = {
      {"team_fit", "Team fit", "What the team knows.",
       engine::RatingSource::kTeamSkill, 4, "question 1"},
      {"ai_ml", "AI/ML", "", engine::RatingSource::kStatic, 1.5, "question 2"},
  };
  engine::Stack python;
  python.id = "python";
  python.name = "Python";
  python.languages = {{"python", "Python"}};
  python.source = "Why Python Is the Default";
  python.summary = "The default for most startups.";
  python.frameworks = {
      {"FastAPI", "APIs and AI services.",
       {{FactId::kAiMl, TestOp::kIn, 0b110, 0}}, true},
      {"Django", "Admin-heavy products.", {}, false},
  };
  python.ratings = {{}, {5, "the AI/ML ecosystem lives here"}};
  python.talent = {51, "Stack Overflow Developer Survey", 2024};
  python.strengths = {"Libraries"};
  kb.stacks = {python};
  engine::IndexStacks(kb);
  kb.warnings = {{"polyglot_trap", "The polyglot trap", "Common Mistakes"}};
  kb.checklist = {{"team_skill", "Match the team", "Checklist"}};
  engine::Rule ai;
  ai.id = "q2_ai_core";
  ai.source = "question 2";
  ai.when = {{FactId::kAiMl, TestOp::kIn, 0b100, 0}};
  ai.unless = {{FactId::kEngineersNow, TestOp::kGe, 0, 10},
               {FactId::kLeaningReasons, TestOp::kHasAll, 0b11, 0}};
  ai.weights = {{1, 6}, {0, -0.5}};
  engine::Rule polyglot;
  polyglot.id = "polyglot";
  polyglot.source = "extension: planned languages";
  polyglot.when = {{FactId::kDataIntensive, TestOp::kEq, 0, 1},
                   {FactId::kLeaningStack, TestOp::kAbsent, 0, 0}};
  polyglot.warning = engine::Finding{"polyglot_trap", "One language."};
  polyglot.checklist = engine::Finding{"team_skill", "Use {team.best_stack}."};
  polyglot.checklist_status = engine::CheckStatus::kWarn;
  polyglot.advice = engine::Finding{"capacity", "Cache first."};
  kb.rules = {ai, polyglot};
  return kb;
}

TEST(ShowKnowledgeBase, ListsEveryPartReadably) {
  EXPECT_EQ(ShowKnowledgeBase(SmallKnowledgeBase()),
            R"(Knowledge base 2026.1
sha256: ab12
confidence: high when the winner ranks first in 90% of samples or more, medium from 65%
robustness: 4096 samples, weights times 1 ± 0.5, ratings ± 0.5

Criteria (in report order)
  team_fit (Team fit): weight 4, rated from the team's skills
    What the team knows.
    source: question 1
  ai_ml (AI/ML): weight 1.5, rated per stack below
    source: question 2

Stacks
  python (Python)
    languages: python
    The default for most startups.
    talent pool: 51% (Stack Overflow Developer Survey, 2024)
    frameworks:
      - FastAPI (default): APIs and AI services.
        when product.ai_ml is one of planned, core
      - Django: Admin-heavy products.
    ratings:
      ai_ml: 5/5, the AI/ML ecosystem lives here
    strengths:
      - Libraries
    source: Why Python Is the Default

Warnings
  polyglot_trap: The polyglot trap
    source: Common Mistakes

Checklist
  team_skill: Match the team
    source: Checklist

Rules (in evaluation order)
  q2_ai_core (before ranking)
    source: question 2
    when: product.ai_ml is core
    unless: company.engineers_now >= 10 and leaning.reasons contains all of benchmarks, trend
    weights: ai_ml +6, team_fit -0.5
  polyglot (after ranking)
    source: extension: planned languages
    when: product.data_intensive is true and leaning.stack is not known
    warning polyglot_trap: One language.
    checklist team_skill = warn: Use {team.best_stack}.
    advice capacity: Cache first.
)");
}

TEST(ShowKnowledgeBase, IsDeterministic) {
  EXPECT_EQ(ShowKnowledgeBase(SmallKnowledgeBase()),
            ShowKnowledgeBase(SmallKnowledgeBase()));
}

}  // namespace
}  // namespace kb
