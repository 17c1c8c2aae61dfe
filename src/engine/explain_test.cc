#include "engine/explain.h"

#include <gtest/gtest.h>

#include <tuple>

#include "engine/test_knowledge_base.h"

namespace engine {
namespace {

using test_kb::TinyKnowledgeBase;

int IndexOf(const KnowledgeBase& kb, std::string_view stack_id) {
  return *kb.StackIndex(stack_id);
}

TEST(Readable, TurnsUnderscoresIntoSpaces) {
  EXPECT_EQ(Readable("north_america"), "north america");
  EXPECT_EQ(Readable("io_bound"), "io bound");
  EXPECT_EQ(Readable("core"), "core");
}

TEST(RegionDisplayName, NamesEveryRegionAsAReaderWould) {
  EXPECT_EQ(RegionDisplayName(HiringRegion::kGlobal), "all regions");
  EXPECT_EQ(RegionDisplayName(HiringRegion::kNorthAmerica), "North America");
  EXPECT_EQ(RegionDisplayName(HiringRegion::kLatinAmerica), "Latin America");
  EXPECT_EQ(RegionDisplayName(HiringRegion::kOceania), "Oceania");
}

TEST(RenderTemplate, ReadsEachKindOfFactAsAReaderWould) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  Profile p;
  p.product.realtime = Realtime::kCore;
  p.product.workload = Workload::kIoBound;
  p.company.engineers_now = 3;
  p.company.hiring_region = HiringRegion::kNorthAmerica;
  p.leaning.stack = "go";
  p.leaning.reasons = {LeaningReason::kBenchmarks, LeaningReason::kBlogPost};
  const Facts facts = FactsOf(kb, p);
  EXPECT_EQ(RenderTemplate("You lean to {leaning.stack}", facts, kb, ""),
            "You lean to Stack go");
  EXPECT_EQ(RenderTemplate("{product.realtime} realtime, {product.workload}",
                           facts, kb, ""),
            "core realtime, io bound");
  EXPECT_EQ(RenderTemplate("because of {leaning.reasons}", facts, kb, ""),
            "because of benchmarks, blog post");
  EXPECT_EQ(RenderTemplate(
                "{company.engineers_now} engineers in {company.hiring_region}",
                facts, kb, ""),
            "3 engineers in North America");
  EXPECT_EQ(RenderTemplate("launched: {company.launched}", facts, kb, ""),
            "launched: no");
}

TEST(RenderTemplate, AnAbsentFactReadsNone) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  const Facts facts = FactsOf(kb, Profile{});
  EXPECT_EQ(RenderTemplate("{company.current_backend} / {leaning.stack}", facts,
                           kb, ""),
            "none / none");
}

TEST(RenderTemplate, FillsTheFrameworkAndKeepsAnUnclosedBrace) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  const Facts facts = FactsOf(kb, Profile{});
  EXPECT_EQ(
      RenderTemplate("Start with {recommended.framework}.", facts, kb, "Gin"),
      "Start with Gin.");
  EXPECT_EQ(RenderTemplate("no placeholder", facts, kb, "Gin"),
            "no placeholder");
  EXPECT_EQ(RenderTemplate("a {brace that never closes", facts, kb, "Gin"),
            "a {brace that never closes");
}

TEST(RenderTemplate, ACountingPlaceholderSaysOneOrMany) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  Profile profile;
  const char* text =
      "{company.engineers_now|engineer|engineers} and "
      "{company.planned_hires|hire|hires}";
  for (const auto& [now, later, said] :
       {std::tuple{1, 2, "1 engineer and 1 hire"},
        std::tuple{3, 3, "3 engineers and 0 hires"},
        std::tuple{0, 2, "0 engineers and 2 hires"}}) {
    profile.company.engineers_now = now;
    profile.company.engineers_in_12_months = later;
    EXPECT_EQ(RenderTemplate(text, FactsOf(kb, profile), kb, ""), said);
  }
}

TEST(ParsePlaceholder, SplitsTheNameFromTheNouns) {
  const Placeholder plain = ParsePlaceholder("company.engineers_now");
  EXPECT_EQ(plain.name, "company.engineers_now");
  EXPECT_FALSE(plain.counts());
  EXPECT_TRUE(plain.valid);
  const Placeholder counting = ParsePlaceholder("x|hire|hires");
  EXPECT_EQ(counting.name, "x");
  EXPECT_EQ(counting.one, "hire");
  EXPECT_EQ(counting.many, "hires");
  EXPECT_TRUE(counting.valid);
  for (const char* bad : {"x|hire", "x||hires", "x|hire|", "x|a|b|c"}) {
    EXPECT_FALSE(ParsePlaceholder(bad).valid) << bad;
    EXPECT_FALSE(ParsePlaceholder(bad).counts()) << bad;
  }
}

