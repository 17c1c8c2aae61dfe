#include "engine/scoring.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <numeric>

#include "engine/rules.h"

namespace engine {

std::vector<double> Weights(const KnowledgeBase& kb, const Facts& facts) {
  std::vector<double> weights;
  WeightsInto(kb, facts, weights);
  return weights;
}

void WeightsInto(const KnowledgeBase& kb, const Facts& facts,
                 std::vector<double>& weights) {
  weights.resize(kb.criteria.size());
  for (size_t c = 0; c < kb.criteria.size(); ++c) {
    weights[c] = kb.criteria[c].base_weight;
  }
  for (const Rule& rule : kb.rules) {
    if (!rule.before_ranking() || !Fires(rule, facts)) continue;
    for (const auto& [criterion, added] : rule.weights) {
      weights[criterion] += added;
    }
  }
  for (double& w : weights) w = std::max(w, 0.0);
}

double CarryChance(SkillLevel level) {
  switch (level) {
    case SkillLevel::kExpert:
      return 0.8;
    case SkillLevel::kWorking:
      return 0.5;
    case SkillLevel::kBasic:
      return 0.15;
    case SkillLevel::kNone:
      return 0.0;
  }
  return 0.0;
}

namespace {

// TeamFitRating for every stack at once, indexed like kb.stacks.
std::array<double, kMaxStacks> TeamFitRatings(
    const KnowledgeBase& kb, std::span<const TeamMember> team) {
  std::array<double, kMaxStacks> nobody_carries;
  nobody_carries.fill(1.0);
  for (const TeamMember& member : team) {
    const StackLevels levels = MemberLevels(kb, member);
    for (size_t s = 0; s < kb.stacks.size(); ++s) {
      nobody_carries[s] *= 1.0 - CarryChance(levels[s]);
    }
  }
  std::array<double, kMaxStacks> ratings{};
  for (size_t s = 0; s < kb.stacks.size(); ++s) {
    ratings[s] = kMaxRating * (1.0 - nobody_carries[s]);
  }
  return ratings;
}

}  // namespace

double TeamFitRating(const KnowledgeBase& kb, std::span<const TeamMember> team,
                     int stack) {
  return TeamFitRatings(kb, team)[stack];
}

namespace {

template <typename Rules, typename RuleOf>
Eligibility TeamFirstWith(const KnowledgeBase& kb, const Facts& facts,
                          const Rules& rules, RuleOf rule_of) {
  const int stacks = static_cast<int>(kb.stacks.size());
  Eligibility known = 0;
  for (int s = 0; s < stacks; ++s) {
    const FactValue& level = facts[static_cast<int>(TeamLevelFact(s))];
    if (level.present && level.value >= static_cast<double>(kKnowsWell)) {
      known |= Eligibility{1} << s;
    }
  }
  if (known == 0) return ~Eligibility{0};
  for (const auto& entry : rules) {
    const Rule& rule = rule_of(entry);
    if (!(rule.admit_stack || rule.admit_fact) || !Fires(rule, facts)) continue;
    if (rule.admit_stack) known |= Eligibility{1} << *rule.admit_stack;
    if (rule.admit_fact) {
      const FactValue& stack = facts[static_cast<int>(*rule.admit_fact)];
      if (stack.present)
        known |= Eligibility{1} << static_cast<int>(stack.value);
    }
  }
  return known;
}

}  // namespace

Eligibility TeamFirst(const KnowledgeBase& kb, const Facts& facts) {
  return TeamFirstWith(kb, facts, kb.rules,
                       [](const Rule& rule) -> const Rule& { return rule; });
}

Eligibility TeamFirst(const KnowledgeBase& kb, const Facts& facts,
                      std::span<const Rule* const> admit_rules) {
  return TeamFirstWith(kb, facts, admit_rules,
                       [](const Rule* rule) -> const Rule& { return *rule; });
}

double TalentRating(const KnowledgeBase& kb, int stack) {
  double largest = 0;
  for (const Stack& s : kb.stacks) {
    largest = std::max(largest, s.talent.share_percent);
  }
  const double share = kb.stacks[stack].talent.share_percent;
  if (largest <= 0 || share <= 0) return 0;
  const double rating =
      kMaxRating + kTalentRatingPerDecade * std::log10(share / largest);
  return std::clamp(rating, 0.0, kMaxRating);
}

RatingMatrix::RatingMatrix(const KnowledgeBase& kb, const Profile& profile)
    : criteria_(static_cast<int>(kb.criteria.size())),
      values_(kb.stacks.size() * kb.criteria.size()) {
  const std::optional<int> current =
      profile.company.current_backend
          ? kb.StackOfLanguage(*profile.company.current_backend)
          : std::nullopt;
  const std::array<double, kMaxStacks> team_fit =
      TeamFitRatings(kb, profile.team);
  for (int s = 0; s < static_cast<int>(kb.stacks.size()); ++s) {
    for (int c = 0; c < criteria_; ++c) {
      double rating = 0;
      switch (kb.criteria[c].rating_source) {
        case RatingSource::kStatic:
          rating = kb.stacks[s].ratings[c].value;
          break;
        case RatingSource::kTeamSkill:
          rating = team_fit[s];
          break;
        case RatingSource::kTalentPool:
          rating = kb.stacks[s].talent_rating;
          break;
        case RatingSource::kCurrentBackend:
          rating = current == s ? kMaxRating : 0.0;
          break;
      }
      values_[s * criteria_ + c] = rating;
    }
  }
}

void RatingMatrix::SetTeam(const KnowledgeBase& kb,
                           std::span<const TeamMember> team) {
  const std::array<double, kMaxStacks> team_fit = TeamFitRatings(kb, team);
  for (int c = 0; c < criteria_; ++c) {
    if (kb.criteria[c].rating_source != RatingSource::kTeamSkill) continue;
    for (int s = 0; s < static_cast<int>(kb.stacks.size()); ++s) {
      values_[s * criteria_ + c] = team_fit[s];
    }
  }
}

std::vector<double> Scores(const KnowledgeBase& kb, const RatingMatrix& ratings,
                           const std::vector<double>& weights) {
  std::vector<double> scores;
  ScoresInto(kb, ratings, weights, scores);
  return scores;
}

void ScoresInto(const KnowledgeBase& kb, const RatingMatrix& ratings,
                const std::vector<double>& weights,
                std::vector<double>& scores) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  scores.assign(kb.stacks.size(), 0.0);
  if (total <= 0) return;
  for (size_t s = 0; s < scores.size(); ++s) {
    double sum = 0;
    for (size_t c = 0; c < weights.size(); ++c) {
      sum += weights[c] * ratings.at(static_cast<int>(s), static_cast<int>(c));
    }
    scores[s] = 100.0 * sum / (kMaxRating * total);
  }
}

namespace {

// True when stack a ranks above stack b.
bool Above(std::span<const double> scores, Eligibility eligible, int a, int b) {
  const bool ea = IsEligible(eligible, a);
  const bool eb = IsEligible(eligible, b);
  if (ea != eb) return ea;
  return scores[a] > scores[b];
}

}  // namespace

std::vector<int> RankOrder(const std::vector<double>& scores,
                           Eligibility eligible) {
  std::vector<int> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return Above(scores, eligible, a, b); });
  return order;
}

int Winner(std::span<const double> scores, Eligibility eligible) {
  assert(!scores.empty());
  int best = 0;
  for (int s = 1; s < static_cast<int>(scores.size()); ++s) {
    if (Above(scores, eligible, s, best)) best = s;  // ties keep the earlier
  }
  return best;
}

}  // namespace engine
