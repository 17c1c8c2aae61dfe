// Profile parsing cost against body size: it must stay linear (DESIGN §7).
// The documents are the shapes that once made it quadratic or recursive:
// a wide object, objects nested to the depth limit each with a sibling
// after the nested member, and the 5458-level body that took 2 s.
#include <benchmark/benchmark.h>

#include <string>

#include "io/profile_json.h"
#include "kb/load.h"

namespace {

// {"x": {"k0": 0, "k1": 0, ...}}: `keys` members in one object.
std::string WideObject(int64_t keys) {
  std::string text = R"({"x": {)";
  for (int64_t i = 0; i < keys; ++i) {
    if (i > 0) text += ',';
    text += "\"k" + std::to_string(i) + "\":0";
  }
  return text + "}}";
}

// [{"a": {"a": ... 1 ..., "b": 1}, "b": 1}, ...]: `copies` side by side,
// each 60 levels deep with a sibling after every nested member.
std::string NestedWithSiblings(int64_t copies) {
  std::string one;
  for (int i = 0; i < 60; ++i) one += R"({"a":)";
  one += "1";
  for (int i = 0; i < 60; ++i) one += R"(,"b":1})";
  std::string text = R"({"x": [)";
  for (int64_t i = 0; i < copies; ++i) text += (i > 0 ? "," : "") + one;
  return text + "]}";
}

std::string TooDeep(int64_t levels) {
  std::string text;
  for (int64_t i = 0; i < levels; ++i) text += R"({"a":)";
  text += "1";
  for (int64_t i = 0; i < levels; ++i) text += R"(,"b":1})";
  return text;
}

void Run(benchmark::State& state, const std::string& body) {
  for (auto _ : state) {
    auto profile = io::ParseProfile(body, kb::DefaultKnowledgeBase());
    benchmark::DoNotOptimize(profile);
  }
  state.SetComplexityN(static_cast<int64_t>(body.size()));
  state.SetBytesProcessed(state.iterations() *
                          static_cast<int64_t>(body.size()));
}

void BM_ParseWideObject(benchmark::State& state) {
  Run(state, WideObject(state.range(0)));
}
BENCHMARK(BM_ParseWideObject)
    ->RangeMultiplier(4)
    ->Range(64, 8192)
    ->Complexity(benchmark::oN);

void BM_ParseNestedWithSiblings(benchmark::State& state) {
  Run(state, NestedWithSiblings(state.range(0)));
}
BENCHMARK(BM_ParseNestedWithSiblings)
    ->RangeMultiplier(2)
    ->Range(1, 64)
    ->Complexity(benchmark::oN);

// Refused at the 65th level, whatever follows.
void BM_ParseTooDeep(benchmark::State& state) {
  Run(state, TooDeep(state.range(0)));
}
BENCHMARK(BM_ParseTooDeep)->Arg(100)->Arg(1000)->Arg(5458);

}  // namespace

BENCHMARK_MAIN();
