// One full evaluation (all stacks, all rules, explanations, what-if, the
// robustness sampling) on the default knowledge base. Budget (DESIGN §6):
// under 25 us per evaluation. BM_Robustness times the sampling alone.
#include <benchmark/benchmark.h>

#include <filesystem>
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
  const std::vector<double> weights =
      engine::Weights(kb, engine::FactsOf(kb, profile));
  const engine::RatingMatrix ratings(kb, profile);
  const std::vector<int> order =
      engine::RankOrder(engine::Scores(kb, ratings, weights));
  for (auto _ : state) {
    engine::Robustness r =
        engine::AnalyseRobustness(kb, weights, ratings, {}, order);
    benchmark::DoNotOptimize(r);
  }
}

BENCHMARK_CAPTURE(BM_Robustness, launched_rewrite,
                  "launched-rewrite-temptation.json")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Robustness, non_technical_founder,
                  "non-technical-founder.json")
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
