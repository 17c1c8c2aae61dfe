// The decision as an Architecture Decision Record in MADR 4 shape, short
// enough for a team to commit (`--format markdown`, `stackwise adr`,
// GET /api/v1/assessments/{id}/adr.md).
//
// It opens with the verdict (io/verdict.h), keeps the chosen option and
// the real alternatives (the next in the ranking, and the stack the
// founders lean toward), and never shows internal weights or scores. A
// decision taken together (a result with founders) names each founder as
// a decider and records where they disagreed and how that was settled.
// Deterministic given its arguments: the date is passed in (YYYY-MM-DD),
// never read from the clock here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"

namespace io {

// How many alternatives to the chosen option the record weighs: the next in
// the ranking, and the stack the founders lean toward if it is not among
// them.
inline constexpr size_t kAdrAlternatives = 2;

// Where a record keeps its status, date and deciders. MADR 4 moved them
// from a list under the title into YAML front matter; the tools most teams
// read records with still expect the list, so that is the default.
enum class AdrMetadata {
  // "- Status: proposed", "- Deciders: Ana, Ben" and "- Date: 2026-11-28"
  // under the title, as MADR 2 wrote them: log4brains reads these lines,
  // and the title stays on the first line, where adr-tools looks for it.
  kList,
  // MADR 4's front matter (status, date, decision-makers), for tools that
  // read it; log4brains then sees no status (it reports "accepted") and
  // adr-tools takes the first "---" line for the title.
  kFrontMatter,
};

// "list" or "front-matter" (the CLI's --metadata values).
std::string_view Name(AdrMetadata metadata);

struct AdrOptions {
  std::string title;  // empty: "Use <stack> with <framework> for the backend"
  std::string date;   // YYYY-MM-DD
  std::string status = "proposed";  // MADR: proposed until the team accepts it
  // The profile JSON to embed under "## Answers", with what was decided
  // (io/adr_record.h), so `stackwise check` can re-evaluate the record;
  // empty: no Answers section.
  std::string answers_json = {};
  // "NNNN-title.md" of the record this one replaces; empty: none.
  std::string supersedes = {};
  AdrMetadata metadata = AdrMetadata::kList;  // what log4brains reads
  // The people who decide, for the front matter's decision-makers; empty:
  // the founders of a group result (engine/group.h), else the team's named
  // members.
  std::vector<std::string> deciders = {};
};

// `kb` names the languages and stacks the profile mentions.
std::string RenderAdr(const engine::KnowledgeBase& kb,
                      const engine::Recommendation& result,
                      const engine::Profile& profile,
                      const AdrOptions& options);

// The default title for a result: "Use Python with FastAPI for the backend".
std::string AdrTitle(const engine::Recommendation& result);

// "Use Python with FastAPI for the backend" -> "use-python-with-fastapi-for-
// the-backend": lower-case ASCII letters and digits, runs of anything else
// one dash, none at either end. adr-tools and log4brains name a record
// "NNNN-<this>.md".
std::string KebabCase(std::string_view title);

}  // namespace io
