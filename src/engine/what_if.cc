#include "engine/what_if.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>

#include "base/text.h"
#include "engine/explain.h"
#include "engine/facts.h"
#include "engine/rules.h"
#include "engine/scoring.h"

namespace engine {
namespace {

// Pairs and triples are searched among this many of the most promising
// single changes: enough to combine every answer that moves the scores in
// the right direction, few enough to keep an evaluation fast.
constexpr size_t kCombineAmong = 8;
constexpr size_t kCombineThreeAmong = 6;
constexpr size_t kMaxPairs = 5;

// Stack standing in a ranking: eligibility first, then the score.
constexpr double kEligibleBonus = 1000.0;

// Copies the first `stacks` of `from`'s scores, four at a time: a copy of
// a length known only at run time was a call to memmove, dearer than the
// few scores it moved. memcpy, not assignment, since the scores past
// `stacks` may never have been set.
void CopyScores(const std::array<double, kMaxStacks>& from, int stacks,
                std::array<double, kMaxStacks>& to) {
  constexpr int kFour = 4;
  static_assert(kMaxStacks % kFour == 0);
  for (int s = 0; s < stacks; s += kFour)
    std::memcpy(&to[s], &from[s], kFour * sizeof(double));
}

// A profile variant's ranking. Only the first `stacks` scores are ever set
// or copied: the search ranks a hundred variants per evaluation, and
// zeroing and copying the whole array each time was a tenth of the cost of
// ranking one.
struct Standing {
  Standing() = default;
  Standing(const Standing& other)
      : stacks(other.stacks), eligible(other.eligible), winner(other.winner) {
    CopyScores(other.scores, stacks, scores);
  }
  Standing& operator=(const Standing& other) {
    stacks = other.stacks;
    eligible = other.eligible;
    winner = other.winner;
    CopyScores(other.scores, stacks, scores);
    return *this;
  }
  ~Standing() = default;

  std::array<double, kMaxStacks> scores;
  int stacks = 0;
  Eligibility eligible = 0;
  int winner = 0;

