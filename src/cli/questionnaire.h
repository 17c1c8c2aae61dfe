// The questionnaire of `stackwise ask`: the article's five questions and
// the rest of the profile, one question at a time, in the profile's order
// (team, product, company, leaning). Every question has the default of
// engine/profile.h, so Enter through the whole list gives the default
// profile, and end of input stops cleanly with defaults.
#pragma once

#include "cli/prompter.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"

namespace cli {

// Languages and stacks are offered from `kb`.
engine::Profile AskProfile(Prompter& prompter, const engine::KnowledgeBase& kb);

}  // namespace cli
