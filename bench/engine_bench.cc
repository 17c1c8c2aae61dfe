// One full evaluation (all stacks, all rules, explanations, what-if, the
// robustness sampling) on the default knowledge base. Budget (DESIGN §6):
// a median under 25 us per evaluation, BM_EvaluateEveryExampleEach's
// median_us. BM_Robustness times the sampling alone, and
// BM_WhatIfEveryExample the what-if search alone.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bench/example_profile.h"
#include "engine/evaluate.h"
#include "engine/robustness.h"
#include "engine/scoring.h"
#include "engine/what_if.h"
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
std::vector<engine::Profile> EveryExample() {
  std::vector<engine::Profile> profiles;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(STACKWISE_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() == ".json")
      profiles.push_back(LoadExample(entry.path().filename().c_str()));
  }
  return profiles;
}

void BM_EvaluateEveryExample(benchmark::State& state) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const std::vector<engine::Profile> profiles = EveryExample();
  size_t next = 0;
  for (auto _ : state) {
    engine::Recommendation r = engine::Evaluate(kb, profiles[next]);
    benchmark::DoNotOptimize(r);
    next = (next + 1) % profiles.size();
  }
}

BENCHMARK(BM_EvaluateEveryExample)->Unit(benchmark::kMicrosecond);

// The same traffic with each evaluation timed on its own, result freed
// included: the budget is a median, and the examples' costs are skewed (a
// launched product's search for the leaning's path ranks twice the usual
// number of variants), so the mean above is above the median. Counters:
// the median and the 90th percentile of every evaluation of the run, in us.
void BM_EvaluateEveryExampleEach(benchmark::State& state) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const std::vector<engine::Profile> profiles = EveryExample();
  std::vector<double> micros;
  micros.reserve(size_t{1} << 20);
  size_t next = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    {
      engine::Recommendation r = engine::Evaluate(kb, profiles[next]);
      benchmark::DoNotOptimize(r);
    }
    micros.push_back(std::chrono::duration<double, std::micro>(
                         std::chrono::steady_clock::now() - start)
                         .count());
    next = (next + 1) % profiles.size();
  }
  auto at = [&micros](double quantile) {
    const auto nth =
        micros.begin() + static_cast<ptrdiff_t>(quantile * (micros.size() - 1));
    std::nth_element(micros.begin(), nth, micros.end());
    return *nth;
  };
  state.counters["median_us"] = at(0.5);
  state.counters["p90_us"] = at(0.9);
}

BENCHMARK(BM_EvaluateEveryExampleEach)->Unit(benchmark::kMicrosecond);

// The what-if list and the leaning's path, every example in turn.
void BM_WhatIfEveryExample(benchmark::State& state) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const std::vector<engine::Profile> profiles = EveryExample();
  std::vector<int> winners;
  for (const engine::Profile& profile : profiles)
    winners.push_back(engine::RankWinner(kb, profile));
  size_t next = 0;
  for (auto _ : state) {
    engine::WhatIfAnswers answers =
        engine::FindWhatIfsAndLeaningPath(kb, profiles[next], winners[next]);
    benchmark::DoNotOptimize(answers);
    next = (next + 1) % profiles.size();
  }
}

BENCHMARK(BM_WhatIfEveryExample)->Unit(benchmark::kMicrosecond);

// What AnalyseRobustness reads, as Evaluate computes it for a profile.
struct RobustnessInputs {
  RobustnessInputs(const engine::KnowledgeBase& kb,
                   const engine::Profile& profile)
      : weights(engine::Weights(kb, engine::FactsOf(kb, profile))),
        ratings(kb, profile),
        eligible(new bool[kb.stacks.size()]),
        stacks(kb.stacks.size()) {
    // Team first, as Evaluate ranks: the eligible stacks and the others are
    // sampled as two groups.
    const engine::Eligibility eligibility =
        engine::TeamFirst(kb, engine::FactsOf(kb, profile));
    order =
        engine::RankOrder(engine::Scores(kb, ratings, weights), eligibility);
    for (size_t s = 0; s < stacks; ++s)
      eligible[s] = engine::IsEligible(eligibility, static_cast<int>(s));
  }
  engine::Robustness Analyse(const engine::KnowledgeBase& kb) const {
    return engine::AnalyseRobustness(
        kb, weights, ratings, std::span<const bool>(eligible.get(), stacks),
        order);
  }

  std::vector<double> weights;
  engine::RatingMatrix ratings;
  std::unique_ptr<bool[]> eligible;
  size_t stacks;
  std::vector<int> order;
};

void BM_Robustness(benchmark::State& state, const char* example) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  const RobustnessInputs inputs(kb, LoadExample(example));
  for (auto _ : state) {
    engine::Robustness r = inputs.Analyse(kb);
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

// The sampling alone, every example in turn.
void BM_RobustnessEveryExample(benchmark::State& state) {
  const engine::KnowledgeBase& kb = kb::DefaultKnowledgeBase();
  std::vector<RobustnessInputs> inputs;
  for (const engine::Profile& profile : EveryExample())
    inputs.emplace_back(kb, profile);
  size_t next = 0;
  for (auto _ : state) {
    engine::Robustness r = inputs[next].Analyse(kb);
    benchmark::DoNotOptimize(r);
    next = (next + 1) % inputs.size();
  }
}

BENCHMARK(BM_RobustnessEveryExample)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