  double Key(int stack) const {
    return (IsEligible(eligible, stack) ? kEligibleBonus : 0.0) + scores[stack];
  }
  // How far `stack` is ahead of the best other stack (negative: behind).
  double Lead(int stack) const {
    double best = -2 * kEligibleBonus;
    for (int s = 0; s < stacks; ++s) {
      if (s != stack) best = std::max(best, Key(s));
    }
    return Key(stack) - best;
  }
};

enum class Target : uint8_t {
  kAiMl,
  kAiMlApproach,
  kRealtime,
  kWorkload,
  kKind,
  kDataIntensive,
  kPerformance,
  kServerRendering,
  kLaunched,
  kEngineersIn12Months,
  kNewMember,
};

// One candidate change. Its wording (AnswerOf) is built only for the few
// that are reported: a search weighs dozens per evaluation.
struct Candidate {
  Target target;
  int64_t value = 0;  // an enum index, a bool, or a number of engineers
  std::string_view field = {};       // for every target but kNewMember
  std::string_view value_name = {};  // an enum's wire name, "true" or "false"
  std::string_view question = {};  // "If AI/ML" (enums), or the whole sentence
  int stack = 0;                   // kNewMember: the new member's stack
  SkillLevel level{};              // kNewMember: their level
};

std::string_view YesNo(bool value) { return value ? "true" : "false"; }

// A sentence's parts, for base::Join(parts, ""): one allocation per
// sentence rather than a temporary per part.
using Parts = std::initializer_list<std::string_view>;

AnswerChange AnswerOf(const KnowledgeBase& kb, const Candidate& c) {
  switch (c.target) {
    case Target::kNewMember: {
      const StackLanguage& language = kb.stacks[c.stack].languages.front();
      const std::string_view level = Name(c.level);
      return {base::Join(Parts{"team.skills.", language.id}, ""),
              std::string(level),
              base::Join(Parts{"If an engineer with ", level, " ",
                               language.name, " joined the team"},
                         "")};
    }
    case Target::kEngineersIn12Months:
      return {std::string(c.field), std::to_string(c.value),
              std::string(c.question)};
    case Target::kDataIntensive:
    case Target::kPerformance:
    case Target::kServerRendering:
    case Target::kLaunched:
      return {std::string(c.field), std::string(c.value_name),
              std::string(c.question)};
    default: {
      // "If AI/ML were core", in one string of the right size.
      constexpr std::string_view kWere = " were ";
      std::string change;
      change.reserve(c.question.size() + kWere.size() + c.value_name.size());
      change += c.question;
      change += kWere;
      AppendReadable(change, c.value_name);
      return {std::string(c.field), std::string(c.value_name),
              std::move(change)};
    }
  }
}

template <typename Enum>
void AddEachOther(std::vector<Candidate>& out, Target target,
                  std::string_view field, Enum current,
                  std::string_view question) {
  const auto names = Names(Enum{});
  for (size_t i = 0; i < names.size(); ++i) {
    if (static_cast<Enum>(i) == current) continue;
    out.push_back(
        Candidate{target, static_cast<int64_t>(i), field, names[i], question});
  }
}

void AddToggle(std::vector<Candidate>& out, Target target,
               std::string_view field, bool current, std::string_view if_true,
               std::string_view if_false) {
  out.push_back(Candidate{target, !current, field, YesNo(!current),
                          current ? if_false : if_true});
}

std::vector<Candidate> Candidates(const KnowledgeBase& kb,
                                  const Profile& profile) {
  const Product& p = profile.product;
  const Company& c = profile.company;
  std::vector<Candidate> out;
  // At most: every other answer to five questions, four toggles, two
  // hiring plans and two new members per stack.
  out.reserve(Names(AiMl{}).size() + Names(AiMlApproach{}).size() +
              Names(Realtime{}).size() + Names(Workload{}).size() +
              Names(ProductKind{}).size() + 4 + 2 + 2 * kb.stacks.size());
  AddEachOther(out, Target::kAiMl, "product.ai_ml", p.ai_ml, "If AI/ML");
  AddEachOther(out, Target::kAiMlApproach, "product.ai_ml_approach",
               p.ai_ml_approach, "If the AI/ML approach");
  AddEachOther(out, Target::kRealtime, "product.realtime", p.realtime,
               "If real-time");
  AddEachOther(out, Target::kWorkload, "product.workload", p.workload,
               "If the workload");
  AddEachOther(out, Target::kKind, "product.kind", p.kind,
               "If the product kind");
  AddToggle(out, Target::kDataIntensive, "product.data_intensive",
            p.data_intensive, "If the product were data-intensive",
            "If the product were not data-intensive");
  AddToggle(out, Target::kPerformance, "product.performance_differentiator",
            p.performance_differentiator,
            "If raw performance were a differentiator from day one",
            "If raw performance were not a differentiator");
  AddToggle(out, Target::kServerRendering, "product.server_rendering",
            p.server_rendering, "If the product needed server-side rendering",
            "If the product needed no server-side rendering");
  if (c.current_backend) {
    AddToggle(out, Target::kLaunched, "company.launched", c.launched,
              "If the product were launched on its current backend",
              "If the product were not launched yet");
  }
  if (c.engineers_in_12_months != c.engineers_now) {
    out.push_back(Candidate{Target::kEngineersIn12Months,
                            c.engineers_now,
                            "company.engineers_in_12_months",
                            {},
                            "If you planned no hires in the next 12 months"});
  }
  if (c.engineers_in_12_months < c.engineers_now + 10) {
    out.push_back(
        Candidate{Target::kEngineersIn12Months,
                  c.engineers_now + 10,
                  "company.engineers_in_12_months",
                  {},
                  "If you planned to hire 10 engineers in the next 12 months"});
  }
  for (int s = 0; s < static_cast<int>(kb.stacks.size()); ++s) {
    // Also at a level the team already has: another engineer who knows the
    // stack still raises team fit.
    for (SkillLevel level : {SkillLevel::kWorking, SkillLevel::kExpert}) {
      out.push_back(Candidate{Target::kNewMember, 0, {}, {}, {}, s, level});
    }
  }
  return out;
}

// Up to three changes applied together, without allocating.
class Combination {
 public:
  Combination() = default;
  Combination(std::initializer_list<const Candidate*> changes) {
    for (const Candidate* c : changes) items_[size_++] = c;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Candidate* const* begin() const { return items_.data(); }
  const Candidate* const* end() const { return items_.data() + size_; }
  const Candidate* operator[](size_t i) const { return items_[i]; }

 private:
  std::array<const Candidate*, 3> items_{};
  size_t size_ = 0;
};

using FactMask = uint64_t;  // one bit per FactId
static_assert(kFactCount <= 64);

FactMask Bit(FactId id) { return FactMask{1} << static_cast<int>(id); }

FactMask FactsRead(const Rule& rule) {
  FactMask reads = 0;
  for (const FactTest& test : rule.when) reads |= Bit(test.fact);
  for (const FactTest& test : rule.unless) reads |= Bit(test.fact);
  if (rule.admit_fact) reads |= Bit(*rule.admit_fact);
  return reads;
}

// Stacks ranked side by side in ChunkedScores.
constexpr int kChunk = 4;
static_assert(kMaxStacks % kChunk == 0);

// Each stack's score as ScoresInto computes it: the weighted ratings added
// in criterion order, then scaled; kChunk stacks at a time, each in its own
// lane, so that the sums stay in vector registers and do not wait on each
// other. Ratings are criterion by criterion, `padded` stacks each; a
// team-skill criterion (bit c of `team_criteria`) reads `team_ratings`.
// The AVX copy does the same IEEE operations in the same order, four lanes
// to a register, so every score is bit for bit the same.
__attribute__((target_clones("avx2", "default"))) void ChunkedScores(
    const std::vector<double>& weights, double total, uint32_t team_criteria,
    const double* team_ratings, const double* ratings_by_criterion, int padded,
    double* scores) {
  for (int first = 0; first < padded; first += kChunk) {
    std::array<double, kChunk> sums{};
    for (size_t c = 0; c < weights.size(); ++c) {
      const double w = weights[c];
      const double* rating =
          (team_criteria >> c & 1u) != 0
              ? team_ratings + first
              : ratings_by_criterion + c * static_cast<size_t>(padded) + first;
      for (int lane = 0; lane < kChunk; ++lane) sums[lane] += w * rating[lane];
    }
    for (int lane = 0; lane < kChunk; ++lane)
      scores[first + lane] = 100.0 * sums[lane] / (kMaxRating * total);
  }
}

// Ranks profile variants as Evaluate ranks them, from the base profile's
// facts and ratings, changing only what each answer touches. A search ranks
// up to a hundred variants per evaluation: rebuilding the facts, the rating
// matrix and every member's skills from a copied profile each time was most
// of an evaluation's cost. RankWinnerIsEvaluates and the what-if property
// tests check that a variant ranks exactly as its profile does.
class VariantRanker {
 public:
  // `facts` and `ratings` are the profile's (FactsOf, RatingMatrix).
  VariantRanker(const KnowledgeBase& kb, const Profile& profile,
                const Facts& facts, const RatingMatrix& ratings)
      : kb_(kb),
        profile_(profile),
        facts_(facts),
        work_(facts_),
        levels_(TeamLevels(kb, profile.team)),
        levels_work_(levels_) {
    nobody_carries_.fill(1.0);
    for (const TeamMember& member : profile.team) {
      const StackLevels levels = MemberLevels(kb, member);
      for (size_t s = 0; s < kb.stacks.size(); ++s) {
        nobody_carries_[s] *= 1.0 - CarryChance(levels[s]);
      }
    }
    nobody_work_ = nobody_carries_;
    for (const LanguageId& language : profile.company.planned_languages) {
      if (const auto stack = kb.StackOfLanguage(language))
        planned_ |= uint64_t{1} << *stack;
    }
    if (const auto& current = profile.company.current_backend) {
      current_ = kb.StackOfLanguage(*current).value_or(-1);
    }
    base_weights_.reserve(kb.criteria.size());
    for (const Criterion& criterion : kb.criteria)
      base_weights_.push_back(criterion.base_weight);
    weight_rules_.reserve(kb.rules.size());
    admit_rules_.reserve(kb.rules.size());
    for (const Rule& rule : kb.rules) {
      if (rule.before_ranking() && !rule.weights.empty()) {
        weight_rules_.push_back(
            WatchedRule{&rule, FactsRead(rule), Fires(rule, facts_)});
      }
      if (rule.admit_stack || rule.admit_fact) {
        admit_rules_.push_back(&rule);
        eligibility_reads_ |= FactsRead(rule);
      }
    }
    team_facts_ = Bit(FactId::kTeamSize) | Bit(FactId::kTeamBestStack) |
                  Bit(FactId::kTeamBestLevel) |
                  Bit(FactId::kTeamStrongStackCount) |
                  Bit(FactId::kLeaningTeamLevel);
    for (size_t s = 0; s < kb.stacks.size(); ++s)
      eligibility_reads_ |= Bit(TeamLevelFact(static_cast<int>(s)));
    base_eligible_ = TeamFirst(kb_, facts_, admit_rules_);
    const int stacks = static_cast<int>(kb.stacks.size());
    padded_stacks_ = (stacks + kChunk - 1) / kChunk * kChunk;
    ratings_by_criterion_.assign(kb.criteria.size() * padded_stacks_, 0.0);
    for (size_t c = 0; c < kb.criteria.size(); ++c) {
      if (kb.criteria[c].rating_source == RatingSource::kTeamSkill)
        team_criteria_ |= 1u << c;
      for (int s = 0; s < stacks; ++s) {
        ratings_by_criterion_[c * padded_stacks_ + s] =
            ratings.at(s, static_cast<int>(c));
      }
    }
    profile_standing_.stacks = stacks;
    profile_total_ = ScoreVariant(0, weight_rules_.size(), nobody_carries_,
                                  profile_standing_);
    profile_weights_ = weights_;
    profile_standing_.eligible = base_eligible_;
    profile_standing_.winner =
        Winner(std::span<const double>(profile_standing_.scores.data(), stacks),
               base_eligible_);
  }