TEST(SplitTemplate, SeparatesTextFromPlaceholdersAndFlagsAnUnclosedBrace) {
  const TemplateParts split = SplitTemplate("use {a} and {b}{c} {d");
  ASSERT_EQ(split.parts.size(), 6u);
  EXPECT_EQ(split.parts[0].text, "use ");
  EXPECT_FALSE(split.parts[0].placeholder);
  EXPECT_EQ(split.parts[1].text, "a");
  EXPECT_TRUE(split.parts[1].placeholder);
  EXPECT_EQ(split.parts[2].text, " and ");
  EXPECT_EQ(split.parts[3].text, "b");
  EXPECT_EQ(split.parts[4].text, "c");
  EXPECT_TRUE(split.parts[4].placeholder);
  EXPECT_EQ(split.parts[5].text, " {d");
  EXPECT_FALSE(split.parts[5].placeholder);
  EXPECT_TRUE(split.unclosed);
  EXPECT_FALSE(SplitTemplate("no placeholder").unclosed);
}

TEST(TeamFitWhy, NamesWhoKnowsTheStackAndCountsTheRest) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  Profile p;
  p.team = {{"Ana", {{"python", SkillLevel::kExpert}}},
            {"",
             {{"javascript", SkillLevel::kBasic},
              {"typescript", SkillLevel::kWorking}}},
            {"Sam", {{"go", SkillLevel::kBasic}}}};
  EXPECT_EQ(TeamFitWhy(kb, p, IndexOf(kb, "node")),
            "JavaScript/TypeScript: engineer 2 working; 2 of 3 engineers do "
            "not know it");
  EXPECT_EQ(TeamFitWhy(kb, p, IndexOf(kb, "python")),
            "Python: Ana expert; 2 of 3 engineers do not know it");
  EXPECT_EQ(TeamFitWhy(kb, p, IndexOf(kb, "rust")),
            "Nobody on the team knows Rust: 3-6 months of learning curve");
}

TEST(TeamFitWhy, SaysWhenThereIsNoTeam) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  EXPECT_EQ(TeamFitWhy(kb, Profile{}, 0),
            "No engineers yet: team fit cannot decide");
}

TEST(HiringPoolWhy, QuotesTheSurveyAndSaysTheFigureIsGlobal) {
  Stack stack;
  stack.talent = {13.46, "Stack Overflow Developer Survey", 2024};
  EXPECT_EQ(HiringPoolWhy(stack, HiringRegion::kGlobal),
            "13.5% of surveyed developers used it in the past year "
            "(Stack Overflow Developer Survey, 2024)");
  EXPECT_EQ(HiringPoolWhy(stack, HiringRegion::kEurope),
            "13.5% of surveyed developers used it in the past year "
            "(Stack Overflow Developer Survey, 2024); "
            "global figure, no regional data for Europe");
}

TEST(ExistingBackendWhy, KeepingTheLaunchedBackendAvoidsARewrite) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  Profile p;
  p.company.launched = true;
  p.company.current_backend = "kotlin";
  EXPECT_EQ(
      ExistingBackendWhy(kb, p, IndexOf(kb, "java")).view(),
      "The launched product runs on Stack java: keeping it avoids a rewrite");
  EXPECT_EQ(
      ExistingBackendWhy(kb, p, IndexOf(kb, "go")).view(),
      "Choosing it now means a rewrite or a second language next to Kotlin");
}

TEST(ExistingBackendWhy, WithoutALaunchedBackendThereIsNothingToKeep) {
  const KnowledgeBase kb = TinyKnowledgeBase();
  Profile p;
  p.company.current_backend = "kotlin";  // not launched: ignored
  EXPECT_EQ(ExistingBackendWhy(kb, p, IndexOf(kb, "java")).view(),
            "No launched backend to keep");
  p.company.launched = true;
  p.company.current_backend.reset();
  EXPECT_EQ(ExistingBackendWhy(kb, p, IndexOf(kb, "java")).view(),
            "No launched backend to keep");
}

}  // namespace
}  // namespace engine
