// RecommendationToJson on one full result (~30 KB), as the HTTP API writes
// it (compact). It runs once per POST /api/v1/recommendations, whose budget
// is 30,000 req/s on 2 cores: this must stay well under 40 us.
#include <benchmark/benchmark.h>

#include "bench/example_profile.h"
#include "engine/evaluate.h"
#include "io/result_json.h"
#include "kb/load.h"

namespace {

engine::Recommendation EvaluateExample(const char* name) {
  return engine::Evaluate(kb::DefaultKnowledgeBase(), LoadExample(name));
}

void BM_RecommendationToJson(benchmark::State& state, const char* example,
                             int indent) {
  const engine::Recommendation result = EvaluateExample(example);
  size_t bytes = 0;
  for (auto _ : state) {
    std::string json = io::RecommendationToJson(result, indent);
    bytes = json.size();
    benchmark::DoNotOptimize(json);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}

BENCHMARK_CAPTURE(BM_RecommendationToJson, compact,
                  "launched-rewrite-temptation.json", -1)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_RecommendationToJson, indent2,
                  "launched-rewrite-temptation.json", 2)
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
