// One full evaluation (all stacks, all rules, explanations, what-if, the
// robustness sampling) on the default knowledge base. Budget (DESIGN §6):
// under 25 us per evaluation. BM_Robustness times the sampling alone.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bench/example_profile.h"
#include "engine/evaluate.h"
#include "engine/robustness.h"
#include "engine/scoring.h"
#include "kb/load.h"

namespace {

void BM_Evaluate(benchmark::State& state, const char* example) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const engine::Profile profile = LoadExample(example);
  for (auto _ : state) {
    engine::Recommendation r = engine::Evaluate(kb, profile);
    benchmark::DoNotOptimize(r);
  }
}

BENCHMARK_CAPTURE(BM_Evaluate, launched_rewrite,
                  "launched-rewrite-temptation.json")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Evaluate, js_team_ai_core, "js-team-core-ai.json")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Evaluate, non_technical_founder,
                  "non-technical-founder.json")
    ->Unit(benchmark::kMicrosecond);

// Every example in turn, as mixed traffic is: no two evaluations in a row
// share a profile. The time is per evaluation.
void BM_EvaluateEveryExample(benchmark::State& state) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  std::vector<engine::Profile> profiles;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(STACKWISE_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() == ".json")
      profiles.push_back(LoadExample(entry.path().filename().c_str()));
  }
  size_t next = 0;
  for (auto _ : state) {
    engine::Recommendation r = engine::Evaluate(kb, profiles[next]);
    benchmark::DoNotOptimize(r);
    next = (next + 1) % profiles.size();
  }
}

BENCHMARK(BM_EvaluateEveryExample)->Unit(benchmark::kMicrosecond);

void BM_Robustness(benchmark::State& state, const char* example) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const engine::Profile profile = LoadExample(example);
  const engine::Facts facts = engine::FactsOf(kb, profile);
  const std::vector<double> weights = engine::Weights(kb, facts);
  const engine::RatingMatrix ratings(kb, profile);
  // Team first, as Evaluate ranks: the eligible stacks and the others are
  // sampled as two groups.
  const engine::Eligibility eligibility = engine::TeamFirst(kb, facts);
  const std::vector<int> order =
      engine::RankOrder(engine::Scores(kb, ratings, weights), eligibility);
  std::unique_ptr<bool[]> eligible(new bool[kb.stacks.size()]);
  for (size_t s = 0; s < kb.stacks.size(); ++s)
    eligible[s] = engine::IsEligible(eligibility, static_cast<int>(s));
  const std::span<const bool> eligible_span(eligible.get(), kb.stacks.size());
  for (auto _ : state) {
    engine::Robustness r =
        engine::AnalyseRobustness(kb, weights, ratings, eligible_span, order);
    benchmark::DoNotOptimize(r);
  }
}

BENCHMARK_CAPTURE(BM_Robustness, launched_rewrite,
                  "launched-rewrite-temptation.json")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Robustness, non_technical_founder,
                  "non-technical-founder.json")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Robustness, js_team_ai_core, "js-team-core-ai.json")
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
