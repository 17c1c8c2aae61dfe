#include "engine/group.h"

#include <algorithm>
#include <cassert>
#include <concepts>
#include <map>
#include <type_traits>

#include "base/text.h"
#include "engine/evaluate.h"
#include "engine/explain.h"
#include "engine/what_if.h"

namespace engine {
namespace {

// An answer as text, so that answers can be compared and shown
// (recommendation.h, FounderAnswer).
template <typename Enum>
requires std::is_enum_v<Enum> std::string AnswerText(Enum value) {
  return std::string(Name(value));
}
std::string AnswerText(bool value) { return value ? "true" : "false"; }
std::string AnswerText(int64_t value) { return std::to_string(value); }
std::string AnswerText(const std::optional<int64_t>& value) {
  return value ? std::to_string(*value) : "null";
}
std::string AnswerText(const std::optional<std::string>& value) {
  return value ? *value : "null";
}
// Lists are sets to the engine: the same items in another order agree.
std::string Joined(std::vector<std::string> items) {
  std::sort(items.begin(), items.end());
  return base::Join(items, ",");
}
std::string AnswerText(const std::vector<std::string>& values) {
  return Joined(values);
}
std::string AnswerText(const std::vector<LeaningReason>& values) {
  std::vector<std::string> names;
  names.reserve(values.size());
  for (LeaningReason reason : values) names.emplace_back(Name(reason));
  return Joined(std::move(names));
}

// One question founders answer on their own: how to show an answer and how
// to take it from one profile into another.
struct Question {
  std::string_view field;
  std::string_view label;
  std::string (*show)(const Profile&);
  void (*copy)(Profile& to, const Profile& from);
};

template <auto kSection, auto kMember>
Question Ask(std::string_view field, std::string_view label) {
  return Question{
      field, label,
      [](const Profile& p) { return AnswerText((p.*kSection).*kMember); },
      [](Profile& to, const Profile& from) {
        (to.*kSection).*kMember = (from.*kSection).*kMember;
      }};
}

// Every answer but the team, in schema order.
const std::vector<Question>& Questions() {
  static const std::vector<Question> questions = {
      Ask<&Profile::product, &Product::ai_ml>("product.ai_ml", "AI/ML"),
      Ask<&Profile::product, &Product::ai_ml_approach>("product.ai_ml_approach",
                                                       "The AI/ML approach"),
      Ask<&Profile::product, &Product::realtime>("product.realtime",
                                                 "Real-time"),
      Ask<&Profile::product, &Product::workload>("product.workload",
                                                 "The workload"),
      Ask<&Profile::product, &Product::data_intensive>("product.data_intensive",
                                                       "Data-intensive"),
      Ask<&Profile::product, &Product::kind>("product.kind",
                                             "The product kind"),
      Ask<&Profile::product, &Product::performance_differentiator>(
          "product.performance_differentiator",
          "Raw performance as a differentiator"),
      Ask<&Profile::product, &Product::server_rendering>(
          "product.server_rendering", "Server-side rendering"),
      Ask<&Profile::product, &Product::expected_peak_rps>(
          "product.expected_peak_rps", "The expected peak load"),
      Ask<&Profile::company, &Company::engineers_now>("company.engineers_now",
                                                      "Engineers now"),
      Ask<&Profile::company, &Company::engineers_in_12_months>(
          "company.engineers_in_12_months", "Engineers in 12 months"),
      Ask<&Profile::company, &Company::hiring_region>("company.hiring_region",
                                                      "The hiring region"),
      Ask<&Profile::company, &Company::launched>("company.launched",
                                                 "Launched"),
      Ask<&Profile::company, &Company::current_backend>(
          "company.current_backend", "The current backend"),
      Ask<&Profile::company, &Company::planned_languages>(
          "company.planned_languages", "The planned languages"),
      Ask<&Profile::leaning, &Leaning::stack>("leaning.stack", "The leaning"),
      Ask<&Profile::leaning, &Leaning::reasons>("leaning.reasons",
                                                "The reasons for the leaning"),
  };
  return questions;
}

// The founder whose answer the consensus takes: the value most founders
// gave, a tie going to the value given first.
size_t ConsensusFounder(const Question& q, std::span<const Founder> founders) {
  std::map<std::string, int> votes;
  int most = 0;
  for (const Founder& founder : founders) {
    most = std::max(most, ++votes[q.show(founder.profile)]);
  }
  for (size_t f = 0; f < founders.size(); ++f) {
    if (votes[q.show(founders[f].profile)] == most) return f;
  }
  return 0;
}

Profile Consensus(std::span<const Founder> founders,
                  const std::vector<TeamMember>& team) {
  Profile out = founders.front().profile;
  out.team = team;
  for (const Question& q : Questions()) {
    q.copy(out, founders[ConsensusFounder(q, founders)].profile);
  }
  return out;
}

// "none" -> "none", "north_america" -> "north america", lists and null as
// words.
std::string Spoken(const std::string& value) {
  if (value.empty()) return "nothing";
  if (value == "null") return "none";
  std::string out = Readable(value);
  std::replace(out.begin(), out.end(), ',', '/');
  return out;
}

std::string DisagreementSummary(const Question& q, const Disagreement& d) {
  std::string out(q.label);
  out += ": ";
  for (size_t i = 0; i < d.answers.size(); ++i) {
    out += (i > 0 ? ", " : "") + d.answers[i].founder + " says " +
           Spoken(d.answers[i].value);
  }
  out += ". ";
  if (!d.changes_winner) {
    return out + d.winners.front().stack_name +
           " either way: settling it does not change the winner.";
  }
  for (size_t i = 0; i < d.winners.size(); ++i) {
    out += (i == 0 ? "If you agree on " : "; on ") +
           Spoken(d.winners[i].value) + ", " + d.winners[i].stack_name;
  }
  return out + ".";
}

std::vector<Disagreement> FindDisagreements(const KnowledgeBase& kb,
                                            std::span<const Founder> founders,
                                            const Profile& consensus) {
  std::vector<Disagreement> out;
  for (const Question& q : Questions()) {
    Disagreement d;
    d.field = std::string(q.field);
    std::vector<size_t> givers;  // the first founder to give each value
    for (size_t f = 0; f < founders.size(); ++f) {
      std::string value = q.show(founders[f].profile);
      const bool seen =
          std::any_of(d.answers.begin(), d.answers.end(),
                      [&](const FounderAnswer& a) { return a.value == value; });
      if (!seen) givers.push_back(f);
      d.answers.push_back(FounderAnswer{founders[f].name, std::move(value)});
    }
    if (givers.size() < 2) continue;
    for (size_t f : givers) {
      Profile settled = consensus;
      q.copy(settled, founders[f].profile);
      const Stack& winner = kb.stacks[RankWinner(kb, settled)];
      d.winners.push_back(
          SettledWinner{d.answers[f].value, winner.id, winner.name});
      d.changes_winner =
          d.changes_winner || winner.id != d.winners.front().stack;
    }
    d.summary = DisagreementSummary(q, d);
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Disagreement& a, const Disagreement& b) {
                     return a.changes_winner > b.changes_winner;
                   });
  return out;
}

// Each view gets an equal share of the pooled samples; `order` is the
// ranking the pooled figures follow.
Robustness Pool(const KnowledgeBase& kb,
                const std::vector<Recommendation>& views,
                const std::vector<StackScore>& order) {
  Robustness out = views.front().robustness;
  out.samples = kb.robustness.samples * static_cast<int>(views.size());
  out.stacks.clear();
  const double n = static_cast<double>(views.size());
  for (const StackScore& stack : order) {
    StackAcceptability pooled{stack.stack, 0, 0};
    for (const Recommendation& view : views) {
      for (const StackAcceptability& s : view.robustness.stacks) {
        if (s.stack != stack.stack) continue;
        pooled.first += s.first / n;
        pooled.mean_rank += s.mean_rank / n;
      }
    }
    out.stacks.push_back(pooled);
  }
  out.winner_share = out.stacks.front().first;
  out.summary = "Across the " + std::to_string(views.size()) +
                " founders' answers and plausible weightings, " +
                std::string(order.front().name) + " ranks first in " +
                SharePercent(out.stacks.front().first);
  int others = 0;
  for (size_t i = 1; i < out.stacks.size() && others < 2; ++i) {
    if (out.stacks[i].first <= 0) continue;
    out.summary += (others == 0 ? "; " : ", ") + std::string(order[i].name) +
                   " in " + SharePercent(out.stacks[i].first);
    ++others;
  }
  out.summary += ".";
  return out;
}

// The stack that ranks first most often across the views; ties go to the
// earlier stack in `order`.
std::string_view PooledWinner(const Robustness& pooled) {
  const auto best = std::max_element(
      pooled.stacks.begin(), pooled.stacks.end(),
      [](const StackAcceptability& a, const StackAcceptability& b) {
        return a.first < b.first;
      });
  return best->stack;
}

}  // namespace

