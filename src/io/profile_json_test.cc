#include "io/profile_json.h"

#include <gtest/gtest.h>

#include "kb/load.h"

#include "io/sample_recommendation.h"

namespace io {
namespace {

// The error as the CLI prints it: "path: message".
std::string ErrorOf(std::string_view json) {
  auto profile = ParseProfile(json, kb::DefaultKnowledgeBase());
  if (profile) return "(no error)";
  EXPECT_EQ(profile.error().code, base::ErrorCode::kInvalidArgument);
  return profile.error().ToString();
}

TEST(ParseProfile, EmptyObjectTakesEveryDefault) {
  auto profile = ParseProfile("{}", kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value());
  EXPECT_TRUE(profile->team.empty());
  EXPECT_EQ(profile->product.ai_ml, engine::AiMl::kNone);
  EXPECT_EQ(profile->product.workload, engine::Workload::kUnknown);
  EXPECT_EQ(profile->product.kind, engine::ProductKind::kSaas);
  EXPECT_FALSE(profile->product.expected_peak_rps.has_value());
  EXPECT_EQ(profile->company.engineers_now, 1);
  EXPECT_EQ(profile->company.engineers_in_12_months, 1);
  EXPECT_EQ(profile->company.hiring_region, engine::HiringRegion::kGlobal);
  EXPECT_FALSE(profile->company.current_backend.has_value());
  EXPECT_FALSE(profile->leaning.stack.has_value());
}

TEST(ParseProfile, ReadsTheDesignExample) {
  auto profile = ParseProfile(R"({
    "schema_version": 1,
    "team": [{"name": "Ana", "skills": {"python": "expert", "typescript": "working"}}],
    "product": {"ai_ml": "core", "realtime": "some", "workload": "io_bound",
                "data_intensive": true, "kind": "analytics",
                "performance_differentiator": false, "server_rendering": true,
                "expected_peak_rps": 100},
    "company": {"engineers_now": 3, "engineers_in_12_months": 8,
                "hiring_region": "europe", "launched": true,
                "current_backend": "ruby", "planned_languages": ["python", "go"]},
    "leaning": {"stack": "go", "reasons": ["benchmarks", "trend"]}})",
                              kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value()) << profile.error().ToString();
  ASSERT_EQ(profile->team.size(), 1u);
  EXPECT_EQ(profile->team[0].name, "Ana");
  EXPECT_EQ(profile->team[0].skills.at("python"), engine::SkillLevel::kExpert);
  EXPECT_EQ(profile->product.ai_ml, engine::AiMl::kCore);
  EXPECT_EQ(profile->product.kind, engine::ProductKind::kAnalytics);
  EXPECT_EQ(profile->product.expected_peak_rps, 100);
  EXPECT_TRUE(profile->product.server_rendering);
  EXPECT_EQ(profile->company.engineers_in_12_months, 8);
  EXPECT_EQ(profile->company.current_backend, "ruby");
  EXPECT_EQ(profile->company.planned_languages,
            (std::vector<std::string>{"python", "go"}));
  EXPECT_EQ(profile->leaning.stack, "go");
  EXPECT_EQ(profile->leaning.reasons,
            (std::vector{engine::LeaningReason::kBenchmarks,
                         engine::LeaningReason::kTrend}));
}

TEST(ParseProfile, UnknownFieldNamesTheAcceptedOnes) {
  EXPECT_EQ(ErrorOf(R"({"team": [{"skils": {}}]})"),
            "team[0].skils: unknown field (accepted: name, skills)");
  EXPECT_EQ(ErrorOf(R"({"produt": {}})"),
            "produt: unknown field (accepted: schema_version, team, product, "
            "company, leaning)");
  EXPECT_EQ(ErrorOf(R"({"leaning": {"why": []}})"),
            "leaning.why: unknown field (accepted: stack, reasons)");
}

