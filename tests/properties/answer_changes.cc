#include "answer_changes.h"

#include <charconv>
#include <string>
#include <string_view>

namespace properties {
namespace {

using engine::AnswerChange;
using engine::Profile;

base::Error Refused(const AnswerChange& change, std::string_view why) {
  return base::InvalidArgument(std::string(why) + ": \"" + change.value + "\"",
                               change.field);
}

template <typename Enum>
base::Result<void> SetEnum(const AnswerChange& change, Enum& field) {
  const auto value = engine::FromName<Enum>(change.value);
  if (!value) return Refused(change, "not an accepted value");
  field = *value;
  return {};
}

base::Result<void> SetBool(const AnswerChange& change, bool& field) {
  if (change.value != "true" && change.value != "false") {
    return Refused(change, "expected true or false");
  }
  field = change.value == "true";
  return {};
}

base::Result<void> SetCount(const AnswerChange& change, int64_t& field) {
  const std::string& text = change.value;
  int64_t value = 0;
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < 0) {
    return Refused(change, "expected a whole number");
  }
  field = value;
  return {};
}

base::Result<void> AddMember(const AnswerChange& change,
                             std::string_view language_name, Profile& profile) {
  const auto level = engine::FromName<engine::SkillLevel>(change.value);
  if (language_name.empty()) return Refused(change, "no language");
  if (!level) return Refused(change, "not a skill level");
  profile.team.push_back(
      engine::TeamMember{"", {{std::string(language_name), *level}}});
  return {};
}

}  // namespace

base::Result<void> ApplyChange(const AnswerChange& change, Profile& profile) {
  engine::Product& p = profile.product;
  const std::string& f = change.field;
  if (f == "product.ai_ml") return SetEnum(change, p.ai_ml);
  if (f == "product.ai_ml_approach") return SetEnum(change, p.ai_ml_approach);
  if (f == "product.realtime") return SetEnum(change, p.realtime);
  if (f == "product.workload") return SetEnum(change, p.workload);
  if (f == "product.kind") return SetEnum(change, p.kind);
  if (f == "product.data_intensive") return SetBool(change, p.data_intensive);
  if (f == "product.performance_differentiator") {
    return SetBool(change, p.performance_differentiator);
  }
  if (f == "product.server_rendering") {
    return SetBool(change, p.server_rendering);
  }
  if (f == "company.launched") return SetBool(change, profile.company.launched);
  if (f == "company.engineers_in_12_months") {
    return SetCount(change, profile.company.engineers_in_12_months);
  }
  constexpr std::string_view kSkills = "team.skills.";
  if (f.starts_with(kSkills)) {
    return AddMember(change, std::string_view(f).substr(kSkills.size()),
                     profile);
  }
  return base::InvalidArgument("not a field a what-if may change", f);
}

base::Result<Profile> WithChanges(const Profile& profile,
                                  std::span<const AnswerChange> changes) {
  Profile changed = profile;
  for (const AnswerChange& change : changes) {
    if (auto applied = ApplyChange(change, changed); !applied) {
      return applied.error();
    }
  }
  return changed;
}

namespace {

template <typename Enum>
void EachOther(std::vector<AnswerChange>& out, std::string field,
               Enum current) {
  const auto names = engine::Names(Enum{});
  for (size_t i = 0; i < names.size(); ++i) {
    if (static_cast<Enum>(i) != current) {
      out.push_back(AnswerChange{field, std::string(names[i]), ""});
    }
  }
}

void Toggle(std::vector<AnswerChange>& out, std::string field, bool current) {
  out.push_back(AnswerChange{std::move(field), current ? "false" : "true", ""});
}

}  // namespace

std::vector<AnswerChange> SingleChanges(const engine::KnowledgeBase& kb,
                                        const Profile& profile) {
  const engine::Product& p = profile.product;
  const engine::Company& c = profile.company;
  std::vector<AnswerChange> out;
  EachOther(out, "product.ai_ml", p.ai_ml);
  EachOther(out, "product.ai_ml_approach", p.ai_ml_approach);
  EachOther(out, "product.realtime", p.realtime);
  EachOther(out, "product.workload", p.workload);
  EachOther(out, "product.kind", p.kind);
  Toggle(out, "product.data_intensive", p.data_intensive);
  Toggle(out, "product.performance_differentiator",
         p.performance_differentiator);
  Toggle(out, "product.server_rendering", p.server_rendering);
  if (c.current_backend) Toggle(out, "company.launched", c.launched);
  for (int64_t planned : {c.engineers_now, c.engineers_now + 10}) {
    if (planned != c.engineers_in_12_months) {
      out.push_back(AnswerChange{"company.engineers_in_12_months",
                                 std::to_string(planned), ""});
    }
  }
  for (const engine::Stack& stack : kb.stacks) {
    for (const engine::StackLanguage& language : stack.languages) {
      for (auto level :
           {engine::SkillLevel::kWorking, engine::SkillLevel::kExpert}) {
        out.push_back(AnswerChange{"team.skills." + language.id,
                                   std::string(engine::Name(level)), ""});
      }
    }
  }
  return out;
}

}  // namespace properties