  // The profile's own ranking, as Rank of no change gives it.
  const Standing& ProfileStanding() const { return profile_standing_; }

  Standing Rank(const Combination& changes) {
    // The variant's facts are written over the profile's in work_, and put
    // back before returning: copying all of them for every variant cost
    // more than ranking it.
    Facts& f = work_;
    FactMask touched = 0;
    // New members' stacks, patched and put back the same way.
    StackLevels& levels = levels_work_;
    std::array<double, kMaxStacks>& nobody = nobody_work_;
    uint32_t stacks_touched = 0;
    size_t team_size = profile_.team.size();
    bool team_changed = false;
    auto set = [&f, &touched](FactId id, double v) {
      f[static_cast<int>(id)] = FactValue{true, v};
      touched |= Bit(id);
    };
    for (const Candidate* c : changes) {
      const double v = static_cast<double>(c->value);
      switch (c->target) {
        case Target::kAiMl:
          set(FactId::kAiMl, v);
          break;
        case Target::kAiMlApproach:
          set(FactId::kAiMlApproach, v);
          break;
        case Target::kRealtime:
          set(FactId::kRealtime, v);
          break;
        case Target::kWorkload:
          set(FactId::kWorkload, v);
          break;
        case Target::kKind:
          set(FactId::kProductKind, v);
          break;
        case Target::kDataIntensive:
          set(FactId::kDataIntensive, v);
          break;
        case Target::kPerformance:
          set(FactId::kPerformanceDifferentiator, v);
          break;
        case Target::kServerRendering:
          set(FactId::kServerRendering, v);
          break;
        case Target::kLaunched: {
          set(FactId::kLaunched, v);
          uint64_t stacks = planned_;
          if (c->value != 0 && current_ >= 0) stacks |= uint64_t{1} << current_;
          set(FactId::kPlannedStackCount, __builtin_popcountll(stacks));
          break;
        }
        case Target::kEngineersIn12Months:
          set(FactId::kEngineersIn12Months, v);
          set(FactId::kPlannedHires,
              static_cast<double>(c->value - profile_.company.engineers_now));
          break;
        case Target::kNewMember:
          levels[c->stack] = std::max(levels[c->stack], c->level);
          nobody[c->stack] *= 1.0 - CarryChance(c->level);
          stacks_touched |= uint32_t{1} << c->stack;
          ++team_size;
          team_changed = true;
          break;
      }
    }
    if (team_changed) {
      SetTeamFactsFromLevels(kb_, levels, team_size, profile_.leaning, f);
      // The other stacks' levels are written again as they were.
      touched |= team_facts_;
      for (uint32_t bits = stacks_touched; bits != 0; bits &= bits - 1)
        touched |= Bit(TeamLevelFact(__builtin_ctz(bits)));
    }
    const FactMask changed = Changed(touched);

    // A variant whose answers fire the same weight rules as the profile's
    // has the profile's weights, and then only the stacks whose team
    // changed score differently: the other scores are the profile's, bit
    // for bit. Nearly half of all variants are such.
    // The first weight rule that fires otherwise than for the profile, if
    // any: the rules before it fire as they do for the profile.
    size_t first_different = 0;
    for (; first_different < weight_rules_.size(); ++first_different) {
      const WatchedRule& watched = weight_rules_[first_different];
      if ((watched.reads & changed) != 0 &&
          Fires(*watched.rule, f) != watched.fires_for_profile)
        break;
    }
    const bool same_weights = first_different == weight_rules_.size();
    Standing st;
    st.stacks = static_cast<int>(kb_.stacks.size());
    if (same_weights) {
      CopyScores(profile_standing_.scores, st.stacks, st.scores);
      if (profile_total_ > 0) {
        for (uint32_t bits = stacks_touched; bits != 0; bits &= bits - 1) {
          const int s = __builtin_ctz(bits);
          st.scores[s] = ScoreOf(profile_weights_, profile_total_, s,
                                 kMaxRating * (1.0 - nobody[s]));
        }
      }
    } else {
      ScoreVariant(changed, first_different, nobody, st);
    }
    st.eligible = (eligibility_reads_ & changed) != 0
                      ? TeamFirst(kb_, f, admit_rules_)
                      : base_eligible_;
    for (FactMask bits = touched; bits != 0; bits &= bits - 1)
      f[__builtin_ctzll(bits)] = facts_[__builtin_ctzll(bits)];
    for (uint32_t bits = stacks_touched; bits != 0; bits &= bits - 1) {
      const int s = __builtin_ctz(bits);
      levels[s] = levels_[s];
      nobody[s] = nobody_carries_[s];
    }
    st.winner = Winner(std::span<const double>(st.scores.data(), st.stacks),
                       st.eligible);
    return st;
  }