TEST(ParseProfile, UnknownEnumValueNamesTheAcceptedOnes) {
  EXPECT_EQ(ErrorOf(R"({"product": {"ai_ml": "yes"}})"),
            "product.ai_ml: expected one of none, planned, core; got \"yes\"");
  EXPECT_EQ(ErrorOf(R"({"product": {"workload": 3}})"),
            "product.workload: expected one of io_bound, cpu_bound, mixed, "
            "unknown; got 3");
  EXPECT_EQ(ErrorOf(R"({"company": {"hiring_region": "mars"}})"),
            "company.hiring_region: expected one of global, north_america, "
            "europe, india, latin_america, east_asia, africa, oceania; got "
            "\"mars\"");
  EXPECT_EQ(ErrorOf(R"({"team": [{"skills": {"go": "guru"}}]})"),
            "team[0].skills.go: expected one of none, basic, working, expert; "
            "got \"guru\"");
  EXPECT_EQ(ErrorOf(R"({"leaning": {"reasons": ["trend", "vibes"]}})"),
            "leaning.reasons[1]: expected one of benchmarks, trend, blog_post, "
            "previous_employer, team_knows, other; got \"vibes\"");
}

TEST(ParseProfile, UnknownLanguageKeyInSkills) {
  EXPECT_EQ(ErrorOf(R"({"team": [{}, {"skills": {"golang": "expert"}}]})"),
            "team[1].skills.golang: unknown language (accepted: python, "
            "javascript, typescript, go, ruby, java, kotlin, csharp, elixir, "
            "rust, php)");
}

TEST(ParseProfile, NullableIdsNameNullAmongTheAcceptedValues) {
  EXPECT_EQ(ErrorOf(R"({"leaning": {"stack": "cobol"}})"),
            "leaning.stack: expected null or one of python, node, go, ruby, "
            "java, csharp, elixir, rust, php; got \"cobol\"");
  EXPECT_EQ(ErrorOf(R"({"company": {"current_backend": "node"}})"),
            "company.current_backend: expected null or one of python, "
            "javascript, typescript, go, ruby, java, kotlin, csharp, elixir, "
            "rust, php; got \"node\"");
  auto profile = ParseProfile(
      R"({"company": {"current_backend": null}, "leaning": {"stack": null}})",
      kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value());
  EXPECT_FALSE(profile->company.current_backend.has_value());
  EXPECT_FALSE(profile->leaning.stack.has_value());
}

TEST(ParseProfile, WrongTypes) {
  EXPECT_EQ(ErrorOf(R"({"company": {"engineers_now": "three"}})"),
            "company.engineers_now: expected a whole number >= 0; got "
            "\"three\"");
  EXPECT_EQ(ErrorOf(R"({"company": {"engineers_now": 2.5}})"),
            "company.engineers_now: expected a whole number >= 0; got 2.5");
  EXPECT_EQ(ErrorOf(R"({"product": {"data_intensive": "yes"}})"),
            "product.data_intensive: expected true or false; got \"yes\"");
  EXPECT_EQ(ErrorOf(R"({"team": {}})"),
            "team: expected an array of team members; got {}");
  EXPECT_EQ(ErrorOf(R"({"team": [{"name": 7}]})"),
            "team[0].name: expected a string; got 7");
  EXPECT_EQ(ErrorOf(R"({"team": ["Ana"]})"),
            "team[0]: expected an object; got \"Ana\"");
  EXPECT_EQ(ErrorOf(R"({"team": [{"skills": ["go"]}]})"),
            "team[0].skills: expected an object of language: level; got "
            "[\"go\"]");
  EXPECT_EQ(ErrorOf(R"({"company": {"planned_languages": "go"}})"),
            "company.planned_languages: expected an array of python, "
            "javascript, typescript, go, ruby, java, kotlin, csharp, elixir, "
            "rust, php; got \"go\"");
  EXPECT_EQ(ErrorOf("[1, 2]"), "expected an object; got [1,2]");
}

TEST(ParseProfile, LongValuesAreShortenedInMessages) {
  EXPECT_EQ(
      ErrorOf(
          R"({"product": {"kind": "a very long product kind that nobody would ever type"}})"),
      "product.kind: expected one of saas, crud, consumer, devtools, "
      "api_gateway, automation, analytics, marketplace, other; got \"a "
      "very long product kind that nobody...");
}

