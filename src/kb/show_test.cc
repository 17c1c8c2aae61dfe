#include "kb/show.h"

#include <gtest/gtest.h>

#include "engine/test_knowledge_base.h"

namespace kb {
namespace {

using engine::test_kb::OneStackKnowledgeBase;

TEST(ShowKnowledgeBase, ListsEveryPartReadably) {
  EXPECT_EQ(ShowKnowledgeBase(OneStackKnowledgeBase()),
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
  team_skill: Match the team's skills
    source: Implementation Checklist

Rules (in evaluation order)
  q2_ai_core (before ranking)
    source: question 2
    when: product.ai_ml is core
    unless: company.engineers_now >= 10 and leaning.reasons contains all of benchmarks, trend
    weights: ai_ml +6, team_fit -0.5
  polyglot (after ranking)
    source: extension: planned languages
    when: leaning.stack is not known and product.data_intensive is true
    warning polyglot_trap: One language.
    checklist team_skill = warn: Use {team.best_stack}.
    advice capacity: Cache first.
)");
}

TEST(ShowKnowledgeBase, IsDeterministic) {
  EXPECT_EQ(ShowKnowledgeBase(OneStackKnowledgeBase()),
            ShowKnowledgeBase(OneStackKnowledgeBase()));
}

}  // namespace
}  // namespace kb
