#include "io/kb_text.h"

#include <gtest/gtest.h>

#include "base/sha256.h"
#include "engine/test_knowledge_base.h"
#include "kb/load.h"

namespace io {
namespace {

using engine::test_kb::OneStackKnowledgeBase;
using engine::test_kb::TinyKnowledgeBase;
using engine::test_kb::ToToml;

TEST(KnowledgeBaseToText, ListsEveryPartReadably) {
  EXPECT_EQ(KnowledgeBaseToText(OneStackKnowledgeBase()),
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

TEST(KnowledgeBaseToText, IsDeterministic) {
  EXPECT_EQ(KnowledgeBaseToText(OneStackKnowledgeBase()),
            KnowledgeBaseToText(OneStackKnowledgeBase()));
}

// The test bases (engine/test_knowledge_base.h) reach the loader's tests
// and --kb files as ToToml text: it must load back as the same base (the
// same listing, the same TOML), or those tests would be testing another one.
TEST(LoadKnowledgeBase, LoadsEachTestBaseBackFromItsToml) {
  for (const engine::KnowledgeBase& written :
       {TinyKnowledgeBase(), OneStackKnowledgeBase(),
        kb::DefaultKnowledgeBase()}) {
    const std::string text = ToToml(written);
    base::Result<engine::KnowledgeBase> read =
        kb::LoadKnowledgeBase(text, "kb.toml");
    ASSERT_TRUE(read.has_value()) << read.error().message << "\n" << text;
    EXPECT_EQ(read->sha256, base::Sha256Hex(text));
    read->sha256 = written.sha256;
    EXPECT_EQ(KnowledgeBaseToText(*read), KnowledgeBaseToText(written));
    EXPECT_EQ(ToToml(*read), text);
  }
}

}  // namespace
}  // namespace io