TEST(ParseProfile, CountsOutOfRange) {
  EXPECT_EQ(ErrorOf(R"({"company": {"engineers_now": -1}})"),
            "company.engineers_now: expected a whole number >= 0; got -1");
  EXPECT_EQ(ErrorOf(R"({"company": {"engineers_in_12_months": 5000000}})"),
            "company.engineers_in_12_months: expected a whole number <= "
            "1000000; got 5000000");
  EXPECT_EQ(ErrorOf(R"({"product": {"expected_peak_rps": 0}})"),
            "product.expected_peak_rps: expected a whole number >= 1; got 0");
  EXPECT_EQ(ErrorOf(R"({"company": {"engineers_now": 18446744073709551615}})"),
            "company.engineers_now: expected a whole number <= 1000000; got "
            "18446744073709551615");
}

TEST(ParseProfile, IntegralFloatsCountAsWholeNumbers) {
  auto profile = ParseProfile(R"({"company": {"engineers_now": 3.0}})",
                              kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value());
  EXPECT_EQ(profile->company.engineers_now, 3);
}

TEST(ParseProfile, AcceptsAShrinkingTeam) {
  auto profile = ParseProfile(
      R"({"company": {"engineers_now": 5, "engineers_in_12_months": 2}})",
      kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value());
  EXPECT_EQ(profile->company.engineers_in_12_months, 2);
}

TEST(ParseProfile, AcceptsACurrentBackendBeforeLaunch) {
  auto profile = ParseProfile(
      R"({"company": {"launched": false, "current_backend": "python"}})",
      kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value());
  EXPECT_EQ(profile->company.current_backend, "python");
}

TEST(ParseProfile, NullPeakMeansNotEstimated) {
  auto profile = ParseProfile(R"({"product": {"expected_peak_rps": null}})",
                              kb::DefaultKnowledgeBase());
  ASSERT_TRUE(profile.has_value());
  EXPECT_FALSE(profile->product.expected_peak_rps.has_value());
}

TEST(ParseProfile, DuplicatesInSetsAreErrors) {
  EXPECT_EQ(ErrorOf(R"({"company": {"planned_languages": ["go", "go"]}})"),
            "company.planned_languages[1]: duplicate value \"go\"");
}

TEST(ParseProfile, SchemaVersionMustBeOne) {
  EXPECT_EQ(ErrorOf(R"({"schema_version": 1})"), "(no error)");
  EXPECT_EQ(ErrorOf(R"({"schema_version": 2})"),
            "schema_version: expected 1; got 2");
  EXPECT_EQ(ErrorOf(R"({"schema_version": "1"})"),
            "schema_version: expected 1; got \"1\"");
}

TEST(ParseProfile, MalformedJsonGivesTheByteOffset) {
  auto profile = ParseProfile(R"({"team": [)", kb::DefaultKnowledgeBase());
  ASSERT_FALSE(profile.has_value());
  EXPECT_EQ(profile.error().path, "");
  EXPECT_EQ(profile.error().message,
            "malformed JSON at byte 11 (line 1, column 11): syntax error while "
            "parsing value - unexpected end of input; expected '[', '{', or a "
            "literal");
  EXPECT_EQ(ErrorOf(""),
            "malformed JSON at byte 1 (line 1, column 1): syntax error while "
            "parsing value - unexpected end of input; expected '[', '{', or a "
            "literal");
}

TEST(ParseProfile, ErrorPathIsTheFieldPath) {
  auto profile = ParseProfile(R"({"product": {"ai_ml": "yes"}})",
                              kb::DefaultKnowledgeBase());
  ASSERT_FALSE(profile.has_value());
  EXPECT_EQ(profile.error().path, "product.ai_ml");
  EXPECT_EQ(profile.error().message,
            "expected one of none, planned, core; got \"yes\"");
}

TEST(ParseProfileAt, PrefixesEveryPath) {
  auto profile = ParseProfileAt(R"({"product": {"ai_ml": "yes"}})", "profile.",
                                kb::DefaultKnowledgeBase());
  ASSERT_FALSE(profile.has_value());
  EXPECT_EQ(profile.error().path, "profile.product.ai_ml");
  auto root = ParseProfileAt("[]", "profile.", kb::DefaultKnowledgeBase());
  ASSERT_FALSE(root.has_value());
  EXPECT_EQ(root.error().ToString(), "profile: expected an object; got []");
}

