#include "io/adr_markdown.h"

#include <gtest/gtest.h>

#include "io/sample_recommendation.h"
#include "kb/load.h"

namespace io {
namespace {

std::string SampleAdr(AdrOptions options = {.title = "",
                                            .date = "2026-11-28"}) {
  return RenderAdr(kb::DefaultKnowledgeBase(),
                   io::testing::SampleRecommendation(),
                   io::testing::SampleProfile(), options);
}

// The text from the heading line to the next heading of any level.
std::string Section(const std::string& text, const std::string& heading) {
  auto start = text.find("\n" + heading + "\n");
  if (start == std::string::npos) return "(missing " + heading + ")";
  start += 1;
  auto end = text.find("\n#", start + heading.size());
  return text.substr(
      start, end == std::string::npos ? std::string::npos : end + 1 - start);
}

TEST(RenderAdr, TitleThenStatusDateAndDecidersThenVerdict) {
  std::string adr = SampleAdr();
  EXPECT_EQ(
      adr.substr(0, adr.find("\n## ")),
      "# Use Python with FastAPI for the backend\n"
      "\n"
      "- Status: proposed\n"
      "- Deciders: Ana\n"
      "- Date: 2026-11-28\n"
      "\n"
      "**Use Python with FastAPI.** You lean toward Go. Stay with Python: the "
      "leaning shows the article's common mistakes (benchmark-driven choice). "
      "Go "
      "would rank first if an engineer with expert Go joined the team. "
      "Confidence "
      "high: it leads by 12.3 points.\n");
}

TEST(RenderAdr, FrontMatterOnRequest) {
  std::string adr = SampleAdr({.title = "",
                               .date = "2026-11-28",
                               .metadata = AdrMetadata::kFrontMatter});
  EXPECT_EQ(adr.substr(0, adr.find("\n\n**")),
            "---\n"
            "status: proposed\n"
            "date: 2026-11-28\n"
            "decision-makers: Ana\n"
            "---\n"
            "\n"
            "# Use Python with FastAPI for the backend");
  EXPECT_EQ(adr.find("- Status:"), std::string::npos);
}

TEST(RenderAdr, GivenTitleAndStatusReplaceTheDefaults) {
  std::string adr = SampleAdr(
      {.title = "Backend\nchoice", .date = "2026-01-02", .status = "accepted"});
  EXPECT_EQ(adr.substr(0, adr.find("\n\n**")),
            "# Backend choice\n"
            "\n"
            "- Status: accepted\n"
            "- Deciders: Ana\n"
            "- Date: 2026-01-02");
}

TEST(RenderAdr, ContextSaysWhoBuildsWhatInAFewSentences) {
  EXPECT_EQ(
      Section(SampleAdr(), "## Context and Problem Statement"),
      "## Context and Problem Statement\n"
      "\n"
      "Which backend language and framework should we build on? The team has 2 "
      "members: Ana (expert in Python and working in TypeScript) and an "
      "unnamed "
      "member (basic in Go). We are building a SaaS product with planned AI/ML "
      "and "
      "I/O-bound work, not launched yet, with 2 engineers now and 6 expected "
      "in 12 "
      "months. The founders lean towards Go because of benchmarks.\n"
      "\n");
}

TEST(RenderAdr, OutcomeNamesTheChoiceAndWhy) {
  const std::string adr = SampleAdr();
  EXPECT_EQ(Section(adr, "## Considered Options"),
            "## Considered Options\n\n* Python\n* Go\n\n");
  EXPECT_EQ(Section(adr, "## Decision Outcome"),
            "## Decision Outcome\n"
            "\n"
            "Chosen option: \"Python with FastAPI\", because of Team fit (Ana "
            "is expert "
            "in Python) and AI/ML ecosystem (best-in-class ML libraries). Why "
            "FastAPI: it "
            "fits async APIs next to ML code.\n"
            "\n");
  EXPECT_EQ(Section(adr, "### Confirmation"),
            "### Confirmation\n"
            "\n"
            "* [ ] three languages planned.\n"
            "* [ ] small pool in the region.\n"
            "* [ ] FastAPI handles 10k-50k rps.\n"
            "\n");
}

TEST(RenderAdr, ProsAndConsComeFromTheCriteriaWithoutWeights) {
  const std::string adr = SampleAdr();
  EXPECT_EQ(Section(adr, "### Go"),
            "### Go\n\n* Bad: Team fit: nobody knows Go\n\n");
  EXPECT_EQ(adr.find("weight"), std::string::npos);
  EXPECT_EQ(adr.find("points)"), std::string::npos);
}

TEST(RenderAdr, IsDeterministic) { EXPECT_EQ(SampleAdr(), SampleAdr()); }

TEST(RenderAdr, AnonymousTeamHasNoDecisionMakers) {
  engine::Profile profile;
  std::string adr =
      RenderAdr(kb::DefaultKnowledgeBase(), io::testing::SampleRecommendation(),
                profile, {.title = "", .date = "2026-11-28"});
  EXPECT_EQ(adr.find("Deciders"), std::string::npos);
  EXPECT_NE(adr.find("The founding team has no engineer yet"),
            std::string::npos);
}

// Regression: a member's name with newlines added a fake "## Decision
// Outcome" section, and raw HTML passed through.
TEST(RenderAdr, EscapesUserTextSoItCannotAddSectionsOrHtml) {
  engine::Profile profile;
  engine::TeamMember eve;
  eve.name = "Eve\n\n## Decision Outcome\n<script>x()</script>";
  profile.team.push_back(eve);
  std::string adr = RenderAdr(
      kb::DefaultKnowledgeBase(), io::testing::SampleRecommendation(), profile,
      {.title = "A <b>*bold*</b> [link](http://x)", .date = "2026-11-28"});
  EXPECT_EQ(adr.find("\n## Decision Outcome"),
            adr.rfind("\n## Decision Outcome"));
  EXPECT_EQ(adr.find("<script>"), std::string::npos);
  EXPECT_EQ(adr.find("<b>"), std::string::npos);
  EXPECT_EQ(
      adr.rfind("# A \\<b\\>\\*bold\\*\\</b\\> \\[link\\](http://x)\n", 0), 0u);
  EXPECT_NE(adr.find("- Deciders: Eve  ## Decision Outcome "
                     "\\<script\\>x()\\</script\\>\n"),
            std::string::npos);
  std::string front_matter = RenderAdr(
      kb::DefaultKnowledgeBase(), io::testing::SampleRecommendation(), profile,
      {.title = "",
       .date = "2026-11-28",
       .metadata = AdrMetadata::kFrontMatter});
  EXPECT_NE(
      front_matter.find("decision-makers: \"Eve  ## Decision Outcome "
                        "\\u003cscript\\u003ex()\\u003c/script\\u003e\"\n"),
      std::string::npos);
  EXPECT_NE(adr.find("Eve  ## Decision Outcome \\<script\\>x()\\</script\\>"),
            std::string::npos);
}

// Deciding together: the founders are the deciders, and the record keeps
// each disagreement with how it was settled.
engine::Recommendation SampleGroupResult() {
  engine::Recommendation result = io::testing::SampleRecommendation();
  result.robustness.summary =
      "Across the 2 founders' answers and plausible weightings, Python ranks "
      "first in 60%; Node.js in 40%.";
  result.founders = {{"Ana", "python", "Python"},
                     {"Ben <b>", "node", "Node.js"}};
  engine::Disagreement ai;
  ai.field = "product.ai_ml";
  ai.answers = {{"Ana", "core"}, {"Ben <b>", "none"}};
  ai.changes_winner = true;
  ai.winners = {{"core", "python", "Python"}, {"none", "node", "Node.js"}};
  ai.summary =
      "AI/ML: Ana says core, Ben <b> says none. If you agree on "
      "core, Python; on none, Node.js.";
  engine::Disagreement region;
  region.field = "company.hiring_region";
  region.answers = {{"Ana", "global"}, {"Ben <b>", "europe"}};
  region.winners = {{"global", "python", "Python"},
                    {"europe", "python", "Python"}};
  region.summary =
      "The hiring region: Ana says global, Ben <b> says europe. "
      "Python either way: settling it does not change the "
      "winner.";
  result.disagreements = {ai, region};
  return result;
}

TEST(RenderAdr, GroupDecisionNamesTheFoundersAndRecordsDisagreements) {
  const std::string adr = RenderAdr(
      kb::DefaultKnowledgeBase(), SampleGroupResult(),
      io::testing::SampleProfile(), {.title = "", .date = "2026-11-28"});
  EXPECT_NE(adr.find("- Deciders: Ana, Ben \\<b\\>\n"), std::string::npos)
      << adr;
  EXPECT_EQ(
      Section(adr, "### Where the Deciders Disagreed"),
      "### Where the Deciders Disagreed\n"
      "\n"
      "The decision weighs every decider's answers alike. Across the 2 "
      "founders' answers and plausible weightings, Python ranks first in 60%; "
      "Node.js in 40%.\n"
      "\n"
      "* AI/ML: Ana says core, Ben \\<b\\> says none. If you agree on core, "
      "Python; on none, Node.js. The decision follows core, under which "
      "Python wins: this is the question to settle.\n"
      "* The hiring region: Ana says global, Ben \\<b\\> says europe. Python "
      "either way: settling it does not change the winner. No need to settle "
      "it: the decision is the same either way.\n"
      "\n");
}

TEST(RenderAdr, GivenDecidersReplaceTheTeam) {
  AdrOptions options{.title = "", .date = "2026-11-28"};
  options.deciders = {"Carla"};
  const std::string adr =
      RenderAdr(kb::DefaultKnowledgeBase(), io::testing::SampleRecommendation(),
                io::testing::SampleProfile(), options);
  EXPECT_NE(adr.find("- Deciders: Carla\n"), std::string::npos);
  EXPECT_EQ(adr.find("Where the Deciders Disagreed"), std::string::npos);
}

}  // namespace
}  // namespace io