 private:
  // The weights Weights gives the variant's facts (work_), added up in file
  // order, and every stack's score as ScoresInto computes it, with the
  // team-skill ratings of the variant's team. Returns the weights' total.
  // The weight rules before `first_different` fire as they do for the
  // profile, and that one does not (when there is one).
  double ScoreVariant(FactMask changed, size_t first_different,
                      const std::array<double, kMaxStacks>& nobody,
                      Standing& st) {
    weights_.assign(base_weights_.begin(), base_weights_.end());
    for (size_t i = 0; i < weight_rules_.size(); ++i) {
      const WatchedRule& watched = weight_rules_[i];
      // A rule that reads no changed fact fires as it does for the profile.
      bool fires = watched.fires_for_profile;
      if (i == first_different) {
        fires = !fires;
      } else if (i > first_different && (watched.reads & changed) != 0) {
        fires = Fires(*watched.rule, work_);
      }
      if (!fires) continue;
      for (const auto& [criterion, added] : watched.rule->weights)
        weights_[criterion] += added;
    }
    double total = 0;
    for (double& w : weights_) {
      w = std::max(w, 0.0);
      total += w;
    }
    if (total <= 0) {
      std::fill_n(st.scores.begin(), st.stacks, 0.0);
      return total;
    }
    std::array<double, kMaxStacks> team_ratings;
    for (int s = 0; s < padded_stacks_; ++s)
      team_ratings[s] = kMaxRating * (1.0 - nobody[s]);
    ChunkedScores(weights_, total, team_criteria_, team_ratings.data(),
                  ratings_by_criterion_.data(), padded_stacks_,
                  st.scores.data());
    return total;
  }

