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

std::string FactText(FactId id, const Facts& facts, const KnowledgeBase& kb) {
  const FactValue& fact = facts[static_cast<int>(id)];
  if (!fact.present) return "none";
  const FactInfo& info = kb.Info(id);
  switch (info.kind) {
    case FactKind::kEnum: {
      const auto index = static_cast<size_t>(fact.value);
      if (info.stack_valued) return kb.stacks[index].name;
      if (id == FactId::kHiringRegion) {
        return std::string(RegionDisplayName(static_cast<HiringRegion>(index)));
      }
      return Readable(info.values[index]);
    }
    case FactKind::kSet: {
      std::string out;
      const auto bits = static_cast<uint64_t>(fact.value);
      for (size_t i = 0; i < info.values.size(); ++i) {
        if (!((bits >> i) & 1u)) continue;
        if (!out.empty()) out += ", ";
        out += Readable(info.values[i]);
      }
      return out.empty() ? "none" : out;
    }
    case FactKind::kBool:
      return fact.value != 0 ? "yes" : "no";
    case FactKind::kNumber:
      return base::FormatNumber(fact.value);
  }
  return "";
}

}  // namespace

std::string Readable(std::string_view wire_name) {
  std::string out(wire_name);
  for (char& ch : out) {
    if (ch == '_') ch = ' ';
  }
  return out;
}

std::string_view RegionDisplayName(HiringRegion region) {
  return kRegionDisplayNames[static_cast<int>(region)];
}

TemplateParts SplitTemplate(std::string_view text) {
  TemplateParts split;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('{', pos);
    const size_t close =
        open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      split.unclosed = open != std::string_view::npos;
      split.parts.push_back({text.substr(pos), false});
      break;
    }
    if (open > pos)
      split.parts.push_back({text.substr(pos, open - pos), false});
    split.parts.push_back({text.substr(open + 1, close - open - 1), true});
    pos = close + 1;
  }
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
  for (const TemplatePart& part : SplitTemplate(text).parts) {
    if (!part.placeholder) {
      out.append(part.text);
      continue;
    }
    const Placeholder placeholder = ParsePlaceholder(part.text);
    if (placeholder.name == kFrameworkPlaceholder) {
      out.append(framework);
      continue;
    }
    const std::optional<FactId> id = kb.FindFact(placeholder.name);
    assert(id.has_value());
    if (!id) {
      out.append(part.text);
      continue;
    }
    out.append(FactText(*id, facts, kb));
    if (placeholder.counts()) {
      const FactValue& count = facts[static_cast<int>(*id)];
      out += ' ';
      out.append(count.present && count.value == 1 ? placeholder.one
                                                   : placeholder.many);
    }
  }
  return out;
}

std::string TeamFitWhy(const KnowledgeBase& kb, const Profile& profile,
                       int stack_index) {
  const Stack& stack = kb.stacks[stack_index];
  if (profile.team.empty()) return "No engineers yet: team fit cannot decide";
  std::string languages;
  for (const StackLanguage& language : stack.languages) {
    if (!languages.empty()) languages += "/";
    languages += language.name;
  }
  std::string who;
  size_t strangers = 0;
  for (size_t i = 0; i < profile.team.size(); ++i) {
    const TeamMember& member = profile.team[i];
    const SkillLevel best = MemberLevels(kb, member)[stack_index];
    if (best == SkillLevel::kNone) {
      ++strangers;
      continue;
    }
    if (!who.empty()) who += ", ";
    who += (member.name.empty() ? "engineer " + std::to_string(i + 1)
                                : member.name) +
           " " + std::string(Name(best));
  }
  if (who.empty()) {
    return "Nobody on the team knows " + languages +
           ": 3-6 months of learning curve";
  }
  std::string why = languages + ": " + who;
  if (strangers > 0) {
    why += "; " + std::to_string(strangers) + " of " +
           std::to_string(profile.team.size()) + " engineers do not know it";
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

std::string ExistingBackendWhy(const KnowledgeBase& kb, const Profile& profile,
                               int stack_index) {
  const Stack& stack = kb.stacks[stack_index];
  const auto& current = profile.company.current_backend;
  if (!profile.company.launched || !current)
    return "No launched backend to keep";
  if (kb.StackOfLanguage(*current) == stack_index) {
    return "The launched product runs on " + stack.name +
           ": keeping it avoids a rewrite";
  }
  return "Choosing it now means a rewrite or a second language next to " +
         std::string(kb.LanguageName(*current));
}

}  // namespace engine
