#include "io/adr_markdown.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "io/json_quote.h"
#include "io/profile_prose.h"
#include "io/text_style.h"

namespace io {
namespace {

// The decision drivers: the criteria that weighed most for this profile.
constexpr size_t kDrivers = 5;
// Ratings (0..5) at or above kGoodRating are pros, at or below kBadRating cons.
constexpr double kGoodRating = 4.0;
constexpr double kBadRating = 2.0;

// Free text from the profile or the flags stays on its line, so it cannot
// end the front matter or a heading early.
std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return text;
}

// User text (titles, member names, and the explanations that quote names)
// as literal Markdown: on one line, with every character that could start
// emphasis, code, a link, raw HTML, an entity, a table cell or
// strikethrough backslash-escaped, so it renders as typed.
std::string MarkdownText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>&|~").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

// The names in the YAML front matter: plain when every character is safe
// there, otherwise one double-quoted YAML (and JSON) string in which
// < > & are \u escapes, so no renderer of front matter sees markup.
std::string YamlNames(const std::string& joined) {
  bool plain = !joined.empty() && joined.front() != ' ';
  for (char c : joined) {
    auto byte = static_cast<unsigned char>(c);
    plain = plain && (byte >= 0x80 || std::isalnum(byte) || c == ' ' ||
                      c == '.' || c == ',' || c == '\'' || c == '-');
  }
  if (plain) return joined;
  std::string quoted;
  for (char c : JsonQuote(joined)) {
    if (c == '<')
      quoted += "\\u003c";
    else if (c == '>')
      quoted += "\\u003e";
    else if (c == '&')
      quoted += "\\u0026";
    else
      quoted += c;
  }
  return quoted;
}

std::string Choice(const engine::Headline& h) {
  return engine::StackWithFramework(h);
}

std::string Title(const engine::Recommendation& result,
                  const AdrOptions& options) {
  if (!options.title.empty()) return MarkdownText(options.title);
  return "Choose " + Choice(result.recommendation) + " for the backend";
}

// Named team members decide; an anonymous team gets no line (MADR marks
// decision-makers optional).
void WriteFrontMatter(std::ostream& out, const engine::Profile& profile,
                      const AdrOptions& options) {
  out << "---\nstatus: " << OneLine(options.status)
      << "\ndate: " << OneLine(options.date) << "\n";
  std::vector<std::string> names;
  for (const auto& member : profile.team) {
    if (!member.name.empty()) names.push_back(member.name);
  }
  if (!names.empty()) {
    std::string joined;
    for (size_t i = 0; i < names.size(); ++i) {
      joined += (i == 0 ? "" : ", ") + OneLine(names[i]);
    }
    out << "decision-makers: " << YamlNames(joined) << "\n";
  }
  out << "---\n\n";
}

void WriteContext(std::ostream& out, const engine::Profile& profile) {
  out << "## Context and Problem Statement\n\n"
      << "Which backend language and framework should we build on? The choice "
         "is hard to reverse, so it should follow the team's skills, the "
         "product's requirements and the hiring market.\n\n"
      << MarkdownText(DescribeTeam(profile)) << "\n\n"
      << DescribeProduct(profile.product) << "\n\n"
      << DescribeCompany(profile.company) << "\n\n"
      << DescribeLeaning(profile.leaning) << "\n\n";
}

void WriteDrivers(std::ostream& out, const engine::Recommendation& result) {
  out << "## Decision Drivers\n\n";
  if (!result.ranking.empty()) {
    auto criteria = result.ranking.front().criteria;
    std::stable_sort(
        criteria.begin(), criteria.end(),
        [](const auto& a, const auto& b) { return a.weight > b.weight; });
    for (size_t i = 0; i < criteria.size() && i < kDrivers; ++i) {
      if (criteria[i].weight <= 0) break;
      out << "* " << criteria[i].name << " (weight "
          << OneDecimal(criteria[i].weight) << ")\n";
    }
  }
  for (const auto& w : result.warnings) {
    out << "* Risk: " << w.title << ": " << w.message << "\n";
  }
  out << "\n";
}

void WriteOptions(std::ostream& out, const engine::Recommendation& result) {
  out << "## Considered Options\n\n";
  for (const auto& s : result.ranking) {
    out << "* " << s.name << " (score " << OneDecimal(s.score) << ")\n";
  }
  out << "\n";
}

void WriteOutcome(std::ostream& out, const engine::Recommendation& result) {
  const auto& h = result.recommendation;
  const auto& c = result.confidence;
  out << "## Decision Outcome\n\n"
      << "Chosen option: \"" << Choice(h)
      << "\", because it ranks first for this profile";
  if (!result.ranking.empty()) {
    out << " (score " << OneDecimal(result.ranking.front().score) << " of 100)";
  }
  out << ". " << h.summary;
  if (!h.framework_why.empty()) {
    out << " Why " << h.framework << ": " << h.framework_why;
  }
  out << "\n\nConfidence: " << engine::Name(c.level);
  // With the robustness analysis, the reason says how stable the choice is
  // and gives the lead itself.
  if (result.robustness.summary.empty()) {
    out << " (a lead of " << OneDecimal(c.margin) << " points)";
  }
  if (!c.why.empty()) out << ". " << c.why;
  out << "\n\n";
}

void WriteConsequences(std::ostream& out,
                       const engine::Recommendation& result) {
  out << "### Consequences\n\n";
  if (!result.ranking.empty()) {
    const auto& winner = result.ranking.front();
    for (const auto& s : winner.strengths)
      out << "* Good, because " << s << "\n";
    for (const auto& s : winner.concerns) out << "* Bad, because " << s << "\n";
  }
  for (const auto& a : result.advice)
    out << "* Follow-up: " << a.message << "\n";
  out << "\n";
}

std::string_view Box(engine::CheckStatus status) {
  return status == engine::CheckStatus::kPass ? "[x]" : "[ ]";
}

void WriteConfirmation(std::ostream& out,
                       const engine::Recommendation& result) {
  out << "### Confirmation\n\n"
      << "The article's implementation checklist, as it stands for this "
         "decision:\n\n";
  bool has_prototype = false;
  for (const auto& check : result.checklist) {
    has_prototype = has_prototype || check.id == "prototype_first";
    out << "* " << Box(check.status) << " " << engine::Name(check.status)
        << ": " << check.item;
    if (!check.reason.empty()) out << " (" << check.reason << ")";
    out << "\n";
  }
  if (has_prototype) {
    out << "\nThe decision is confirmed when the most experienced engineer has "
           "prototyped a core feature with the chosen stack "
           "(`prototype_first`).\n";
  }
  out << "\n";
}

void WriteProsAndCons(std::ostream& out, const engine::Recommendation& result) {
  out << "## Pros and Cons of the Options\n\n";
  for (const auto& s : result.ranking) {
    out << "### " << s.name << "\n\n"
        << "Rank " << s.rank << ", score " << OneDecimal(s.score) << ".\n\n";
    for (const auto& c : s.criteria) {
      if (c.weight <= 0) continue;
      std::string_view verdict = c.rating >= kGoodRating  ? "Good"
                                 : c.rating <= kBadRating ? "Bad"
                                                          : "Neutral";
      out << "* " << verdict << ", because " << c.name << ": "
          << MarkdownText(c.why) << " (rating " << OneDecimal(c.rating) << ", +"
          << OneDecimal(c.contribution) << ")\n";
    }
    out << "\n";
  }
}

void WriteMoreInformation(std::ostream& out,
                          const engine::Recommendation& result) {
  out << "## More Information\n\n";
  if (!result.revisit_triggers.empty()) {
    out << "Revisit this decision when:\n\n";
    for (const auto& r : result.revisit_triggers)
      out << "* " << r.message << "\n";
    out << "\n";
  }
  if (result.leaning_path) out << result.leaning_path->summary << "\n\n";
  if (!result.what_if.empty()) {
    out << "What would change the answer:\n\n";
    for (const auto& w : result.what_if) {
      out << "* " << w.change << ": " << w.new_stack_name << " (ahead by "
          << OneDecimal(w.new_margin) << " points)\n";
    }
    out << "\n";
  }
  out << "Generated by stackwise with knowledge base "
      << result.knowledge_base.version << " (sha256 "
      << result.knowledge_base.sha256 << ").\n";
}

}  // namespace

std::string RenderAdr(const engine::Recommendation& result,
                      const engine::Profile& profile,
                      const AdrOptions& options) {
  std::ostringstream out;
  WriteFrontMatter(out, profile, options);
  out << "# " << Title(result, options) << "\n\n";
  WriteContext(out, profile);
  WriteDrivers(out, result);
  WriteOptions(out, result);
  WriteOutcome(out, result);
  WriteConsequences(out, result);
  WriteConfirmation(out, result);
  WriteProsAndCons(out, result);
  WriteMoreInformation(out, result);
  return out.str();
}

}  // namespace io
