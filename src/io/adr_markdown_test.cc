#include "io/adr_markdown.h"

#include <gtest/gtest.h>

#include "io/sample_recommendation.h"

namespace io {
namespace {

std::string SampleAdr(AdrOptions options = {.title = "",
                                            .date = "2026-11-28"}) {
  return RenderAdr(io::testing::SampleRecommendation(),
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

TEST(RenderAdr, FrontMatterAndTitle) {
  std::string adr = SampleAdr();
  EXPECT_EQ(adr.substr(0, adr.find("\n## ")),
            "---\n"
            "status: proposed\n"
            "date: 2026-11-28\n"
            "decision-makers: Ana\n"
            "---\n"
            "\n"
            "# Choose Python with FastAPI for the backend\n");
}

TEST(RenderAdr, GivenTitleAndStatusReplaceTheDefaults) {
  std::string adr = SampleAdr(
      {.title = "Backend\nchoice", .date = "2026-01-02", .status = "accepted"});
  EXPECT_EQ(adr.substr(0, adr.find("\n## ")),
            "---\n"
            "status: accepted\n"
            "date: 2026-01-02\n"
            "decision-makers: Ana\n"
            "---\n"
            "\n"
            "# Backend choice\n");
}

TEST(RenderAdr, ContextDescribesTheProfile) {
  EXPECT_EQ(Section(SampleAdr(), "## Context and Problem Statement"),
            "## Context and Problem Statement\n"
            "\n"
            "Which backend language and framework should we build on? The "
            "choice is hard to reverse, so it should follow the team's "
            "skills, the product's requirements and the hiring market.\n"
            "\n"
            "The team has 2 members: Ana (expert in Python and working in "
            "TypeScript) and an unnamed member (basic in Go).\n"
            "\n"
            "Product kind: SaaS; AI/ML: planned; real-time features: none; "
            "workload: I/O-bound. It is not data-intensive. Raw performance "
            "is not a differentiator. It needs no server-side rendering. "
            "Expected peak: 200 requests per second.\n"
            "\n"
            "Engineers now: 2; in 12 months: 6; hiring in Europe. The product "
            "has not launched. Planned backend languages: "
            "Python.\n"
            "\n"
            "The founders lean towards Go because of benchmarks.\n"
            "\n");
}

TEST(RenderAdr, DriversOptionsAndOutcome) {
  std::string adr = SampleAdr();
  EXPECT_EQ(Section(adr, "## Decision Drivers"),
            "## Decision Drivers\n"
            "\n"
            "* Team fit (weight 4.0)\n"
            "* AI/ML ecosystem (weight 2.0)\n"
            "* Hiring pool (weight 1.0)\n"
            "* Risk: Benchmark-driven choice: The leaning comes from "
            "benchmarks.\n"
            "\n");
  EXPECT_EQ(Section(adr, "## Considered Options"),
            "## Considered Options\n"
            "\n"
            "* Python (score 72.5)\n"
            "* Go (score 60.1)\n"
            "\n");
  EXPECT_EQ(Section(adr, "## Decision Outcome"),
            "## Decision Outcome\n"
            "\n"
            "Chosen option: \"Python with FastAPI\", because it ranks first "
            "for this profile (score 72.5 of 100). The team knows Python and "
            "AI/ML is planned. Why FastAPI: it fits async APIs next to ML "
            "code.\n"
            "\n"
            "Confidence: high (a lead of 12.3 points). Python leads by more "
            "than 10 points.\n"
            "\n");
}

TEST(RenderAdr, OutcomeSaysHowStableTheChoiceIs) {
  engine::Recommendation r = io::testing::SampleRecommendation();
  r.robustness.summary = "Python ranks first in 97% of plausible weightings; Go in 3%.";
  r.confidence.why =
      "Python ranks first in 97% of plausible weightings; Go in 3% (high from 90%, "
      "medium from 65%); it leads Go by 12.3 points.";
  const std::string adr =
      RenderAdr(r, io::testing::SampleProfile(), {.title = "", .date = "2026-11-28"});
  EXPECT_NE(adr.find("\nConfidence: high. Python ranks first in 97% of plausible "
                     "weightings; Go in 3% (high from 90%, medium from 65%); it leads "
                     "Go by 12.3 points.\n"),
            std::string::npos)
      << Section(adr, "## Decision Outcome");
}

TEST(RenderAdr, ConsequencesAndConfirmation) {
  std::string adr = SampleAdr();
  EXPECT_EQ(Section(adr, "### Consequences"),
            "### Consequences\n"
            "\n"
            "* Good, because largest data ecosystem\n"
            "* Bad, because weaker at CPU-bound work\n"
            "* Follow-up: FastAPI handles 10k-50k rps.\n"
            "\n");
  EXPECT_EQ(Section(adr, "### Confirmation"),
            "### Confirmation\n"
            "\n"
            "The article's implementation checklist, as it stands for this "
            "decision:\n"
            "\n"
            "* [x] pass: Team skill is the primary criterion (Ana is expert "
            "in Python)\n"
            "* [ ] warn: Confirm the hiring market (small pool in the "
            "region)\n"
            "* [ ] fail: One backend language (three languages planned)\n"
            "* [ ] todo: Prototype a core feature\n"
            "\n"
            "The decision is confirmed when the most experienced engineer has "
            "prototyped a core feature with the chosen stack "
            "(`prototype_first`).\n"
            "\n");
}

TEST(RenderAdr, ProsAndConsComeFromWeightedCriteria) {
  std::string adr = SampleAdr();
  EXPECT_EQ(Section(adr, "### Go"),
            "### Go\n"
            "\n"
            "Rank 2, score 60.1.\n"
            "\n"
            "* Bad, because Team fit: nobody knows Go (rating 0.0, +0.0)\n"
            "* Bad, because AI/ML ecosystem: few ML libraries (rating 2.0, "
            "+8.0)\n"
            "* Neutral, because Hiring pool: growing pool (rating 3.0, "
            "+52.1)\n"
            "\n");
}

TEST(RenderAdr, MoreInformationEndsWithTheKnowledgeBase) {
  std::string adr = SampleAdr();
  EXPECT_EQ(adr.substr(adr.find("## More Information")),
            "## More Information\n"
            "\n"
            "Revisit this decision when:\n"
            "\n"
            "* The team passes 10 engineers.\n"
            "\n"
            "Go would rank first if an engineer with expert Go joined the team.\n"
            "\n"
            "What would change the answer:\n"
            "\n"
            "* If AI/ML were not needed: Go (ahead by 3.3 points)\n"
            "\n"
            "Generated by stackwise with knowledge base 2026.11.1 (sha256 "
            "0123456789abcdef0123).\n");
}

TEST(RenderAdr, IsDeterministic) { EXPECT_EQ(SampleAdr(), SampleAdr()); }

TEST(RenderAdr, AnonymousTeamHasNoDecisionMakers) {
  engine::Profile profile;
  std::string adr = RenderAdr(io::testing::SampleRecommendation(), profile,
                              {.title = "", .date = "2026-11-28"});
  EXPECT_EQ(adr.find("decision-makers"), std::string::npos);
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
      io::testing::SampleRecommendation(), profile,
      {.title = "A <b>*bold*</b> [link](http://x)", .date = "2026-11-28"});
  EXPECT_EQ(adr.find("\n## Decision Outcome"),
            adr.rfind("\n## Decision Outcome"));
  EXPECT_EQ(adr.find("<script>"), std::string::npos);
  EXPECT_EQ(adr.find("<b>"), std::string::npos);
  EXPECT_NE(adr.find("\n# A \\<b\\>\\*bold\\*\\</b\\> \\[link\\](http://x)\n"),
            std::string::npos);
  EXPECT_NE(adr.find("decision-makers: \"Eve  ## Decision Outcome "
                     "\\u003cscript\\u003ex()\\u003c/script\\u003e\"\n"),
            std::string::npos);
  EXPECT_NE(adr.find("Eve  ## Decision Outcome \\<script\\>x()\\</script\\>"),
            std::string::npos);
}

}  // namespace
}  // namespace io
