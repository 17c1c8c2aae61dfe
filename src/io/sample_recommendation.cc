#include "io/sample_recommendation.h"

namespace io::testing {

engine::Recommendation SampleRecommendation() {
  engine::Recommendation r;
  r.recommendation = {"python", "Python", "FastAPI",
                      "it fits async APIs next to ML code.",
                      "The team knows Python and AI/ML is planned."};
  r.confidence = {engine::ConfidenceLevel::kHigh, 12.34,
                  "Python leads by more than 10 points."};
  engine::StackScore python;
  python.stack = "python";
  python.name = "Python";
  python.rank = 1;
  python.score = 72.46;
  python.criteria = {
      {"team_fit", "Team fit", 4, 5, 40.04,
       engine::Text::Borrowed("Ana is expert in Python")},
      {"ai_ml", "AI/ML ecosystem", 2, 5, 20,
       engine::Text::Borrowed("best-in-class ML libraries")},
      {"cpu", "CPU throughput", 0, 1, 0, engine::Text::Borrowed("interpreted")},
      {"hiring", "Hiring pool", 1, 1.5, 12.42,
       engine::Text::Borrowed("large pool")}};
  // A result refers to its knowledge base's text, which outlives it.
  static const std::vector<std::string> kStrengths{"largest data ecosystem"};
  static const std::vector<std::string> kConcerns{"weaker at CPU-bound work"};
  python.strengths = kStrengths;
  python.concerns = kConcerns;
  python.frameworks = {{"FastAPI", "async APIs", true},
                       {"Django", "admin-heavy apps", false}};
  engine::StackScore go;
  go.stack = "go";
  go.name = "Go";
  go.rank = 2;
  go.score = 60.12;
  go.extension = false;
  go.criteria = {
      {"team_fit", "Team fit", 4, 0, 0,
       engine::Text::Borrowed("nobody knows Go")},
      {"ai_ml", "AI/ML ecosystem", 2, 2, 8,
       engine::Text::Borrowed("few ML libraries")},
      {"cpu", "CPU throughput", 0, 5, 0, engine::Text::Borrowed("compiled")},
      {"hiring", "Hiring pool", 1, 3, 52.12,
       engine::Text::Borrowed("growing pool")}};
  r.ranking = {python, go};
  r.tensions = {{"js_team_ai", "", "The team knows JavaScript but AI is core.",
                 "Five Questions", "tension_rule"}};
  r.warnings = {{"benchmark_driven", "Benchmark-driven choice",
                 "The leaning comes from benchmarks.", "Common Mistakes",
                 "mistake_benchmarks"}};
  r.checklist = {
      {"team_skill", "Team skill is the primary criterion",
       engine::CheckStatus::kPass, "Ana is expert in Python", "Checklist"},
      {"hiring_plan", "Confirm the hiring market", engine::CheckStatus::kWarn,
       "small pool in the region", "Checklist"},
      {"single_language", "One backend language", engine::CheckStatus::kFail,
       "three languages planned", "Checklist"},
      {"prototype_first", "Prototype a core feature",
       engine::CheckStatus::kTodo, "", "Checklist"}};
  r.advice = {
      {"capacity", "", "FastAPI handles 10k-50k rps.", "FAQ", "capacity_rule"}};
  r.revisit_triggers = {{"team_10", "", "The team passes 10 engineers.",
                         "Polyglot Trap", "revisit_rule"}};
  r.what_if = {{"product.ai_ml",
                "none",
                "If AI/ML were not needed",
                {{"product.ai_ml", "none", "If AI/ML were not needed"}},
                "go",
                "Go",
                3.25}};
  r.leaning_path = engine::LeaningPath{
      "go",
      "Go",
      true,
      {{"team.skills.go", "expert",
        "If an engineer with expert Go joined the team"}},
      "Go would rank first if an engineer with expert Go joined the team."};
  r.knowledge_base = {"2026.11.1", "0123456789abcdef0123"};
  return r;
}

engine::Profile SampleProfile() {
  engine::Profile p;
  engine::TeamMember ana;
  ana.name = "Ana";
  ana.skills = {{"python", engine::SkillLevel::kExpert},
                {"typescript", engine::SkillLevel::kWorking}};
  engine::TeamMember other;
  other.skills = {{"go", engine::SkillLevel::kBasic}};
  p.team = {ana, other};
  p.product.ai_ml = engine::AiMl::kPlanned;
  p.product.workload = engine::Workload::kIoBound;
  p.product.expected_peak_rps = 200;
  p.company.engineers_now = 2;
  p.company.engineers_in_12_months = 6;
  p.company.hiring_region = engine::HiringRegion::kEurope;
  p.company.planned_languages = {"python"};
  p.leaning.stack = "go";
  p.leaning.reasons = {engine::LeaningReason::kBenchmarks};
  return p;
}

}  // namespace io::testing
