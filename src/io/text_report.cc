#include "io/text_report.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "base/text.h"
#include "io/verdict.h"

namespace io {
namespace {

// How many stacks get their score explained, and with how many criteria:
// enough to compare the winner with its closest rivals, short enough to read.
constexpr size_t kExplainedStacks = 3;
constexpr size_t kContributionsShown = 4;
constexpr int kBarWidth = 20;

// ANSI styling, applied only when asked for: with Color::kNever every
// function returns its text unchanged, so the report's words are identical
// with and without colour.
enum class Tone { kHeading, kGood, kCaution, kBad, kMuted, kAccent };

std::string_view Code(Tone tone) {
  switch (tone) {
    case Tone::kHeading:
      return "\x1b[1m";
    case Tone::kGood:
      return "\x1b[32m";
    case Tone::kCaution:
      return "\x1b[33m";
    case Tone::kBad:
      return "\x1b[31m";
    case Tone::kMuted:
      return "\x1b[2m";
    case Tone::kAccent:
      return "\x1b[36m";
  }
  return "";
}

std::string Paint(std::string_view text, Tone tone, Color color) {
  if (color == Color::kNever) return std::string(text);
  return std::string(Code(tone)) + std::string(text) + "\x1b[0m";
}

// A fixed-width bar for a 0..100 score: "[########------------]".
std::string ScoreBar(double score, int width) {
  int filled = static_cast<int>(
      std::lround(std::clamp(score, 0.0, 100.0) * width / 100.0));
  // Appended in place: GCC 12 at -O3 reports `"[" + std::string&&` as
  // overlapping memcpy (-Wrestrict false positive, GCC bug 105329).
  std::string bar = "[";
  bar.append(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(width - filled), '-');
  bar += ']';
  return bar;
}

class Report {
 public:
  explicit Report(Color color) : color_(color) {}

  void Heading(std::string_view title) {
    out_ << "\n" << Paint(title, Tone::kHeading) << "\n";
  }
  std::ostringstream& out() { return out_; }
  std::string Paint(std::string_view text, Tone tone) const {
    return io::Paint(text, tone, color_);
  }
  std::string str() const { return out_.str(); }