  // Stack s's score as ChunkedScores computes it, the same operations in
  // the same order, with `team_rating` for the team-skill criteria.
  double ScoreOf(const std::vector<double>& weights, double total, int s,
                 double team_rating) const {
    double sum = 0;
    for (size_t c = 0; c < weights.size(); ++c) {
      const double rating =
          (team_criteria_ >> c & 1u) != 0
              ? team_rating
              : ratings_by_criterion_[c * static_cast<size_t>(padded_stacks_) +
                                      static_cast<size_t>(s)];
      sum += weights[c] * rating;
    }
    return 100.0 * sum / (kMaxRating * total);
  }

  // Of the facts a variant wrote, those that differ from the profile's.
  FactMask Changed(FactMask touched) const {
    FactMask changed = 0;
    // Without a branch per fact: whether a team fact changed is as good as
    // a coin toss, and mispredicting it was a quarter of a ranking's cost.
    for (FactMask bits = touched; bits != 0; bits &= bits - 1) {
      const int i = __builtin_ctzll(bits);
      const FactMask differs =
          static_cast<FactMask>(work_[i].present != facts_[i].present) |
          static_cast<FactMask>(work_[i].value != facts_[i].value);
      changed |= differs << i;
    }
    return changed;
  }

  // A weight rule, with the facts it reads and whether it fires for the
  // profile itself.
  struct WatchedRule {
    const Rule* rule;
    FactMask reads;
    bool fires_for_profile;
  };

