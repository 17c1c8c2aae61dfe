// The profiles in examples/, for benchmarks: a missing or invalid example
// aborts the benchmark with its message (a benchmark has no test runner).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/profile.h"
#include "io/profile_json.h"
#include "kb/load.h"

inline engine::Profile LoadExample(const char* name) {
  std::ifstream in(std::string(STACKWISE_SOURCE_DIR) + "/examples/" + name);
  std::stringstream text;
  text << in.rdbuf();
  auto profile = io::ParseProfile(text.str(), kb::DefaultKnowledgeBase());
  if (!profile) {
    std::fprintf(stderr, "%s: %s\n", name, profile.error().ToString().c_str());
    std::abort();
  }
  return *profile;
}