std::vector<TeamMember> CombinedTeam(std::span<const Founder> founders) {
  std::vector<TeamMember> team;
  for (const Founder& founder : founders) {
    const size_t earlier = team.size();  // members of earlier founders' files
    for (const TeamMember& member : founder.profile.team) {
      auto same = std::find_if(
          team.begin(), team.begin() + static_cast<ptrdiff_t>(earlier),
          [&](const TeamMember& m) {
            return !member.name.empty() && m.name == member.name;
          });
      if (same == team.begin() + static_cast<ptrdiff_t>(earlier)) {
        team.push_back(member);
        continue;
      }
      for (const auto& [language, level] : member.skills) {
        SkillLevel& known = same->skills[language];
        known = std::max(known, level);
      }
    }
  }
  return team;
}

GroupResult EvaluateGroup(const KnowledgeBase& kb,
                          std::span<const Founder> founders) {
  assert(!founders.empty());
  GroupResult out;
  const std::vector<TeamMember> team = CombinedTeam(founders);
  const Profile consensus = Consensus(founders, team);
  out.combined = Evaluate(kb, consensus);
  if (founders.size() < 2) {
    // The consensus of one founder is their own profile.
    out.founders.push_back(FounderResult{founders.front().name, out.combined});
    return out;
  }
  for (const Founder& founder : founders) {
    out.founders.push_back(
        FounderResult{founder.name, Evaluate(kb, founder.profile)});
  }

  // Each founder's answers with the whole team, sampled with an equal share.
  std::vector<Recommendation> views;
  for (const Founder& founder : founders) {
    Profile view = founder.profile;
    view.team = team;
    views.push_back(Evaluate(kb, view));
  }
  const std::string_view winner =
      PooledWinner(Pool(kb, views, out.combined.ranking));
  if (out.combined.recommendation.stack != winner) {
    auto holder =
        std::find_if(views.begin(), views.end(), [&](const Recommendation& v) {
          return v.recommendation.stack == winner;
        });
    if (holder != views.end()) out.combined = *holder;
  }
  Recommendation& combined = out.combined;
  combined.schema_minor = kGroupSchemaMinor;
  combined.robustness = Pool(kb, views, combined.ranking);
  combined.confidence = ConfidenceOf(kb, combined);
  for (const FounderResult& founder : out.founders) {
    const Headline& own = founder.recommendation.recommendation;
    combined.founders.push_back(
        FounderPick{founder.name, own.stack, own.stack_name});
  }
  combined.disagreements = FindDisagreements(kb, founders, consensus);
  return out;
}

}  // namespace engine
