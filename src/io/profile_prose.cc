#include "io/profile_prose.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace io {
namespace {

using engine::Name;

// Words of the profile's enums that are not spelled as they are written;
// languages and stacks are named by the knowledge base.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kSpoken =
    {{
        {"saas", "SaaS"},
        {"crud", "CRUD"},
        {"io_bound", "I/O-bound"},
        {"cpu_bound", "CPU-bound"},
    }};

// Region names are proper nouns; other multi-word names are lower case.
bool IsRegion(std::string_view name) {
  auto regions = engine::Names(engine::HiringRegion{});
  return std::find(regions.begin(), regions.end(), name) != regions.end();
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += i + 1 == words.size() ? " and " : ", ";
    text += words[i];
  }
  return text;
}

std::string MemberSkills(const engine::KnowledgeBase& kb,
                         const engine::TeamMember& member) {
  // Strongest first, so the sentence leads with what matters.
  std::vector<std::pair<engine::LanguageId, engine::SkillLevel>> skills(
      member.skills.begin(), member.skills.end());
  std::stable_sort(
      skills.begin(), skills.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> parts;
  for (const auto& [language, level] : skills) {
    if (level == engine::SkillLevel::kNone) continue;
    parts.push_back(std::string(Name(level)) + " in " + Spoken(kb, language));
  }
  if (parts.empty()) return "no backend language yet";
  return JoinWords(parts);
}

std::string YesNo(bool yes, std::string_view positive,
                  std::string_view negative) {
  return std::string(yes ? positive : negative);
}

}  // namespace

std::string Spoken(std::string_view wire_name) {
  for (const auto& [wire, spoken] : kSpoken) {
    if (wire == wire_name) return std::string(spoken);
  }
  std::string text(wire_name);
  bool capitalize = IsRegion(wire_name);
  bool word_start = true;
  for (char& ch : text) {
    if (ch == '_') {
      ch = ' ';
      word_start = true;
      continue;
    }
    if (capitalize && word_start && ch >= 'a' && ch <= 'z')
      ch = static_cast<char>(ch - 'a' + 'A');
    word_start = false;
  }
  return text;
}

std::string Spoken(const engine::KnowledgeBase& kb,
                   std::string_view wire_name) {
  if (kb.StackOfLanguage(wire_name))
    return std::string(kb.LanguageName(wire_name));
  if (auto stack = kb.StackIndex(wire_name)) {
    return kb.stacks[static_cast<size_t>(*stack)].name;
  }
  return Spoken(wire_name);
}

std::string DescribeTeam(const engine::KnowledgeBase& kb,
                         const engine::Profile& profile) {
  const auto& team = profile.team;
  if (team.empty()) {
    return "The founding team has no engineer yet (a non-technical founder).";
  }
  std::vector<std::string> members;
  for (const auto& member : team) {
    std::string who = member.name.empty() ? "an unnamed member" : member.name;
    members.push_back(who + " (" + MemberSkills(kb, member) + ")");
  }
  std::string count = team.size() == 1
                          ? "one member"
                          : std::to_string(team.size()) + " members";
  return "The team has " + count + ": " + JoinWords(members) + ".";
}

std::string DescribeProduct(const engine::Product& p) {
  std::string text = "Product kind: " + Spoken(Name(p.kind)) +
                     "; AI/ML: " + Spoken(Name(p.ai_ml)) +
                     (p.ai_ml != engine::AiMl::kNone &&
                              p.ai_ml_approach != engine::AiMlApproach::kUnknown
                          ? " (" + Spoken(Name(p.ai_ml_approach)) + ")"
                          : std::string()) +
                     "; real-time features: " + Spoken(Name(p.realtime)) +
                     "; workload: " + Spoken(Name(p.workload)) + ". ";
  text += YesNo(p.data_intensive, "It is data-intensive. ",
                "It is not data-intensive. ");
  text +=
      YesNo(p.performance_differentiator,
            "Raw performance is a competitive differentiator from day one. ",
            "Raw performance is not a differentiator. ");
  text += YesNo(p.server_rendering, "It needs server-side rendering. ",
                "It needs no server-side rendering. ");
  if (p.expected_peak_rps) {
    text += "Expected peak: " + std::to_string(*p.expected_peak_rps) +
            " requests per second.";
  } else {
    text += "No peak load has been estimated.";
  }
  return text;
}

std::string DescribeCompany(const engine::KnowledgeBase& kb,
                            const engine::Company& c) {
  std::string text =
      "Engineers now: " + std::to_string(c.engineers_now) +
      "; in 12 months: " + std::to_string(c.engineers_in_12_months) +
      "; hiring in " +
      (c.hiring_region == engine::HiringRegion::kGlobal
           ? std::string("any region")
           : Spoken(Name(c.hiring_region))) +
      ". ";
  text +=
      c.launched ? "The product has launched" : "The product has not launched";
  if (c.current_backend) {
    text += ", with a backend in " + Spoken(kb, *c.current_backend);
  }
  text += ". ";
  if (c.planned_languages.empty()) {
    text += "No backend language is planned yet.";
  } else {
    std::vector<std::string> names;
    names.reserve(c.planned_languages.size());
    for (const auto& language : c.planned_languages)
      names.push_back(Spoken(kb, language));
    text += "Planned backend languages: " + JoinWords(names) + ".";
  }
  return text;
}

std::string DescribeLeaning(const engine::KnowledgeBase& kb,
                            const engine::Leaning& leaning) {
  std::vector<std::string> reasons;
  for (auto reason : leaning.reasons) reasons.push_back(Spoken(Name(reason)));
  if (!leaning.stack) {
    if (reasons.empty()) return "The founders have no leaning yet.";
    return "The founders have no leaning yet (reasons given: " +
           JoinWords(reasons) + ").";
  }
  std::string text = "The founders lean towards " + Spoken(kb, *leaning.stack);
  if (!reasons.empty()) text += " because of " + JoinWords(reasons);
  return text + ".";
}

}  // namespace io