  const KnowledgeBase& kb_;
  const Profile& profile_;
  const Facts facts_;
  Facts work_;             // facts_ between calls of Rank
  int padded_stacks_ = 0;  // the stacks, rounded up to whole chunks
  // The profile's ratings (RatingMatrix), criterion by criterion, each
  // padded with zeros to padded_stacks_: Rank reads one criterion of kChunk
  // stacks at a time. Team-skill criteria are rated from the variant's team
  // instead.
  std::vector<double> ratings_by_criterion_;
  const StackLevels levels_;
  StackLevels levels_work_;  // levels_ between calls of Rank
  std::array<double, kMaxStacks> nobody_carries_;
  std::array<double, kMaxStacks> nobody_work_;  // likewise
  uint64_t planned_ = 0;  // the stacks of the planned languages
  int current_ = -1;      // the current backend's stack
  // What SetTeamFactsFromLevels writes, but for each stack's level.
  FactMask team_facts_ = 0;
  std::vector<WatchedRule> weight_rules_;
  std::vector<const Rule*> admit_rules_;
  FactMask eligibility_reads_ = 0;  // what TeamFirst reads
  Eligibility base_eligible_ = 0;   // TeamFirst of the profile
  uint32_t team_criteria_ = 0;      // bit c: criterion c rates team skill
  static_assert(kMaxCriteria <= 32);
  std::vector<double> base_weights_;  // each criterion's, in order
  std::vector<double> weights_;       // scratch
  // The profile's weights, their total, and its ranking.
  std::vector<double> profile_weights_;
  double profile_total_ = 0;
  Standing profile_standing_;
};

// Two changes conflict when they answer the same question.
bool SameQuestion(const Candidate& a, const Candidate& b) {
  return a.target == b.target &&
         (a.target != Target::kNewMember || a.stack == b.stack);
}

bool Compatible(const Combination& changes) {
  for (size_t i = 0; i < changes.size(); ++i) {
    for (size_t j = i + 1; j < changes.size(); ++j) {
      if (SameQuestion(*changes[i], *changes[j])) return false;
    }
  }
  return true;
}

std::vector<AnswerChange> Answers(const KnowledgeBase& kb,
                                  const Combination& changes) {
  std::vector<AnswerChange> out;
  out.reserve(changes.size());
  for (const Candidate* c : changes) out.push_back(AnswerOf(kb, *c));
  return out;
}

// "If A", "If B" -> "If A, and B".
std::string Together(const std::vector<AnswerChange>& answers) {
  constexpr std::string_view kAnd = ", and ";
  size_t size = 0;
  for (const AnswerChange& answer : answers)
    size += kAnd.size() + answer.change.size();
  std::string out;
  out.reserve(size);
  for (const AnswerChange& answer : answers) {
    std::string_view sentence = answer.change;
    if (!out.empty()) {
      out += kAnd;
      if (sentence.starts_with("If ")) sentence.remove_prefix(3);
    }
    out += sentence;
  }
  return out;
}

WhatIf MakeWhatIf(const KnowledgeBase& kb, const Combination& changes,
                  const Standing& st, int old_winner) {
  WhatIf w;
  w.changes = Answers(kb, changes);
  const AnswerChange& first = w.changes.front();
  w.field = first.field;
  w.value = first.value;
  w.change = w.changes.size() == 1 ? first.change : Together(w.changes);
  w.new_stack = kb.stacks[st.winner].id;
  w.new_stack_name = kb.stacks[st.winner].name;
  w.new_margin = st.scores[st.winner] - st.scores[old_winner];
  return w;
}

// The candidates that move `stack`'s lead the most in `direction` (+1: up,
// -1: down) from `base_lead`, best first, at most kCombineAmong.
std::vector<const Candidate*> MostPromising(
    const std::vector<Candidate>& candidates, const std::vector<double>& leads,
    double base_lead, double direction) {
  std::vector<size_t> order;
  order.reserve(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (direction * (leads[i] - base_lead) > 1e-9) order.push_back(i);
  }
  // Equal leads keep the candidates' order, as a stable sort would, without
  // the buffer std::stable_sort allocates.
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const double lead_a = direction * leads[a];
    const double lead_b = direction * leads[b];
    return lead_a > lead_b || (lead_a == lead_b && a < b);
  });
  if (order.size() > kCombineAmong) order.resize(kCombineAmong);
  std::vector<const Candidate*> out;
  out.reserve(order.size());
  for (size_t i : order) out.push_back(&candidates[i]);
  return out;
}

// Every single change, ranked once: the what-if list and the leaning's
// path both start from these, and rank their combinations with `ranker`.
struct Singles {
  Singles(const KnowledgeBase& kb, const Profile& profile, const Facts& facts,
          const RatingMatrix& ratings)
      : ranker(kb, profile, facts, ratings),
        candidates(Candidates(kb, profile)),
        base(ranker.ProfileStanding()) {
    standings.reserve(candidates.size());
    for (const Candidate& c : candidates) {
      standings.push_back(ranker.Rank(Combination{&c}));
    }
  }

