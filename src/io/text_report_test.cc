#include "io/text_report.h"

#include <gtest/gtest.h>

#include "io/sample_recommendation.h"

namespace io {
namespace {

bool Contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

TEST(RenderText, PlainReportOpensWithTheVerdict) {
  engine::Recommendation r = io::testing::SampleRecommendation();
  r.tensions.clear();
  r.advice.clear();
  r.what_if.clear();
  r.leaning_path.reset();
  EXPECT_EQ(
      RenderText(r, Color::kNever),
      "Recommendation: Python with FastAPI\n"
      "  Confidence high: it leads by 12.3 points.\n"
      "  Next steps:\n"
      "    1. three languages planned.\n"
      "    2. small pool in the region.\n"
      "    3. Prototype a core feature.\n"
      "\n"
      "  The team knows Python and AI/ML is planned.\n"
      "  Why FastAPI: it fits async APIs next to ML code.\n"
      "  Python leads by more than 10 points.\n"
      "\n"
      "Ranking\n"
      "  1. Python   72.5  [##############------]\n"
      "  2. Go       60.1  [############--------]\n"
      "\n"
      "Why these scores\n"
      "  Python (72.5)\n"
      "    +40.0  Team fit: Ana is expert in Python\n"
      "    +20.0  AI/ML ecosystem: best-in-class ML libraries\n"
      "    +12.4  Hiring pool: large pool\n"
      "    + 0.0  CPU throughput: interpreted\n"
      "  Go (60.1)\n"
      "    +52.1  Hiring pool: growing pool\n"
      "    + 8.0  AI/ML ecosystem: few ML libraries\n"
      "    + 0.0  Team fit: nobody knows Go\n"
      "    + 0.0  CPU throughput: compiled\n"
      "\n"
      "Warnings\n"
      "  - Benchmark-driven choice: The leaning comes from benchmarks.\n"
      "\n"
      "Checklist\n"
      "  [PASS] Team skill is the primary criterion: Ana is expert in Python\n"
      "  [WARN] Confirm the hiring market: small pool in the region\n"
      "  [FAIL] One backend language: three languages planned\n"
      "  [TODO] Prototype a core feature\n"
      "\n"
      "Revisit the decision when\n"
      "  - The team passes 10 engineers.\n"
      "\n"
      "Knowledge base 2026.11.1 (sha256 0123456789ab)\n");
}

TEST(RenderText, TheVerdictAnswersTheLeaning) {
  const std::string text =
      RenderText(io::testing::SampleRecommendation(), Color::kNever);
  EXPECT_TRUE(
      Contains(text,
               "Recommendation: Python with FastAPI\n"
               "  You lean toward Go. Stay with Python: the leaning shows the "
               "article's common mistakes (benchmark-driven choice). Go would "
               "rank first if an engineer with expert Go joined the team.\n"));
}

TEST(RenderText, NeverColorHasNoEscapeCodes) {
  std::string text =
      RenderText(io::testing::SampleRecommendation(), Color::kNever);
  EXPECT_FALSE(Contains(text, "\x1b["));
}

TEST(RenderText, AnsiColorsStatusesAndHeadings) {
  std::string text =
      RenderText(io::testing::SampleRecommendation(), Color::kAnsi);
  EXPECT_TRUE(Contains(text, "\x1b[32m[PASS]\x1b[0m"));
  EXPECT_TRUE(Contains(text, "\x1b[31m[FAIL]\x1b[0m"));
  EXPECT_TRUE(Contains(text, "\x1b[1mChecklist\x1b[0m"));
}

TEST(RenderText, EmptySectionsAreLeftOut) {
  engine::Recommendation result;
  result.recommendation.stack = "python";
  result.recommendation.stack_name = "Python";
  std::string text = RenderText(result, Color::kNever);
  EXPECT_EQ(text,
            "Recommendation: Python\n"
            "  Confidence low: it leads by 0.0 points.\n");
}

TEST(RenderText, VerdictSaysHowStableTheChoiceIs) {
  engine::Recommendation r = io::testing::SampleRecommendation();
  r.robustness.summary =
      "Python ranks first in 97% of plausible weightings; Go in 3%.";
  EXPECT_TRUE(
      Contains(RenderText(r, Color::kNever),
               "\n  Confidence high: Python ranks first in 97% of plausible "
               "weightings; Go in 3%.\n  Next steps:\n"));
}

}  // namespace
}  // namespace io
