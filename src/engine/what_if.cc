#include "engine/what_if.h"

#include <functional>
#include <string>

#include "engine/explain.h"
#include "engine/scoring.h"

namespace engine {
namespace {

class Search {
 public:
  Search(const KnowledgeBase& kb, const Profile& profile, int winner)
      : kb_(kb), base_(profile), winner_(winner) {}

  // Tries one variant of the profile; keeps it when the winner changes.
  void Try(std::string field, std::string value, std::string change,
           const std::function<void(Profile&)>& edit) {
    Profile variant = base_;
    edit(variant);
    const std::vector<double> scores =
        Scores(kb_, RatingMatrix(kb_, variant), Weights(kb_, FactsOf(variant)));
    const int winner = Winner(scores);
    if (winner == winner_) return;
    found_.push_back(WhatIf{std::move(field), std::move(value), std::move(change),
                            kb_.stacks[winner].id, kb_.stacks[winner].name,
                            scores[winner] - scores[winner_]});
  }

  template <typename Enum>
  void TryEachOther(std::string_view field, Enum current, Enum Product::*member,
                    std::string_view question) {
    const auto names = Names(Enum{});
    for (size_t i = 0; i < names.size(); ++i) {
      const auto value = static_cast<Enum>(i);
      if (value == current) continue;
      Try(std::string(field), std::string(names[i]),
          std::string(question) + " were " + Readable(names[i]),
          [&](Profile& p) { p.product.*member = value; });
    }
  }

  std::vector<WhatIf> Take() { return std::move(found_); }

 private:
  const KnowledgeBase& kb_;
  const Profile& base_;
  int winner_;
  std::vector<WhatIf> found_;
};

std::string YesNo(bool value) { return value ? "true" : "false"; }

}  // namespace

std::vector<WhatIf> FindWhatIfs(const KnowledgeBase& kb, const Profile& profile,
                                int winner) {
  Search search(kb, profile, winner);
  const Product& p = profile.product;
  search.TryEachOther("product.ai_ml", p.ai_ml, &Product::ai_ml, "If AI/ML");
  search.TryEachOther("product.realtime", p.realtime, &Product::realtime,
                      "If real-time");
  search.TryEachOther("product.workload", p.workload, &Product::workload,
                      "If the workload");
  search.TryEachOther("product.kind", p.kind, &Product::kind, "If the product kind");

  search.Try("product.data_intensive", YesNo(!p.data_intensive),
             p.data_intensive ? "If the product were not data-intensive"
                              : "If the product were data-intensive",
             [](Profile& v) { v.product.data_intensive = !v.product.data_intensive; });
  search.Try("product.performance_differentiator",
             YesNo(!p.performance_differentiator),
             p.performance_differentiator
                 ? "If raw performance were not a differentiator"
                 : "If raw performance were a differentiator from day one",
             [](Profile& v) {
               v.product.performance_differentiator = !v.product.performance_differentiator;
             });
  search.Try("product.server_rendering", YesNo(!p.server_rendering),
             p.server_rendering ? "If the product needed no server-side rendering"
                                : "If the product needed server-side rendering",
             [](Profile& v) { v.product.server_rendering = !v.product.server_rendering; });

  const Company& c = profile.company;
  if (c.current_backend) {
    search.Try("company.launched", YesNo(!c.launched),
               c.launched ? "If the product were not launched yet"
                          : "If the product were launched on its current backend",
               [](Profile& v) { v.company.launched = !v.company.launched; });
  }
  if (c.engineers_in_12_months != c.engineers_now) {
    search.Try("company.engineers_in_12_months", std::to_string(c.engineers_now),
               "If you planned no hires in the next 12 months",
               [](Profile& v) { v.company.engineers_in_12_months = v.company.engineers_now; });
  }
  const int64_t grown = c.engineers_now + 10;
  if (c.engineers_in_12_months < grown) {
    search.Try("company.engineers_in_12_months", std::to_string(grown),
               "If you planned to hire 10 engineers in the next 12 months",
               [grown](Profile& v) { v.company.engineers_in_12_months = grown; });
  }

  for (int s = 0; s < static_cast<int>(kb.stacks.size()); ++s) {
    const Stack& stack = kb.stacks[s];
    const Language language = stack.languages.front();
    const SkillLevel current = TeamLevel(profile, s);
    for (SkillLevel level : {SkillLevel::kWorking, SkillLevel::kExpert}) {
      if (current >= level) continue;
      const std::string level_name(Name(level));
      search.Try("team.skills." + std::string(Name(language)), level_name,
                 "If someone on the team had " + level_name + " " +
                     std::string(LanguageDisplayName(language)),
                 [language, level](Profile& v) {
                   v.team.push_back(TeamMember{"", {{language, level}}});
                 });
    }
  }
  return search.Take();
}

}  // namespace engine
