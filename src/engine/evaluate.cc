#include "engine/evaluate.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <memory>
#include <utility>

#include "base/text.h"
#include "engine/explain.h"
#include "engine/robustness.h"
#include "engine/rules.h"
#include "engine/scoring.h"
#include "engine/what_if.h"

namespace engine {
namespace {

// The framework chosen within a stack: the first whose `when` holds, else
// the default. The loader guarantees exactly one default.
int ChooseFramework(const Stack& stack, const Facts& facts) {
  int fallback = 0;
  for (int f = 0; f < static_cast<int>(stack.frameworks.size()); ++f) {
    const Framework& framework = stack.frameworks[f];
    if (!framework.when.empty() && AllHold(framework.when, facts)) return f;
    if (framework.is_default) fallback = f;
  }
  return fallback;
}

// Writes into `why` in place: returned, the text's two words were read
// back as one right after being written, and waited for it.
void CriterionWhy(const KnowledgeBase& kb, const Profile& profile,
                  std::span<const StackLevels> member_levels, int s, int c,
                  Text& why) {
  const Stack& stack = kb.stacks[s];
  switch (kb.criteria[c].rating_source) {
    case RatingSource::kStatic:
      why.Borrow(stack.ratings[c].why);
      return;
    case RatingSource::kTeamSkill:
      // The two sentences that name nobody are the knowledge base's.
      if (profile.team.empty()) {
        why.Borrow(kNoTeamYetWhy);
      } else if (!AnyoneKnows(member_levels, s) &&
                 !stack.nobody_knows_why.empty()) {
        why.Borrow(stack.nobody_knows_why);
      } else {
        why.Own(TeamFitWhy(kb, profile, s, member_levels));
      }
      return;
    case RatingSource::kTalentPool: {
      const auto region = static_cast<size_t>(profile.company.hiring_region);
      // IndexStacks wrote every region's sentence; a base built without it
      // still gets one.
      if (region < stack.hiring_pool_why.size()) {
        why.Borrow(stack.hiring_pool_why[region]);
      } else {
        why.Own(HiringPoolWhy(stack, profile.company.hiring_region));
      }
      return;
    }
    case RatingSource::kCurrentBackend:
      why = ExistingBackendWhy(kb, profile, s);
      return;
  }
}

// Rounds each stack's contributions to tenths so that they add up to its
// score rounded to tenths, as a reader adds them up (largest remainder
// first, ties in criterion order): rounding each on its own can leave the
// shown sum a tenth off. Contributions are never negative, so truncating
// is rounding down. The stacks are rounded side by side: picking a stack's
// largest remainders is a chain of dependent comparisons, and one stack at
// a time they ran one after another rather than together.
void RoundContributions(std::vector<StackScore>& ranking) {
  const size_t stacks = ranking.size();
  if (stacks == 0) return;
  const size_t n = ranking.front().criteria.size();
  // Each criterion's remainder, stack by stack: the loader allows
  // kMaxStacks and kMaxCriteria.
  std::array<double, static_cast<size_t>(kMaxStacks) * kMaxCriteria> on_stack;
  std::vector<double> on_heap;
  double* remainders = on_stack.data();
  if (stacks * n > on_stack.size()) {
    on_heap.resize(stacks * n);
    remainders = on_heap.data();
  }
  std::vector<int64_t> missing(stacks);
  for (size_t s = 0; s < stacks; ++s) {
    std::vector<CriterionScore>& criteria = ranking[s].criteria;
    assert(criteria.size() == n);
    missing[s] = std::llround(ranking[s].score * 10.0);
    for (size_t c = 0; c < n; ++c) {
      const double exact = criteria[c].contribution * 10.0;
      const auto tenths = static_cast<int64_t>(exact);
      missing[s] -= tenths;
      remainders[s * n + c] = exact - static_cast<double>(tenths);
      criteria[c].contribution = static_cast<double>(tenths) / 10.0;
    }
  }
  // The `missing` largest remainders of a stack get a tenth each, picked
  // one at a time; a taken remainder is marked -1. The first of equal
  // remainders is picked first.
  for (bool picked = n > 0; picked;) {
    picked = false;
    for (size_t s = 0; s < stacks; ++s) {
      if (missing[s] <= 0) continue;
      const double* remainder = remainders + s * n;
      size_t best = 0;
      double largest = remainder[0];
      for (size_t c = 1; c < n; ++c) {
        if (remainder[c] > largest) {
          largest = remainder[c];
          best = c;
        }
      }
      if (largest < 0) {  // every one taken
        missing[s] = 0;
        continue;
      }
      ranking[s].criteria[best].contribution += 0.1;
      remainders[s * n + best] = -1;
      --missing[s];
      picked = true;
    }
  }
}

// Each criterion's id, name and weight, the same in every stack's
// breakdown (ScoreStack copies them).
std::vector<CriterionScore> CriteriaOf(const KnowledgeBase& kb,
                                       const std::vector<double>& weights) {
  std::vector<CriterionScore> out;
  out.reserve(kb.criteria.size());
  for (size_t c = 0; c < kb.criteria.size(); ++c)
    out.push_back(CriterionScore{
        kb.criteria[c].id, kb.criteria[c].name, weights[c], 0, 0, {}});
  return out;
}

StackScore ScoreStack(const KnowledgeBase& kb, const Profile& profile,
                      std::span<const StackLevels> member_levels,
                      const Facts& facts, const RatingMatrix& ratings,
                      const std::vector<CriterionScore>& criteria, double total,
                      double score, int s) {
  const Stack& stack = kb.stacks[s];
  StackScore out{
      stack.id,        stack.name,     0, score, true, stack.extension, {},
      stack.strengths, stack.concerns, {}};
  // Copied from the criteria every stack shares, then completed in place:
  // built one by one, each criterion's score was either copied in right
  // after being written, and waited for those stores, or zeroed first.
  out.criteria = criteria;
  for (int c = 0; c < static_cast<int>(kb.criteria.size()); ++c) {
    const double rating = ratings.at(s, c);
    CriterionScore& criterion = out.criteria[c];
    const double weight = criterion.weight;
    criterion.rating = rating;
    criterion.contribution =
        total > 0 ? 100.0 * weight * rating / (kMaxRating * total) : 0.0;
    CriterionWhy(kb, profile, member_levels, s, c, criterion.why);
  }
  const int chosen = ChooseFramework(stack, facts);
  out.frameworks.reserve(stack.frameworks.size());
  for (int f = 0; f < static_cast<int>(stack.frameworks.size()); ++f) {
    const Framework& framework = stack.frameworks[f];
    // A framework may be listed twice with different fits; show it once.
    const bool seen = std::any_of(
        out.frameworks.begin(), out.frameworks.end(),
        [&](const FrameworkFit& fit) { return fit.name == framework.name; });
    if (f == chosen) {
      std::erase_if(out.frameworks, [&](const FrameworkFit& fit) {
        return fit.name == framework.name;
      });
      out.frameworks.insert(out.frameworks.begin(),
                            FrameworkFit{framework.name, framework.fit, true});
    } else if (!seen) {
      out.frameworks.push_back(
          FrameworkFit{framework.name, framework.fit, false});
    }
  }
  return out;
}

// The criteria on which the winner gains most over the runner-up.
std::string LeadingCriteria(const StackScore& first, const StackScore& second) {
  std::vector<std::pair<double, std::string_view>> leads;
  leads.reserve(first.criteria.size());
  for (size_t c = 0; c < first.criteria.size(); ++c) {
    const double lead =
        first.criteria[c].contribution - second.criteria[c].contribution;
    if (lead >= 0.5) leads.emplace_back(lead, first.criteria[c].name);
  }
  std::stable_sort(
      leads.begin(), leads.end(),
      [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string out;
  for (size_t i = 0; i < leads.size() && i < 2; ++i) {
    if (i > 0) out += " and ";
    out += leads[i].second;
    out += " (+" + base::FormatNumber(leads[i].first) + ")";
  }
  return out;
}

Headline MakeHeadline(const KnowledgeBase& kb, const Recommendation& r,
                      int winner) {
  const StackScore& first = r.ranking[0];
  const FrameworkFit& framework = first.frameworks.front();
  Headline h{first.stack, first.name, framework.name, framework.fit, ""};
  h.summary = StackWithFramework(first.name, framework.name) +
              " ranks first with " + base::FormatNumber(first.score) +
              " of 100";
  if (r.ranking.size() > 1) {
    const StackScore& second = r.ranking[1];
    // Behind when team first put a lower score on top; the sentence on
    // team first below says why.
    const double margin = r.confidence.margin;
    h.summary += ", " + base::FormatNumber(std::abs(margin)) +
                 (margin < 0 ? " points behind " : " points ahead of ") +
                 std::string(second.name);
    const std::string leads = LeadingCriteria(first, second);
    if (!leads.empty()) h.summary += "; it leads on " + leads;
  }
  h.summary += ". " + kb.stacks[winner].summary;
  // Say when team first, not the score, put the winner on top.
  auto top = std::max_element(r.ranking.begin(), r.ranking.end(),
                              [](const StackScore& a, const StackScore& b) {
                                return a.score < b.score;
                              });
  if (top->score > first.score && !top->eligible) {
    // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, wrongly)
    // about " " + std::string(...).
    h.summary += ' ';
    h.summary += top->name;
    h.summary += " scores higher (";
    h.summary += base::FormatNumber(top->score);
    h.summary +=
        "), but nobody on the team knows it well, and team expertise "
        "comes first at startup stage.";
  }
  return h;
}

// The level comes from the winner's share of first places in the
// robustness sampling; the margin is told beside it.
Confidence MakeConfidence(const KnowledgeBase& kb, const Recommendation& r) {
  Confidence c;
  if (r.ranking.size() < 2) {
    c.level = ConfidenceLevel::kHigh;
    c.why = "Only one stack was ranked.";
    return c;
  }
  c.margin = r.ranking[0].score - r.ranking[1].score;
  const double share = r.robustness.winner_share;
  if (share >= kb.confidence.high_share) {
    c.level = ConfidenceLevel::kHigh;
  } else if (share >= kb.confidence.medium_share) {
    c.level = ConfidenceLevel::kMedium;
  } else {
    c.level = ConfidenceLevel::kLow;
  }
  std::string summary = r.robustness.summary;
  if (!summary.empty() && summary.back() == '.') summary.pop_back();
  c.why = summary + " (high from " + SharePercent(kb.confidence.high_share) +
          ", medium from " + SharePercent(kb.confidence.medium_share) +
          (c.margin < 0 ? "); it trails " : "); it leads ") +
          std::string(r.ranking[1].name) + " by " +
          base::FormatNumber(std::abs(c.margin)) + " points";
  if (c.level == ConfidenceLevel::kLow) {
    c.why += ": both are defensible; let the prototype decide";
  }
  c.why += ".";
  return c;
}

void SetRecommendedFacts(Facts& facts, const KnowledgeBase& kb,
                         const Profile& profile, int winner) {
  auto set = [&facts](FactId id, double v) {
    facts[static_cast<int>(id)] = FactValue{true, v};
  };
  set(FactId::kRecommendedStack, winner);
  set(FactId::kRecommendedTeamLevel,
      static_cast<double>(TeamLevel(kb, profile, winner)));
  set(FactId::kRecommendedTalentShare, kb.stacks[winner].talent.share_percent);
  const auto& current = profile.company.current_backend;
  if (profile.leaning.stack) {
    set(FactId::kRecommendedIsLeaning,
        kb.stacks[winner].id == *profile.leaning.stack);
  }
  set(FactId::kRecommendedIsCurrentBackend,
      profile.company.launched && current &&
          kb.StackOfLanguage(*current) == winner);
}

bool HasId(const std::vector<Item>& items, const std::string& id) {
  return std::any_of(items.begin(), items.end(),
                     [&](const Item& item) { return item.id == id; });
}

bool HasMessage(const std::vector<Item>& items, const std::string& message) {
  return std::any_of(items.begin(), items.end(),
                     [&](const Item& item) { return item.message == message; });
}

// Collects what every firing rule says, in file order, once the winner is
// known (a rule that adds weight may speak too). The first rule wins per id
// for tensions, advice and revisit triggers; a warning id may appear once
// per distinct message, so a warning about the leaning does not hide the
// same mistake found in the recommendation.
void ApplyFindingRules(const KnowledgeBase& kb, const Facts& facts,
                       std::string_view framework, Recommendation& r) {
  std::vector<std::optional<CheckResult>> checks(kb.checklist.size());
  r.checklist.reserve(kb.checklist.size());
  auto render = [&](const std::string& text) {
    return RenderTemplate(text, facts, kb, framework);
  };
  auto add = [&](std::vector<Item>& items,
                 const std::optional<Finding>& finding, const Rule& rule,
                 std::string_view title) {
    if (!finding || HasId(items, finding->id)) return;
    items.push_back(Item{finding->id, title, render(finding->message),
                         rule.source, rule.id});
  };
  auto add_warning = [&](const Finding& finding, const Rule& rule,
                         std::string_view title) {
    std::string message = render(finding.message);
    if (HasMessage(r.warnings, message)) return;
    r.warnings.push_back(
        Item{finding.id, title, std::move(message), rule.source, rule.id});
  };
  // The rules that fire, and room for all they can say.
  std::vector<const Rule*> firing;
  firing.reserve(kb.rules.size());
  size_t warnings = 0, advice = 0, tensions = 0, revisits = 0;
  for (const Rule& rule : kb.rules) {
    if (!Fires(rule, facts)) continue;
    firing.push_back(&rule);
    warnings += rule.warning.has_value();
    advice += rule.advice.has_value();
    tensions += rule.tension.has_value();
    revisits += rule.revisit.has_value();
  }
  r.warnings.reserve(warnings);
  r.advice.reserve(advice);
  r.tensions.reserve(tensions);
  r.revisit_triggers.reserve(revisits);
  for (const Rule* firing_rule : firing) {
    const Rule& rule = *firing_rule;
    if (rule.warning) {
      auto kind = std::find_if(
          kb.warnings.begin(), kb.warnings.end(),
          [&](const WarningKind& w) { return w.id == rule.warning->id; });
      assert(kind != kb.warnings.end());
      add_warning(*rule.warning, rule, kind->title);
    }
    add(r.advice, rule.advice, rule, "");
    add(r.tensions, rule.tension, rule, "");
    add(r.revisit_triggers, rule.revisit, rule, "");
    if (rule.checklist) {
      for (size_t i = 0; i < kb.checklist.size(); ++i) {
        if (kb.checklist[i].id != rule.checklist->id || checks[i]) continue;
        checks[i] = CheckResult{kb.checklist[i].id, kb.checklist[i].item,
                                rule.checklist_status,
                                render(rule.checklist->message), rule.source};
      }
    }
  }
  for (size_t i = 0; i < kb.checklist.size(); ++i) {
    const ChecklistItem& item = kb.checklist[i];
    if (checks[i]) {
      r.checklist.push_back(std::move(*checks[i]));
    } else {
      r.checklist.push_back(CheckResult{item.id, item.item, CheckStatus::kTodo,
                                        "No rule assessed this item.",
                                        item.source});
    }
  }
}

}  // namespace

Confidence ConfidenceOf(const KnowledgeBase& kb, const Recommendation& r) {
  return MakeConfidence(kb, r);
}

Recommendation Evaluate(const KnowledgeBase& kb, const Profile& profile) {
  assert(!kb.stacks.empty());
  Facts facts = FactsOf(kb, profile);
  const std::vector<double> weights = Weights(kb, facts);
  const RatingMatrix ratings(kb, profile);
  const std::vector<double> scores = Scores(kb, ratings, weights);
  const Eligibility eligible = TeamFirst(kb, facts);
  const std::vector<int> order = RankOrder(scores, eligible);
  const int winner = order.front();

  Recommendation r;
  r.knowledge_base = {kb.version, kb.sha256};
  std::vector<StackLevels> member_levels;
  member_levels.reserve(profile.team.size());
  for (const TeamMember& member : profile.team)
    member_levels.push_back(MemberLevels(kb, member));
  double total_weight = 0;
  for (double w : weights) total_weight += w;
  const std::vector<CriterionScore> criteria = CriteriaOf(kb, weights);
  r.ranking.reserve(order.size());
  for (size_t rank = 0; rank < order.size(); ++rank) {
    const int s = order[rank];
    r.ranking.push_back(ScoreStack(kb, profile, member_levels, facts, ratings,
                                   criteria, total_weight, scores[s], s));
    r.ranking.back().rank = static_cast<int>(rank) + 1;
    r.ranking.back().eligible = IsEligible(eligible, s);
  }
  RoundContributions(r.ranking);
  // Team first holds in every sample: only the weights and ratings vary.
  std::unique_ptr<bool[]> eligible_flags(new bool[kb.stacks.size()]);
  for (size_t s = 0; s < kb.stacks.size(); ++s) {
    eligible_flags[s] = IsEligible(eligible, static_cast<int>(s));
  }
  r.robustness = AnalyseRobustness(
      kb, weights, ratings,
      std::span<const bool>(eligible_flags.get(), kb.stacks.size()), order);
  r.confidence = MakeConfidence(kb, r);
  r.recommendation = MakeHeadline(kb, r, winner);

  WhatIfAnswers answers =
      FindWhatIfsAndLeaningPath(kb, profile, winner, facts, ratings);
  SetRecommendedFacts(facts, kb, profile, winner);
  ApplyFindingRules(kb, facts, r.recommendation.framework, r);
  r.what_if = std::move(answers.what_if);
  r.leaning_path = std::move(answers.leaning_path);
  return r;
}

}  // namespace engine
