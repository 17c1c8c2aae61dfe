#include "engine/explain.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "base/text.h"

namespace engine {
namespace {

constexpr std::string_view kRegionDisplayNames[] = {
    "all regions",   "North America", "Europe", "India",
    "Latin America", "East Asia",     "Africa", "Oceania"};

// Appends the fact as a reader would say it (RenderTemplate).
void AppendFactText(std::string& out, FactId id, const Facts& facts,
                    const KnowledgeBase& kb) {
  const FactValue& fact = facts[static_cast<int>(id)];
  if (!fact.present) {
    out += "none";
    return;
  }
  const FactInfo& info = kb.Info(id);
  switch (info.kind) {
    case FactKind::kEnum: {
      const auto index = static_cast<size_t>(fact.value);
      if (info.stack_valued) {
        out += kb.stacks[index].name;
      } else if (id == FactId::kHiringRegion) {
        out += RegionDisplayName(static_cast<HiringRegion>(index));
      } else {
        AppendReadable(out, info.values[index]);
      }
      return;
    }
    case FactKind::kSet: {
      const size_t start = out.size();
      const auto bits = static_cast<uint64_t>(fact.value);
      for (size_t i = 0; i < info.values.size(); ++i) {
        if (!((bits >> i) & 1u)) continue;
        if (out.size() > start) out += ", ";
        AppendReadable(out, info.values[i]);
      }
      if (out.size() == start) out += "none";
      return;
    }
    case FactKind::kBool:
      out += fact.value != 0 ? "yes" : "no";
      return;
    case FactKind::kNumber:
      out += base::FormatNumber(fact.value);
      return;
  }
}

}  // namespace

std::string Readable(std::string_view wire_name) {
  std::string out;
  AppendReadable(out, wire_name);
  return out;
}

void AppendReadable(std::string& out, std::string_view wire_name) {
  for (char ch : wire_name) out += ch == '_' ? ' ' : ch;
}

std::string_view RegionDisplayName(HiringRegion region) {
  return kRegionDisplayNames[static_cast<int>(region)];
}

TemplateParts SplitTemplate(std::string_view text) {
  TemplateParts split;
  split.unclosed = !ForEachTemplatePart(
      text, [&](const TemplatePart& part) { split.parts.push_back(part); });
  return split;
}

Placeholder ParsePlaceholder(std::string_view text) {
  const size_t first = text.find('|');
  if (first == std::string_view::npos) return {text, {}, {}, true};
  const size_t second = text.find('|', first + 1);
  Placeholder p{text.substr(0, first), {}, {}, false};
  if (second == std::string_view::npos) return p;
  p.one = text.substr(first + 1, second - first - 1);
  p.many = text.substr(second + 1);
  p.valid = !p.one.empty() && !p.many.empty() &&
            p.many.find('|') == std::string_view::npos;
  if (!p.valid) p.one = p.many = {};
  return p;
}

std::string RenderTemplate(std::string_view text, const Facts& facts,
                           const KnowledgeBase& kb,
                           std::string_view framework) {
  std::string out;
  out.reserve(text.size() + 32);
  ForEachTemplatePart(text, [&](const TemplatePart& part) {
    if (!part.placeholder) {
      out.append(part.text);
      return;
    }
    const Placeholder placeholder = ParsePlaceholder(part.text);
    if (placeholder.name == kFrameworkPlaceholder) {
      out.append(framework);
      return;
    }
    const std::optional<FactId> id = kb.FindFact(placeholder.name);
    assert(id.has_value());
    if (!id) {
      out.append(part.text);
      return;
    }
    AppendFactText(out, *id, facts, kb);
    if (placeholder.counts()) {
      const FactValue& count = facts[static_cast<int>(*id)];
      out += ' ';
      out.append(count.present && count.value == 1 ? placeholder.one
                                                   : placeholder.many);
    }
  });
  return out;
}

std::string TeamFitWhy(const KnowledgeBase& kb, const Profile& profile,
                       int stack_index) {
  std::vector<StackLevels> member_levels;
  for (const TeamMember& member : profile.team)
    member_levels.push_back(MemberLevels(kb, member));
  return TeamFitWhy(kb, profile, stack_index, member_levels);
}

namespace {

void AppendLanguages(std::string& out, const Stack& stack) {
  for (size_t l = 0; l < stack.languages.size(); ++l) {
    if (l > 0) out += '/';
    out += stack.languages[l].name;
  }
}

}  // namespace

std::string NobodyKnowsWhy(const Stack& stack) {
  std::string why = "Nobody on the team knows ";
  AppendLanguages(why, stack);
  why += ": 3-6 months of learning curve";
  return why;
}

bool AnyoneKnows(std::span<const StackLevels> member_levels, int stack_index) {
  return std::any_of(member_levels.begin(), member_levels.end(),
                     [&](const StackLevels& levels) {
                       return levels[stack_index] != SkillLevel::kNone;
                     });
}

std::string TeamFitWhy(const KnowledgeBase& kb, const Profile& profile,
                       int stack_index,
                       std::span<const StackLevels> member_levels) {
  const Stack& stack = kb.stacks[stack_index];
  if (profile.team.empty()) return std::string(kNoTeamYetWhy);
  if (!AnyoneKnows(member_levels, stack_index)) return NobodyKnowsWhy(stack);
  // Built in one string: nine of these per evaluation.
  std::string why;
  why.reserve(128);
  AppendLanguages(why, stack);
  why += ": ";
  size_t strangers = 0;
  bool first = true;
  for (size_t i = 0; i < profile.team.size(); ++i) {
    const TeamMember& member = profile.team[i];
    const SkillLevel best = member_levels[i][stack_index];
    if (best == SkillLevel::kNone) {
      ++strangers;
      continue;
    }
    if (!first) why += ", ";
    first = false;
    if (member.name.empty()) {
      why += "engineer ";
      why += std::to_string(i + 1);
    } else {
      why += member.name;
    }
    why += ' ';
    why += Name(best);
  }
  if (strangers > 0) {
    why += "; ";
    why += std::to_string(strangers);
    why += " of ";
    why += std::to_string(profile.team.size());
    why += " engineers do not know it";
  }
  return why;
}

std::string HiringPoolWhy(const Stack& stack, HiringRegion region) {
  std::string why = base::FormatNumber(stack.talent.share_percent) +
                    "% of surveyed developers used it in the past year (" +
                    stack.talent.survey + ", " +
                    std::to_string(stack.talent.year) + ")";
  if (region != HiringRegion::kGlobal) {
    why += "; global figure, no regional data for " +
           std::string(RegionDisplayName(region));
  }
  return why;
}

Text ExistingBackendWhy(const KnowledgeBase& kb, const Profile& profile,
                        int stack_index) {
  const Stack& stack = kb.stacks[stack_index];
  const auto& current = profile.company.current_backend;
  if (!profile.company.launched || !current)
    return Text::Borrowed("No launched backend to keep");
  if (kb.StackOfLanguage(*current) == stack_index) {
    return Text::Owned("The launched product runs on " + stack.name +
                       ": keeping it avoids a rewrite");
  }
  return Text::Owned(
      "Choosing it now means a rewrite or a second language next to " +
      std::string(kb.LanguageName(*current)));
}

}  // namespace engine
