#include "engine/what_if.h"

#include <string>

#include "engine/explain.h"
#include "engine/facts.h"
#include "engine/scoring.h"

namespace engine {
namespace {

// Re-ranks variants of one profile. Each variant changes the base facts
// (and, for team changes, the team-fit ratings) rather than copying and
// re-reading the whole profile: the search runs dozens of variants for
// every evaluation.
class Search {
 public:
  Search(const KnowledgeBase& kb, const Profile& profile, int winner)
      : kb_(kb),
        profile_(profile),
        facts_(FactsOf(profile)),
        ratings_(kb, profile),
        winner_(winner) {}

  const Facts& facts() const { return facts_; }
  const RatingMatrix& ratings() const { return ratings_; }

  // Ranks the variant; keeps it when the winner changes.
  void Try(const Facts& facts, const RatingMatrix& ratings, std::string field,
           std::string value, std::string change) {
    WeightsInto(kb_, facts, weights_);
    ScoresInto(kb_, ratings, weights_, scores_);
    const int winner = Winner(scores_);
    if (winner == winner_) return;
    found_.push_back(WhatIf{std::move(field), std::move(value), std::move(change),
                            kb_.stacks[winner].id, kb_.stacks[winner].name,
                            scores_[winner] - scores_[winner_]});
  }

  // Each other value of one product answer.
  template <typename Enum>
  void TryEachOther(std::string_view field, Enum Product::*member,
                    std::string_view question) {
    const auto names = Names(Enum{});
    for (size_t i = 0; i < names.size(); ++i) {
      const auto value = static_cast<Enum>(i);
      if (value == profile_.product.*member) continue;
      Product product = profile_.product;
      product.*member = value;
      TryProduct(product, field, names[i],
                 std::string(question) + " were " + Readable(names[i]));
    }
  }

  void TryProduct(const Product& product, std::string_view field,
                  std::string_view value, std::string change) {
    Facts facts = facts_;
    SetProductFacts(product, facts);
    Try(facts, ratings_, std::string(field), std::string(value), std::move(change));
  }

  // A new engineer at `level` in `language` joins the team.
  void TryNewMember(Language language, SkillLevel level) {
    std::vector<TeamMember> team = profile_.team;
    team.push_back(TeamMember{"", {{language, level}}});
    Facts facts = facts_;
    SetTeamFacts(team, profile_.leaning, facts);
    RatingMatrix ratings = ratings_;
    ratings.SetTeam(kb_, team);
    const std::string level_name(Name(level));
    Try(facts, ratings, "team.skills." + std::string(Name(language)), level_name,
        "If an engineer with " + level_name + " " +
            std::string(LanguageDisplayName(language)) + " joined the team");
  }

  std::vector<WhatIf> Take() { return std::move(found_); }

 private:
  const KnowledgeBase& kb_;
  const Profile& profile_;
  const Facts facts_;
  const RatingMatrix ratings_;
  int winner_;
  std::vector<double> weights_;  // reused by every variant
  std::vector<double> scores_;
  std::vector<WhatIf> found_;
};

std::string_view YesNo(bool value) { return value ? "true" : "false"; }

void SetFact(Facts& facts, FactId id, double value) {
  facts[static_cast<int>(id)] = FactValue{true, value};
}

void TryProductAnswers(Search& search, const Product& p) {
  search.TryEachOther("product.ai_ml", &Product::ai_ml, "If AI/ML");
  search.TryEachOther("product.realtime", &Product::realtime, "If real-time");
  search.TryEachOther("product.workload", &Product::workload, "If the workload");
  search.TryEachOther("product.kind", &Product::kind, "If the product kind");

  Product v = p;
  v.data_intensive = !p.data_intensive;
  search.TryProduct(v, "product.data_intensive", YesNo(v.data_intensive),
                    p.data_intensive ? "If the product were not data-intensive"
                                     : "If the product were data-intensive");
  v = p;
  v.performance_differentiator = !p.performance_differentiator;
  search.TryProduct(v, "product.performance_differentiator",
                    YesNo(v.performance_differentiator),
                    p.performance_differentiator
                        ? "If raw performance were not a differentiator"
                        : "If raw performance were a differentiator from day one");
  v = p;
  v.server_rendering = !p.server_rendering;
  search.TryProduct(v, "product.server_rendering", YesNo(v.server_rendering),
                    p.server_rendering ? "If the product needed no server-side rendering"
                                       : "If the product needed server-side rendering");
}

void TryCompanyAnswers(Search& search, const Company& c) {
  if (c.current_backend) {
    Facts facts = search.facts();
    SetFact(facts, FactId::kLaunched, !c.launched);
    search.Try(facts, search.ratings(), "company.launched",
               std::string(YesNo(!c.launched)),
               c.launched ? "If the product were not launched yet"
                          : "If the product were launched on its current backend");
  }
  auto try_in_12_months = [&](int64_t engineers, std::string change) {
    Facts facts = search.facts();
    SetFact(facts, FactId::kEngineersIn12Months, static_cast<double>(engineers));
    SetFact(facts, FactId::kPlannedHires, static_cast<double>(engineers - c.engineers_now));
    search.Try(facts, search.ratings(), "company.engineers_in_12_months",
               std::to_string(engineers), std::move(change));
  };
  if (c.engineers_in_12_months != c.engineers_now) {
    try_in_12_months(c.engineers_now, "If you planned no hires in the next 12 months");
  }
  if (c.engineers_in_12_months < c.engineers_now + 10) {
    try_in_12_months(c.engineers_now + 10,
                     "If you planned to hire 10 engineers in the next 12 months");
  }
}

}  // namespace

std::vector<WhatIf> FindWhatIfs(const KnowledgeBase& kb, const Profile& profile,
                                int winner) {
  Search search(kb, profile, winner);
  TryProductAnswers(search, profile.product);
  TryCompanyAnswers(search, profile.company);
  for (int s = 0; s < static_cast<int>(kb.stacks.size()); ++s) {
    const SkillLevel current = TeamLevel(profile, s);
    for (SkillLevel level : {SkillLevel::kWorking, SkillLevel::kExpert}) {
      if (current < level) search.TryNewMember(kb.stacks[s].languages.front(), level);
    }
  }
  return search.Take();
}

}  // namespace engine