 private:
  Color color_;
  std::ostringstream out_;
};

std::string PadRight(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string PadLeft(std::string text, size_t width) {
  if (text.size() < width) text.insert(0, width - text.size(), ' ');
  return text;
}

// The verdict first: the answer, the answer to the leaning, how stable it
// is and what to do next; the summary and the details follow.
void WriteHeadline(Report& r, const engine::Recommendation& result) {
  const auto& h = result.recommendation;
  const Verdict verdict = MakeVerdict(result);
  r.out() << r.Paint("Recommendation: " + engine::StackWithFramework(h),
                     Tone::kHeading)
          << "\n";
  if (!verdict.leaning.empty()) r.out() << "  " << verdict.leaning << "\n";
  r.out() << "  " << verdict.stability << "\n";
  if (!verdict.next_steps.empty()) {
    r.out() << "  Next steps:\n";
    for (size_t i = 0; i < verdict.next_steps.size(); ++i) {
      r.out() << "    " << i + 1 << ". " << verdict.next_steps[i] << "\n";
    }
  }
  if (!h.summary.empty()) r.out() << "\n  " << h.summary << "\n";
  if (!h.framework_why.empty()) {
    r.out() << "  Why " << h.framework << ": " << h.framework_why << "\n";
  }
  if (!result.confidence.why.empty()) {
    r.out() << "  " << result.confidence.why << "\n";
  }
}

void WriteRanking(Report& r, const std::vector<engine::StackScore>& ranking) {
  if (ranking.empty()) return;
  size_t name_width = 0;
  for (const auto& s : ranking)
    name_width = std::max(name_width, s.name.size());
  r.Heading("Ranking");
  for (const auto& s : ranking) {
    r.out() << PadLeft(std::to_string(s.rank), 3) << ". "
            << PadRight(std::string(s.name), name_width) << "  "
            << PadLeft(base::OneDecimal(s.score), 5) << "  "
            << ScoreBar(s.score, kBarWidth);
    if (s.extension) r.out() << r.Paint("  (beyond the article)", Tone::kMuted);
    r.out() << "\n";
  }
}

void WriteContributions(Report& r,
                        const std::vector<engine::StackScore>& ranking) {
  if (ranking.empty()) return;
  r.Heading("Why these scores");
  for (size_t i = 0; i < ranking.size() && i < kExplainedStacks; ++i) {
    const auto& s = ranking[i];
    r.out() << "  " << s.name << " (" << base::OneDecimal(s.score) << ")\n";
    auto criteria = s.criteria;
    std::stable_sort(criteria.begin(), criteria.end(),
                     [](const auto& a, const auto& b) {
                       return a.contribution > b.contribution;
                     });
    for (size_t j = 0; j < criteria.size() && j < kContributionsShown; ++j) {
      const auto& c = criteria[j];
      r.out() << "    +" << PadLeft(base::OneDecimal(c.contribution), 4) << "  "
              << c.name;
      if (!c.why.empty()) r.out() << ": " << c.why.view();
      r.out() << "\n";
    }
  }
}

void WriteItems(Report& r, std::string_view title,
                const std::vector<engine::Item>& items, Tone tone) {
  if (items.empty()) return;
  r.Heading(title);
  for (const auto& item : items) {
    r.out() << "  " << r.Paint("-", tone) << " ";
    if (!item.title.empty()) r.out() << r.Paint(item.title, tone) << ": ";
    r.out() << item.message << "\n";
  }
}

void WriteChecklist(Report& r,
                    const std::vector<engine::CheckResult>& checklist) {
  if (checklist.empty()) return;
  r.Heading("Checklist");
  for (const auto& check : checklist) {
    std::string tag;
    Tone tone = Tone::kAccent;
    switch (check.status) {
      case engine::CheckStatus::kPass:
        tag = "[PASS]";
        tone = Tone::kGood;
        break;
      case engine::CheckStatus::kWarn:
        tag = "[WARN]";
        tone = Tone::kCaution;
        break;
      case engine::CheckStatus::kFail:
        tag = "[FAIL]";
        tone = Tone::kBad;
        break;
      case engine::CheckStatus::kTodo:
        tag = "[TODO]";
        tone = Tone::kAccent;
        break;
    }
    r.out() << "  " << r.Paint(tag, tone) << " " << check.item;
    if (!check.reason.empty()) r.out() << ": " << check.reason;
    r.out() << "\n";
  }
}

void WriteWhatIf(Report& r, const engine::Recommendation& result) {
  const auto& what_if = result.what_if;
  if (what_if.empty() && !result.leaning_path) return;
  r.Heading("What would change the answer");
  if (result.leaning_path)
    r.out() << "  " << result.leaning_path->summary << "\n";
  for (const auto& w : what_if) {
    r.out() << "  - " << w.change << ": " << w.new_stack_name << " (ahead by "
            << base::OneDecimal(w.new_margin) << " points)\n";
  }
}

// With several founders: each one's own pick, then the questions they
// answered differently, those that change the winner first.
void WriteFounders(Report& r, const engine::Recommendation& result) {
  if (result.founders.empty()) return;
  r.Heading("Founders");
  for (const auto& f : result.founders) {
    r.out() << "  - " << f.name << ", on their own answers: " << f.stack_name
            << "\n";
  }
  if (result.disagreements.empty()) {
    r.out() << "  You answered every question alike.\n";
    return;
  }
  r.Heading("Where you disagree");
  for (const auto& d : result.disagreements) {
    const Tone tone = d.changes_winner ? Tone::kCaution : Tone::kMuted;
    r.out() << "  "
            << r.Paint(PadRight(d.changes_winner ? "[decides]" : "[skip]", 9),
                       tone)
            << " " << d.summary << "\n";
  }
}

}  // namespace

std::string RenderText(const engine::Recommendation& result, Color color) {
  Report r(color);
  WriteHeadline(r, result);
  WriteFounders(r, result);
  WriteRanking(r, result.ranking);
  WriteContributions(r, result.ranking);
  WriteItems(r, "Tensions", result.tensions, Tone::kCaution);
  WriteItems(r, "Warnings", result.warnings, Tone::kBad);
  WriteChecklist(r, result.checklist);
  WriteItems(r, "Advice", result.advice, Tone::kAccent);
  WriteItems(r, "Revisit the decision when", result.revisit_triggers,
             Tone::kAccent);
  WriteWhatIf(r, result);
  if (result.knowledge_base.version.empty()) return r.str();
  r.out() << "\n"
          << r.Paint("Knowledge base " + result.knowledge_base.version +
                         " (sha256 " +
                         result.knowledge_base.sha256.substr(0, 12) + ")",
                     Tone::kMuted)
          << "\n";
  return r.str();
}

}  // namespace io
