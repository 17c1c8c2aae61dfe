// The verdict: the answer to the founder's question in plain words, which
// the text report and the ADR show before anything else (web/verdict.js
// follows the same rules for the page).
//
// Built from the result alone, so a stored result gives the same verdict;
// deterministic; no weights, scores or rule ids in its sentences.
#pragma once

#include <string>
#include <vector>

#include "engine/recommendation.h"

namespace io {

// How many next steps the verdict names: enough to start on Monday.
inline constexpr size_t kNextSteps = 3;

struct Verdict {
  std::string choice;     // "Use Python with FastAPI."
  std::string leaning;    // "You lean toward Go. Stay with Node.js: ..."; empty
                          // when there is no leaning or the leaning won
  std::string stability;  // "Confidence high: Python ranks first in 97% ..."
  std::vector<std::string> next_steps;  // at most kNextSteps, most urgent first
};

// Next steps come from the checklist's failed, then warned items, then the
// advice, then the checklist's to-do items: what is wrong before what is
// merely not yet done.
Verdict MakeVerdict(const engine::Recommendation& result);

// "Stay with", "Keep" or "Choose": how the winner relates to what the team
// has. "Keep" when it is the launched backend, "Stay with" when someone on
// the team works in it, else "Choose".
std::string WinnerVerb(const engine::Recommendation& result);

}  // namespace io
