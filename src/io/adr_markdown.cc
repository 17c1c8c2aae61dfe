#include "io/adr_markdown.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "io/adr_record.h"
#include "io/json_writer.h"
#include "io/profile_prose.h"
#include "io/verdict.h"

namespace io {
namespace {

// Decision drivers: the criteria that weighed most for this profile.
constexpr size_t kDrivers = 4;
// Pros and cons per option, from the criteria that weighed most.
constexpr size_t kProsPerOption = 2;
constexpr size_t kConsPerOption = 2;
// Ratings (0..5) at or above kGoodRating are pros, at or below kBadRating cons.
constexpr double kGoodRating = 4.0;
constexpr double kBadRating = 2.0;
// Revisit triggers: the first few the knowledge base gives, most specific
// first.
constexpr size_t kRevisit = 3;

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
  std::string json;
  AppendJsonString(json, joined);
  std::string quoted;
  for (char c : json) {
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

// A fence longer than any run of backticks in the text, so a name holding
// "```" cannot close the block early (CommonMark, fenced code blocks).
std::string Fence(std::string_view text) {
  size_t longest = 0;
  size_t run = 0;
  for (char ch : text) {
    run = ch == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<size_t>(3, longest + 1), '`');
}

std::string Title(const engine::Recommendation& result,
                  const AdrOptions& options) {
  if (!options.title.empty()) return MarkdownText(options.title);
  return AdrTitle(result);
}

// The deciders given, else the founders who decided together, else the
// named team members, joined by ", "; an anonymous team has none (MADR
// marks decision-makers optional).
std::string Deciders(const engine::Recommendation& result,
                     const engine::Profile& profile,
                     const AdrOptions& options) {
  std::vector<std::string> names = options.deciders;
  if (names.empty()) {
    for (const auto& founder : result.founders) names.push_back(founder.name);
  }
  if (names.empty()) {
    for (const auto& member : profile.team) {
      if (!member.name.empty()) names.push_back(member.name);
    }
  }
  std::string joined;
  for (const std::string& name : names) {
    if (name.empty()) continue;
    joined += (joined.empty() ? "" : ", ") + OneLine(name);
  }
  return joined;
}

void WriteFrontMatter(std::ostream& out, const engine::Recommendation& result,
                      const engine::Profile& profile,
                      const AdrOptions& options) {
  out << "---\nstatus: " << OneLine(options.status)
      << "\ndate: " << OneLine(options.date) << "\n";
  if (const std::string names = Deciders(result, profile, options);
      !names.empty()) {
    out << "decision-makers: " << YamlNames(names) << "\n";
  }
  out << "---\n\n";
}

// MADR 2's list under the title, in its order; log4brains reads the
// deciders split at commas.
void WriteMetadataList(std::ostream& out, const engine::Recommendation& result,
                       const engine::Profile& profile,
                       const AdrOptions& options) {
  out << "- Status: " << MarkdownText(options.status) << "\n";
  if (const std::string names = Deciders(result, profile, options);
      !names.empty()) {
    out << "- Deciders: " << MarkdownText(names) << "\n";
  }
  out << "- Date: " << MarkdownText(options.date) << "\n\n";
}

void WriteVerdict(std::ostream& out, const engine::Recommendation& result) {
  const Verdict v = MakeVerdict(result);
  out << "**" << v.choice << "**";
  if (!v.leaning.empty()) out << " " << v.leaning;
  out << " " << v.stability << "\n\n";
}

std::string Article(std::string_view word) {
  return !word.empty() && std::string_view("AEIOUaeiou").find(word[0]) !=
                              std::string_view::npos
             ? "an"
             : "a";
}

// "an API gateway product with core AI/ML and a data-heavy workload"
std::string ProductSentence(const engine::KnowledgeBase& kb,
                            const engine::Profile& profile) {
  const auto& p = profile.product;
  const auto& c = profile.company;
  std::vector<std::string> traits;
  if (p.ai_ml != engine::AiMl::kNone) {
    traits.push_back(Spoken(Name(p.ai_ml)) + " AI/ML");
  }
  if (p.realtime != engine::Realtime::kNone) {
    traits.push_back(Spoken(Name(p.realtime)) + " real-time features");
  }
  if (p.workload != engine::Workload::kUnknown) {
    traits.push_back(Spoken(Name(p.workload)) + " work");
  }
  if (p.data_intensive) traits.push_back("heavy data work");
  if (p.performance_differentiator) traits.push_back("raw speed as its edge");
  if (p.server_rendering) traits.push_back("server-side rendering");
  std::string kind = Spoken(Name(p.kind));
  std::string text =
      "We are building " + Article(kind) + " " + kind + " product";
  for (size_t i = 0; i < traits.size(); ++i) {
    text += i == 0 ? " with " : (i + 1 == traits.size() ? " and " : ", ");
    text += traits[i];
  }
  text += c.launched ? ", already launched" : ", not launched yet";
  if (c.launched && c.current_backend) {
    text += " on " + Spoken(kb, *c.current_backend);
  }
  return text + ", with " + std::to_string(c.engineers_now) +
         " engineers now and " + std::to_string(c.engineers_in_12_months) +
         " expected in 12 months.";
}

void WriteContext(std::ostream& out, const engine::KnowledgeBase& kb,
                  const engine::Profile& profile) {
  out << "## Context and Problem Statement\n\n"
      << "Which backend language and framework should we build on? "
      << MarkdownText(DescribeTeam(kb, profile)) << " "
      << ProductSentence(kb, profile);
  if (profile.leaning.stack) {
    out << " " << OneLine(DescribeLeaning(kb, profile.leaning));
  }
  out << "\n\n";
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
      out << "* " << criteria[i].name << "\n";
    }
  }
  out << "\n";
}

// The chosen option, the next in the ranking, and the leaning if it is not
// among them: the options a team actually argues about.
std::vector<const engine::StackScore*> Options(
    const engine::Recommendation& result) {
  std::vector<const engine::StackScore*> options;
  for (const auto& s : result.ranking) {
    if (options.size() > kAdrAlternatives) break;
    options.push_back(&s);
  }
  // The leaning joins as one more alternative.
  if (!result.leaning_path) return options;
  const std::string& leaning = result.leaning_path->stack;
  auto is_leaning = [&](const auto* s) { return s->stack == leaning; };
  if (std::any_of(options.begin(), options.end(), is_leaning)) return options;
  for (const auto& s : result.ranking) {
    if (s.stack == leaning) {
      options.push_back(&s);
    }
  }
  return options;
}

void WriteOptions(std::ostream& out,
                  const std::vector<const engine::StackScore*>& options) {
  out << "## Considered Options\n\n";
  for (const auto* s : options) out << "* " << s->name << "\n";
  out << "\n";
}

// Criteria that weigh for this profile, heaviest first.
std::vector<engine::CriterionScore> Weighted(const engine::StackScore& s) {
  std::vector<engine::CriterionScore> criteria;
  for (const auto& c : s.criteria) {
    if (c.weight > 0 && !c.why.empty()) criteria.push_back(c);
  }
  std::stable_sort(
      criteria.begin(), criteria.end(),
      [](const auto& a, const auto& b) { return a.weight > b.weight; });
  return criteria;
}

// The reasons for the choice: the whys of the winner's best-rated criteria
// among those that weigh most, never the scores.
void WriteOutcome(std::ostream& out, const engine::Recommendation& result) {
  const auto& h = result.recommendation;
  out << "## Decision Outcome\n\n"
      << "Chosen option: \"" << engine::StackWithFramework(h) << "\"";
  std::vector<std::string> reasons;
  if (!result.ranking.empty()) {
    for (const auto& c : Weighted(result.ranking.front())) {
      if (c.rating >= kGoodRating && reasons.size() < kProsPerOption) {
        reasons.push_back(std::string(c.name) + " (" +
                          MarkdownText(c.why.view()) + ")");
      }
    }
  }
  for (size_t i = 0; i < reasons.size(); ++i) {
    out << (i == 0 ? ", because of " : " and ") << reasons[i];
  }
  out << ".";
  if (!h.framework_why.empty()) {
    out << " Why " << h.framework << ": " << h.framework_why;
  }
  out << "\n\n";
}

void WriteConsequences(std::ostream& out,
                       const engine::Recommendation& result) {
  out << "### Consequences\n\n";
  if (!result.ranking.empty()) {
    const auto& winner = result.ranking.front();
    for (const auto& s : winner.strengths) out << "* Good: " << s << "\n";
    for (const auto& s : winner.concerns) out << "* Bad: " << s << "\n";
  }
  out << "\n";
}

void WriteConfirmation(std::ostream& out,
                       const engine::Recommendation& result) {
  const Verdict v = MakeVerdict(result);
  if (v.next_steps.empty()) return;
  out << "### Confirmation\n\n";
  for (const auto& step : v.next_steps) out << "* [ ] " << step << "\n";
  out << "\n";
}

// How the founders' different answers were settled: the combined decision
// pools everyone's answers (engine/group.h), so a question that changes
// the winner is recorded with the answer whose winner the decision took
// (or as open when it took neither) and flagged as the one to settle; the
// others need no settling.
void WriteDisagreements(std::ostream& out, const engine::KnowledgeBase& kb,
                        const engine::Recommendation& result) {
  if (result.founders.empty()) return;
  out << "### Where the Deciders Disagreed\n\n";
  if (result.disagreements.empty()) {
    out << "The deciders answered every question alike.\n\n";
    return;
  }
  out << "The decision weighs every decider's answers alike. "
      << MarkdownText(result.robustness.summary) << "\n\n";
  const std::string_view chosen = result.recommendation.stack;
  for (const auto& d : result.disagreements) {
    out << "* " << MarkdownText(d.summary) << " ";
    if (!d.changes_winner) {
      out << "No need to settle it: the decision is the same either way.\n";
      continue;
    }
    auto settled = std::find_if(
        d.winners.begin(), d.winners.end(),
        [&](const engine::SettledWinner& w) { return w.stack == chosen; });
    if (settled == d.winners.end()) {
      out << "Open: the decision follows neither answer; settle it and "
             "decide again.\n";
    } else {
      out << "The decision follows " << MarkdownText(Spoken(kb, settled->value))
          << ", under which " << settled->stack_name
          << " wins: this is the question to settle.\n";
    }
  }
  out << "\n";
}

void WriteProsAndCons(std::ostream& out,
                      const std::vector<const engine::StackScore*>& options) {
  out << "## Pros and Cons of the Options\n\n";
  for (const auto* s : options) {
    out << "### " << s->name << "\n\n";
    // The chosen option gets its full case; each alternative its best and
    // worst point.
    const bool chosen = s == options.front();
    const size_t max_pros = chosen ? kProsPerOption : 1;
    const size_t max_cons = chosen ? kConsPerOption : 1;
    size_t pros = 0;
    size_t cons = 0;
    for (const auto& c : Weighted(*s)) {
      if (c.rating >= kGoodRating && pros < max_pros) {
        out << "* Good: " << c.name << ": " << MarkdownText(c.why.view())
            << "\n";
        ++pros;
      } else if (c.rating <= kBadRating && cons < max_cons) {
        out << "* Bad: " << c.name << ": " << MarkdownText(c.why.view())
            << "\n";
        ++cons;
      }
    }
    if (pros == 0 && !s->strengths.empty()) {
      out << "* Good: " << s->strengths.front() << "\n";
    }
    if (cons == 0 && !s->concerns.empty()) {
      out << "* Bad: " << s->concerns.front() << "\n";
    }
    out << "\n";
  }
}

void WriteMoreInformation(std::ostream& out,
                          const engine::Recommendation& result,
                          const AdrOptions& options) {
  out << "## More Information\n\n";
  if (!options.supersedes.empty()) {
    out << "Supersedes " << RecordLink(OneLine(options.supersedes)) << ".\n\n";
  }
  if (!result.revisit_triggers.empty()) {
    out << "Revisit this decision when:\n\n";
    for (size_t i = 0; i < result.revisit_triggers.size() && i < kRevisit;
         ++i) {
      out << "* " << result.revisit_triggers[i].message << "\n";
    }
    out << "\n";
  }
  out << "Written with stackwise, knowledge base "
      << result.knowledge_base.version << "; `stackwise check` re-evaluates "
      << "the answers below.\n";
}

void WriteAnswers(std::ostream& out, const engine::Recommendation& result,
                  const AdrOptions& options) {
  if (options.answers_json.empty()) return;
  const std::string fence = Fence(options.answers_json);
  out << "\n## Answers\n\n" << fence << "json\n" << options.answers_json;
  if (options.answers_json.back() != '\n') out << "\n";
  out << fence << "\n\n" << DecisionComment(result) << "\n";
}

}  // namespace

