#include "kb/message_template.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/facts.h"
#include "engine/test_knowledge_base.h"

namespace kb {
namespace {

// "recommended.framework" and every fact name, as the messages list them.
std::string Accepted() {
  std::string names;
  for (const engine::FactInfo& info :
       engine::test_kb::TinyKnowledgeBase().facts) {
    names += std::string(info.name) + ", ";
  }
  return names + "recommended.framework";
}

std::string Check(std::string_view message) {
  Diagnostics diagnostics("kb.toml");
  CheckMessageTemplate(engine::test_kb::TinyKnowledgeBase().facts, message,
                       Position{7, 11}, diagnostics);
  return diagnostics.ToString();
}

TEST(CheckMessageTemplate, AcceptsFactsAndTheRecommendedFramework) {
  EXPECT_EQ(
      Check("Your team knows {team.best_stack}; start with "
            "{recommended.framework} at {product.expected_peak_rps} rps."),
      "");
  EXPECT_EQ(Check("No placeholders at all."), "");
}

TEST(CheckMessageTemplate, ReportsEachUnknownPlaceholderWithTheAcceptedNames) {
  EXPECT_EQ(Check("{team.best} and {stack}"),
            "kb.toml:7:11: unknown placeholder \"{team.best}\" in message "
            "(accepted: " +
                Accepted() +
                ")\n"
                "kb.toml:7:11: unknown placeholder \"{stack}\" in message "
                "(accepted: " +
                Accepted() + ")");
}

TEST(CheckMessageTemplate, AcceptsACountingPlaceholderOnANumber) {
  EXPECT_EQ(Check("With {company.engineers_now|engineer|engineers}."), "");
}

TEST(CheckMessageTemplate, ReportsACountingPlaceholderThatCannotCount) {
  EXPECT_EQ(Check("{product.ai_ml|use|uses}"),
            "kb.toml:7:11: placeholder \"{product.ai_ml|use|uses}\" in "
            "message counts, but product.ai_ml is not a number");
  const std::string malformed =
      "kb.toml:7:11: placeholder \"{company.engineers_now|engineer}\" in "
      "message: a counting placeholder is {fact|one|many}, e.g. "
      "{company.engineers_now|engineer|engineers}";
  EXPECT_EQ(Check("{company.engineers_now|engineer}"), malformed);
  EXPECT_NE(Check("{company.engineers_now|a|b|c}"), "");
  EXPECT_NE(Check("{company.engineers_now||engineers}"), "");
}

TEST(CheckMessageTemplate, ReportsAnUnclosedBrace) {
  EXPECT_EQ(Check("Start with {recommended.framework"),
            "kb.toml:7:11: unclosed \"{\" in message "
            "\"Start with {recommended.framework\"");
}

}  // namespace
}  // namespace kb