  VariantRanker ranker;
  std::vector<Candidate> candidates;
  Standing base;
  std::vector<Standing> standings;  // indexed like candidates
};

std::vector<WhatIf> WhatIfsFrom(const KnowledgeBase& kb, int winner,
                                Singles& singles) {
  const std::vector<Candidate>& candidates = singles.candidates;
  std::vector<WhatIf> found;
  found.reserve(kMaxPairs);
  std::vector<double> leads(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Standing& st = singles.standings[i];
    leads[i] = st.Lead(winner);
    if (st.winner != winner) {
      found.push_back(MakeWhatIf(kb, Combination{&candidates[i]}, st, winner));
    }
  }
  if (!found.empty()) return found;

  const std::vector<const Candidate*> promising =
      MostPromising(candidates, leads, singles.base.Lead(winner), -1.0);
  for (size_t i = 0; i < promising.size() && found.size() < kMaxPairs; ++i) {
    for (size_t j = i + 1; j < promising.size() && found.size() < kMaxPairs;
         ++j) {
      const Combination pair{promising[i], promising[j]};
      if (!Compatible(pair)) continue;
      const Standing st = singles.ranker.Rank(pair);
      if (st.winner != winner)
        found.push_back(MakeWhatIf(kb, pair, st, winner));
    }
  }
  return found;
}

std::optional<LeaningPath> LeaningPathFrom(const KnowledgeBase& kb,
                                           const Profile& profile, int winner,
                                           Singles& singles) {
  if (!profile.leaning.stack) return std::nullopt;
  const std::optional<int> found_target = kb.StackIndex(*profile.leaning.stack);
  if (!found_target || *found_target == winner) return std::nullopt;
  const int target = *found_target;

  LeaningPath path{kb.stacks[target].id, kb.stacks[target].name, false, {}, ""};
  const std::vector<Candidate>& candidates = singles.candidates;
  std::vector<double> leads(candidates.size());
  Combination best;
  double best_lead = 0;
  auto consider = [&](const Combination& changes, const Standing& st) {
    if (st.winner != target) return;
    const double lead = st.Lead(target);
    if (best.empty() || changes.size() < best.size() ||
        (changes.size() == best.size() && lead > best_lead)) {
      best = changes;
      best_lead = lead;
    }
  };
  for (size_t i = 0; i < candidates.size(); ++i) {
    leads[i] = singles.standings[i].Lead(target);
    consider(Combination{&candidates[i]}, singles.standings[i]);
  }
  const std::vector<const Candidate*> promising =
      MostPromising(candidates, leads, singles.base.Lead(target), +1.0);
  const size_t n = promising.size();
  for (size_t i = 0; best.empty() && i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      const Combination pair{promising[i], promising[j]};
      if (Compatible(pair)) consider(pair, singles.ranker.Rank(pair));
    }
  }
  // Triples among fewer candidates: three changes are the most the
  // founder is offered, and the best three single moves nearly always
  // contain them.
  const size_t m = std::min(n, kCombineThreeAmong);
  for (size_t i = 0; best.empty() && i < m; ++i) {
    for (size_t j = i + 1; j < m; ++j) {
      for (size_t k = j + 1; k < m; ++k) {
        const Combination triple{promising[i], promising[j], promising[k]};
        if (Compatible(triple)) consider(triple, singles.ranker.Rank(triple));
      }
    }
  }
  if (best.empty()) {
    path.summary =
        "stackwise found no change of up to three answers that makes " +
        path.stack_name + " rank first: " + kb.stacks[winner].name +
        " stays ahead.";
    return path;
  }
  path.found = true;
  path.changes = Answers(kb, best);
  std::string when = Together(path.changes);
  when[0] =
      static_cast<char>(std::tolower(static_cast<unsigned char>(when[0])));
  path.summary = path.stack_name + " would rank first " + when + ".";
  return path;
}

}  // namespace