bool SameProfile(const engine::Profile& a, const engine::Profile& b) {
  if (a.team.size() != b.team.size()) return false;
  for (size_t i = 0; i < a.team.size(); ++i) {
    if (a.team[i].name != b.team[i].name ||
        a.team[i].skills != b.team[i].skills)
      return false;
  }
  const auto& p = a.product;
  const auto& q = b.product;
  const auto& c = a.company;
  const auto& d = b.company;
  return p.ai_ml == q.ai_ml && p.realtime == q.realtime &&
         p.workload == q.workload && p.data_intensive == q.data_intensive &&
         p.kind == q.kind &&
         p.performance_differentiator == q.performance_differentiator &&
         p.server_rendering == q.server_rendering &&
         p.expected_peak_rps == q.expected_peak_rps &&
         c.engineers_now == d.engineers_now &&
         c.engineers_in_12_months == d.engineers_in_12_months &&
         c.hiring_region == d.hiring_region && c.launched == d.launched &&
         c.current_backend == d.current_backend &&
         c.planned_languages == d.planned_languages &&
         a.leaning.stack == b.leaning.stack &&
         a.leaning.reasons == b.leaning.reasons;
}

TEST(ProfileToJson, RoundTripsThroughParseProfile) {
  for (const engine::Profile& original :
       {engine::Profile{}, io::testing::SampleProfile()}) {
    auto parsed =
        ParseProfile(ProfileToJson(original), kb::DefaultKnowledgeBase());
    ASSERT_TRUE(parsed.has_value()) << parsed.error().ToString();
    EXPECT_TRUE(SameProfile(original, *parsed)) << ProfileToJson(original);
  }
}

TEST(ProfileToJson, WritesEveryFieldWithDefaults) {
  EXPECT_EQ(ProfileToJson(engine::Profile{}, -1),
            R"({"schema_version":1,"team":[],"product":{"ai_ml":"none",)"
            R"("ai_ml_approach":"unknown",)"
            R"("realtime":"none","workload":"unknown","data_intensive":false,)"
            R"("kind":"saas","performance_differentiator":false,)"
            R"("server_rendering":false,"expected_peak_rps":null},)"
            R"("company":{"engineers_now":1,"engineers_in_12_months":1,)"
            R"("hiring_region":"global","launched":false,)"
            R"("current_backend":null,"planned_languages":[]},)"
            R"("leaning":{"stack":null,"reasons":[]}})");
}

// Regression: nlohmann kept the last of two equal keys silently.
TEST(ParseProfile, DuplicateKeysAreErrorsNamingThePath) {
  EXPECT_EQ(
      ErrorOf(R"({"team": [{"skills": {"go": "basic", "go": "expert"}}]})"),
      "team[0].skills.go: duplicate field");
}

// Regression: 1e400 and 400-digit numbers gave 500 (nlohmann out_of_range).
TEST(ParseProfile, NumbersPastADoubleAreErrorsNamingTheField) {
  EXPECT_EQ(ErrorOf(R"({"company": {"engineers_now": 1e400}})"),
            "company.engineers_now: number out of range (a double's magnitude "
            "is at most 1.8e308): 1e400");
  EXPECT_EQ(ErrorOf(R"({"product": {"expected_peak_rps": -)" +
                    std::string(400, '1') + "}}"),
            "product.expected_peak_rps: number out of range (a double's "
            "magnitude is at most 1.8e308): "
            "-111111111111111111111111111111111111...");
}

TEST(ParseProfile, DeepNestingIsRefusedNamingTheLimit) {
  std::string deep = R"({"x":)" + std::string(5000, '[') +
                     std::string(5000, ']') + R"(,"team":[]})";
  auto profile = ParseProfile(deep, kb::DefaultKnowledgeBase());
  ASSERT_FALSE(profile);
  EXPECT_EQ(profile.error().message,
            "nested deeper than 64 arrays and objects (the limit)");
}

TEST(ParseProfile, TeamsLargerThanTheCapAreErrors) {
  std::string team = "[{}";
  for (int i = 1; i < 101; ++i) team += ",{}";
  EXPECT_EQ(ErrorOf(R"({"team": )" + team + "]}"),
            "team: at most 100 members; got 101");
}

}  // namespace
}  // namespace io