std::string_view Name(AdrMetadata metadata) {
  switch (metadata) {
    case AdrMetadata::kList:
      return "list";
    case AdrMetadata::kFrontMatter:
      return "front-matter";
  }
  return "list";
}

std::string AdrTitle(const engine::Recommendation& result) {
  return "Use " + engine::StackWithFramework(result.recommendation) +
         " for the backend";
}

std::string RenderAdr(const engine::KnowledgeBase& kb,
                      const engine::Recommendation& result,
                      const engine::Profile& profile,
                      const AdrOptions& options) {
  std::ostringstream out;
  const auto considered = Options(result);
  if (options.metadata == AdrMetadata::kFrontMatter) {
    WriteFrontMatter(out, result, profile, options);
  }
  out << "# " << Title(result, options) << "\n\n";
  if (options.metadata == AdrMetadata::kList) {
    WriteMetadataList(out, result, profile, options);
  }
  WriteVerdict(out, result);
  WriteContext(out, kb, profile);
  WriteDrivers(out, result);
  WriteOptions(out, considered);
  WriteOutcome(out, result);
  WriteConsequences(out, result);
  WriteConfirmation(out, result);
  WriteDisagreements(out, kb, result);
  WriteProsAndCons(out, considered);
  WriteMoreInformation(out, result, options);
  WriteAnswers(out, result, options);
  return out.str();
}

std::string KebabCase(std::string_view title) {
  std::string out;
  bool dash = false;
  for (char ch : title) {
    const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    const bool upper = ch >= 'A' && ch <= 'Z';
    if (letter || upper) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += upper ? static_cast<char>(ch - 'A' + 'a') : ch;
    } else {
      dash = true;
    }
  }
  return out;
}

}  // namespace io
