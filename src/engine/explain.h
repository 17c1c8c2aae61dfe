// Explanations: the sentences of a result, from facts and the profile.
//
// Renders rule message templates ("{leaning.stack}" -> "Go") and writes the
// one-line why of each computed rating (team fit, hiring pool, existing
// backend) and the summary. Pure; English only.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/facts.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"
#include "engine/recommendation.h"

namespace engine {

// The names a template may use besides fact names.
inline constexpr std::string_view kFrameworkPlaceholder =
    "recommended.framework";

// A message template is literal text with "{name}" placeholders: the name
// is everything between a "{" and the next "}". A "{" with no "}" after it
// starts literal text to the end (the knowledge-base loader reports it).
struct TemplatePart {
  std::string_view text;  // the literal text, or the placeholder's name
  bool placeholder = false;
};
struct TemplateParts {
  std::vector<TemplatePart> parts;  // in order; views into the template
  bool unclosed = false;            // a "{" had no "}" after it
};
TemplateParts SplitTemplate(std::string_view text);

// Calls `visit(const TemplatePart&)` for each part of SplitTemplate, in
// order, without collecting them. Returns false when a "{" had no "}".
template <typename Visit>
bool ForEachTemplatePart(std::string_view text, Visit visit) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('{', pos);
    const size_t close =
        open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      visit(TemplatePart{text.substr(pos), false});
      return open == std::string_view::npos;
    }
    if (open > pos) visit(TemplatePart{text.substr(pos, open - pos), false});
    visit(TemplatePart{text.substr(open + 1, close - open - 1), true});
    pos = close + 1;
  }
  return true;
}

// A placeholder's name, and for one that counts, its nouns:
// "{company.engineers_now|engineer|engineers}" reads "1 engineer" or
// "3 engineers" (the fact must be a number). `valid` is false for any other
// use of "|" (the knowledge-base loader reports it).
struct Placeholder {
  std::string_view name;
  std::string_view one;   // empty unless the placeholder counts
  std::string_view many;  // likewise
  bool valid = true;
  bool counts() const { return !one.empty(); }
};
Placeholder ParsePlaceholder(std::string_view text);

// Replaces every "{name}" with the value of the fact of that name as a
// reader would say it: stack facts by the stack's name, enum values with
// spaces for underscores, numbers by base::FormatNumber followed by the
// noun of a counting placeholder; an absent fact reads "none". The
// knowledge-base loader has checked every placeholder.
std::string RenderTemplate(std::string_view text, const Facts& facts,
                           const KnowledgeBase& kb, std::string_view framework);

// A wire name as a reader would say it: "north_america" -> "north america".
std::string Readable(std::string_view wire_name);
void AppendReadable(std::string& out, std::string_view wire_name);

// The display name of a hiring region ("North America"; "all regions").
std::string_view RegionDisplayName(HiringRegion region);

// One line on the team's best skill in the stack, naming who has it.
std::string TeamFitWhy(const KnowledgeBase& kb, const Profile& profile,
                       int stack_index);
// What TeamFitWhy says with no team, and when nobody knows the stack (which
// IndexStacks keeps as each stack's nobody_knows_why).
inline constexpr std::string_view kNoTeamYetWhy =
    "No engineers yet: team fit cannot decide";
std::string NobodyKnowsWhy(const Stack& stack);
// Whether any member knows the stack's language at all.
bool AnyoneKnows(std::span<const StackLevels> member_levels, int stack_index);
// The same, with each member's levels (MemberLevels, in team order) given.
std::string TeamFitWhy(const KnowledgeBase& kb, const Profile& profile,
                       int stack_index,
                       std::span<const StackLevels> member_levels);

// One line on the stack's talent pool, its survey and year, and the region.
std::string HiringPoolWhy(const Stack& stack, HiringRegion region);

// One line on whether the launched product already runs on the stack; the
// line without a launched backend is the same for every stack, and borrowed.
Text ExistingBackendWhy(const KnowledgeBase& kb, const Profile& profile,
                        int stack_index);

}  // namespace engine