int RankWinner(const KnowledgeBase& kb, const Profile& profile) {
  // From the profile, as Evaluate ranks: the property tests hold the
  // what-if search's VariantRanker to this.
  const Facts facts = FactsOf(kb, profile);
  const std::vector<double> scores =
      Scores(kb, RatingMatrix(kb, profile), Weights(kb, facts));
  return Winner(scores, TeamFirst(kb, facts));
}

std::vector<WhatIf> FindWhatIfs(const KnowledgeBase& kb, const Profile& profile,
                                int winner) {
  Singles singles(kb, profile, FactsOf(kb, profile), RatingMatrix(kb, profile));
  return WhatIfsFrom(kb, winner, singles);
}

std::optional<LeaningPath> FindLeaningPath(const KnowledgeBase& kb,
                                           const Profile& profile, int winner) {
  Singles singles(kb, profile, FactsOf(kb, profile), RatingMatrix(kb, profile));
  return LeaningPathFrom(kb, profile, winner, singles);
}

WhatIfAnswers FindWhatIfsAndLeaningPath(const KnowledgeBase& kb,
                                        const Profile& profile, int winner) {
  return FindWhatIfsAndLeaningPath(kb, profile, winner, FactsOf(kb, profile),
                                   RatingMatrix(kb, profile));
}

WhatIfAnswers FindWhatIfsAndLeaningPath(const KnowledgeBase& kb,
                                        const Profile& profile, int winner,
                                        const Facts& facts,
                                        const RatingMatrix& ratings) {
  Singles singles(kb, profile, facts, ratings);
  WhatIfAnswers answers;
  answers.what_if = WhatIfsFrom(kb, winner, singles);
  answers.leaning_path = LeaningPathFrom(kb, profile, winner, singles);
  return answers;
}

}  // namespace engine
