#include "engine/test_knowledge_base.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <utility>

#include "engine/recommendation.h"

namespace engine::test_kb {
namespace {

constexpr std::string_view kTinyStacks[] = {
    "python", "node", "go", "ruby", "java", "csharp", "elixir", "rust", "php"};

std::vector<StackLanguage> TinyLanguages(std::string_view id) {
  static const std::pair<std::string_view, std::vector<StackLanguage>>
      kLanguages[] = {
          {"python", {{"python", "Python"}}},
          {"node",
           {{"javascript", "JavaScript"}, {"typescript", "TypeScript"}}},
          {"go", {{"go", "Go"}}},
          {"ruby", {{"ruby", "Ruby"}}},
          {"java", {{"java", "Java"}, {"kotlin", "Kotlin"}}},
          {"csharp", {{"csharp", "C#"}}},
          {"elixir", {{"elixir", "Elixir"}}},
          {"rust", {{"rust", "Rust"}}},
          {"php", {{"php", "PHP"}}},
      };
  for (const auto& [stack, languages] : kLanguages) {
    if (stack == id) return languages;
  }
  return {{std::string(id), std::string(id)}};
}

[[noreturn]] void NotFound(std::string_view what, std::string_view id) {
  throw std::out_of_range("the test knowledge base has no " +
                          std::string(what) + " \"" + std::string(id) + "\"");
}

// TOML text ------------------------------------------------------------------

std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

// Whole numbers as TOML integers, others in the shortest form that reads
// back as the same double.
std::string Number(double value) {
  if (std::floor(value) == value && std::abs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[32];
  auto [end, error] =
      std::to_chars(std::begin(buffer), std::end(buffer), value);
  return std::string(buffer, end);
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ", ";
    out += part;
  }
  return out;
}

std::string Strings(const std::vector<std::string>& values) {
  std::vector<std::string> quoted;
  quoted.reserve(values.size());
  for (const std::string& value : values) quoted.push_back(Quote(value));
  return "[" + Join(quoted) + "]";
}

// The named values of an enum or set fact's mask: one, or a list.
std::string Values(const FactInfo& info, uint64_t mask) {
  std::vector<std::string> names;
  for (size_t i = 0; i < info.values.size(); ++i) {
    if ((mask >> i) & 1) names.push_back(info.values[i]);
  }
  return names.size() == 1 ? Quote(names[0]) : Strings(names);
}

// The test as the value of its fact's key ("core", true, 3), or nullopt
// when it needs a key of its own in a table ({ ge = 3 }).
std::optional<std::string> BareValue(const FactInfo& info,
                                     const FactTest& test) {
  switch (test.op) {
    case TestOp::kIn:
    case TestOp::kHasAny:
      return Values(info, test.mask);
    case TestOp::kEq:
      if (info.kind == FactKind::kBool)
        return test.number != 0 ? "true" : "false";
      return Number(test.number);
    default:
      return std::nullopt;
  }
}

std::string KeyedValue(const FactInfo& info, const FactTest& test) {
  switch (test.op) {
    case TestOp::kNotIn:
    case TestOp::kHasNone:
      return "not = " + Values(info, test.mask);
    case TestOp::kHasAll:
      return "all = " + Values(info, test.mask);
    case TestOp::kLt:
      return "lt = " + Number(test.number);
    case TestOp::kLe:
      return "le = " + Number(test.number);
    case TestOp::kGt:
      return "gt = " + Number(test.number);
    case TestOp::kGe:
      return "ge = " + Number(test.number);
    case TestOp::kPresent:
      return "present = true";
    case TestOp::kAbsent:
      return "present = false";
    default:
      throw std::invalid_argument("a test of fact " + info.name +
                                  " that TOML writes as its bare value "
                                  "cannot share the fact with another test");
  }
}

// { "product.ai_ml" = "core", "team.size" = { ge = 2, lt = 10 } }: the
// tests of one fact together, facts in the order they first appear.
std::string Tests(const KnowledgeBase& kb, const std::vector<FactTest>& tests) {
  std::vector<std::pair<FactId, std::vector<FactTest>>> by_fact;
  for (const FactTest& test : tests) {
    auto it = by_fact.begin();
    while (it != by_fact.end() && it->first != test.fact) ++it;
    if (it == by_fact.end()) {
      by_fact.push_back({test.fact, {test}});
    } else {
      it->second.push_back(test);
    }
  }
  std::vector<std::string> entries;
  for (const auto& [fact, fact_tests] : by_fact) {
    const FactInfo& info = kb.Info(fact);
    std::optional<std::string> bare =
        fact_tests.size() == 1 ? BareValue(info, fact_tests[0]) : std::nullopt;
    if (!bare) {
      std::vector<std::string> keyed;
      for (const FactTest& test : fact_tests) {
        keyed.push_back(KeyedValue(info, test));
      }
      bare = "{ " + Join(keyed) + " }";
    }
    entries.push_back(Quote(info.name) + " = " + *bare);
  }
  return "{ " + Join(entries) + " }";
}

std::string FindingToml(const Finding& finding) {
  return "{ id = " + Quote(finding.id) +
         ", message = " + Quote(finding.message) + " }";
}

std::string MetaToml(const KnowledgeBase& kb) {
  if (kb.version.empty()) return "";
  return "\n[meta]\nversion = " + Quote(kb.version) + "\n";
}

std::string SettingsToml(const KnowledgeBase& kb) {
  std::string out;
  const ConfidenceThresholds& c = kb.confidence;
  const ConfidenceThresholds c0;
  if (c.high_margin != c0.high_margin || c.medium_margin != c0.medium_margin ||
      c.high_share != c0.high_share || c.medium_share != c0.medium_share) {
    out += "\n[confidence]\nhigh_margin = " + Number(c.high_margin) +
           "\nmedium_margin = " + Number(c.medium_margin) +
           "\nhigh_share = " + Number(c.high_share) +
           "\nmedium_share = " + Number(c.medium_share) + "\n";
  }
  const RobustnessSettings& r = kb.robustness;
  const RobustnessSettings r0;
  if (r.weight_spread != r0.weight_spread ||
      r.rating_spread != r0.rating_spread || r.samples != r0.samples) {
    out += "\n[robustness]\nweight_spread = " + Number(r.weight_spread) +
           "\nrating_spread = " + Number(r.rating_spread) +
           "\nsamples = " + std::to_string(r.samples) + "\n";
  }
  return out;
}

std::string CriterionToml(const Criterion& criterion) {
  std::string out = "\n[[criterion]]\nid = " + Quote(criterion.id) +
                    "\nname = " + Quote(criterion.name) + "\n";
  if (!criterion.description.empty()) {
    out += "description = " + Quote(criterion.description) + "\n";
  }
  return out + "rating = " + Quote(Name(criterion.rating_source)) +
         "\nweight = " + Number(criterion.base_weight) +
         "\nsource = " + Quote(criterion.source) + "\n";
}

std::string DeclarationsToml(const KnowledgeBase& kb) {
  std::string out;
  for (const WarningKind& warning : kb.warnings) {
    out += "\n[[warning]]\nid = " + Quote(warning.id) +
           "\ntitle = " + Quote(warning.title) +
           "\nsource = " + Quote(warning.source) + "\n";
  }
  for (const ChecklistItem& item : kb.checklist) {
    out += "\n[[check]]\nid = " + Quote(item.id) +
           "\nitem = " + Quote(item.item) + "\nsource = " + Quote(item.source) +
           "\n";
  }
  return out;
}

std::string StackTable(const KnowledgeBase& kb, const Stack& stack) {
  std::vector<std::string> languages;
  for (const StackLanguage& language : stack.languages) {
    languages.push_back("{ id = " + Quote(language.id) +
                        ", name = " + Quote(language.name) + " }");
  }
  std::string out = "\n[[stack]]\nid = " + Quote(stack.id) +
                    "\nname = " + Quote(stack.name) + "\nlanguages = [" +
                    Join(languages) + "]\n";
  if (stack.extension) out += "extension = true\n";
  out += "source = " + Quote(stack.source) +
         "\nsummary = " + Quote(stack.summary) + "\n";
  if (!stack.strengths.empty()) {
    out += "strengths = " + Strings(stack.strengths) + "\n";
  }
  if (!stack.concerns.empty()) {
    out += "concerns = " + Strings(stack.concerns) + "\n";
  }
  out += "talent = { share_percent = " + Number(stack.talent.share_percent) +
         ", survey = " + Quote(stack.talent.survey) +
         ", year = " + std::to_string(stack.talent.year) + " }\n";
  // A rating the stack lacks is left out, for a test of the loader's
  // "no rating" message.
  std::string ratings;
  for (size_t c = 0; c < kb.criteria.size() && c < stack.ratings.size(); ++c) {
    if (kb.criteria[c].rating_source != RatingSource::kStatic) continue;
    ratings += kb.criteria[c].id +
               " = { rating = " + Number(stack.ratings[c].value) +
               ", why = " + Quote(stack.ratings[c].why) + " }\n";
  }
  if (!ratings.empty()) out += "[stack.ratings]\n" + ratings;
  for (const Framework& framework : stack.frameworks) {
    out += "[[stack.framework]]\nname = " + Quote(framework.name) +
           "\nfit = " + Quote(framework.fit) + "\n";
    if (!framework.when.empty()) {
      out += "when = " + Tests(kb, framework.when) + "\n";
    }
    if (framework.is_default) out += "default = true\n";
  }
  return out;
}

std::string RuleToml(const KnowledgeBase& kb, const Rule& rule) {
  std::string out = "\n[[rule]]\nid = " + Quote(rule.id) +
                    "\nsource = " + Quote(rule.source) + "\n";
  if (!rule.when.empty()) out += "when = " + Tests(kb, rule.when) + "\n";
  if (!rule.unless.empty()) out += "unless = " + Tests(kb, rule.unless) + "\n";
  if (!rule.weights.empty()) {
    std::vector<std::string> weights;
    for (const auto& [criterion, weight] : rule.weights) {
      weights.push_back(kb.criteria[criterion].id + " = " + Number(weight));
    }
    out += "weights = { " + Join(weights) + " }\n";
  }
  if (rule.admit_stack) {
    out += "admit = " + Quote(kb.stacks[*rule.admit_stack].id) + "\n";
  }
  if (rule.admit_fact) {
    out += "admit = " + Quote(kb.Info(*rule.admit_fact).name) + "\n";
  }
  if (rule.warning) out += "warning = " + FindingToml(*rule.warning) + "\n";
  if (rule.checklist) {
    out += "checklist = { id = " + Quote(rule.checklist->id) +
           ", status = " + Quote(Name(rule.checklist_status)) +
           ", message = " + Quote(rule.checklist->message) + " }\n";
  }
  if (rule.advice) out += "advice = " + FindingToml(*rule.advice) + "\n";
  if (rule.tension) out += "tension = " + FindingToml(*rule.tension) + "\n";
  if (rule.revisit) out += "revisit = " + FindingToml(*rule.revisit) + "\n";
  return out;
}

}  // namespace

std::vector<std::string> TinyStacks() {
  return {std::begin(kTinyStacks), std::end(kTinyStacks)};
}

std::vector<std::string> TinyStacksExcept(std::string_view id) {
  std::vector<std::string> stacks;
  for (std::string_view stack : kTinyStacks) {
    if (stack != id) stacks.emplace_back(stack);
  }
  return stacks;
}

KnowledgeBase TinyKnowledgeBase(const Tiny& tiny) {
  KnowledgeBase kb;
  kb.version = "test-1";
  kb.criteria = {
      {"team_fit", "Team fit", "", RatingSource::kTeamSkill, tiny.team_weight,
       "question 1"},
      {"speed", "Speed", "", RatingSource::kStatic, tiny.speed_weight,
       "question 4"},
  };
  for (size_t s = 0; s < tiny.stacks.size(); ++s) {
    const std::string& id = tiny.stacks[s];
    const double speed = tiny.speed.empty() ? 3 : tiny.speed.at(s);
    Stack stack;
    stack.id = id;
    stack.name = "Stack " + id;
    stack.languages = TinyLanguages(id);
    stack.source = "s";
    stack.summary = "s";
    stack.frameworks = {{"Frame " + id, "fits", {}, true}};
    stack.ratings = {{0, ""}, {speed, "speed " + id}};
    stack.talent = {10.0 * static_cast<double>(s + 1), "Survey", 2024};
    kb.stacks.push_back(std::move(stack));
  }
  IndexStacks(kb);
  kb.warnings = {{"polyglot_trap", "The polyglot trap", "Common Mistakes"}};
  kb.checklist = {
      {"team_skill", "Match the team's skills", "Implementation Checklist"}};
  return kb;
}

KnowledgeBase OneStackKnowledgeBase() {
  KnowledgeBase kb =
      TinyKnowledgeBase({.stacks = {"python"}, .speed = {5}, .team_weight = 4});
  kb.version = "2026.1";
  kb.sha256 = "ab12";
  kb.criteria[0].description = "What the team knows.";
  kb.criteria[1] = {"ai_ml", "AI/ML",     "", RatingSource::kStatic,
                    1.5,     "question 2"};
  Stack& python = kb.stacks[0];
  python.name = "Python";
  python.source = "Why Python Is the Default";
  python.summary = "The default for most startups.";
  python.frameworks = {
      {"FastAPI",
       "APIs and AI services.",
       {MakeTest(FactId::kAiMl, TestOp::kIn, 0b110)},
       true},
      {"Django", "Admin-heavy products.", {}, false},
  };
  python.ratings[1].why = "the AI/ML ecosystem lives here";
  python.talent = {51, "Stack Overflow Developer Survey", 2024};
  python.strengths = {"Libraries"};
  Rule ai;
  ai.id = "q2_ai_core";
  ai.source = "question 2";
  ai.when = {MakeTest(FactId::kAiMl, TestOp::kIn, 0b100)};
  ai.unless = {MakeTest(FactId::kEngineersNow, TestOp::kGe, 0, 10),
               MakeTest(FactId::kLeaningReasons, TestOp::kHasAll, 0b11)};
  ai.weights = {{1, 6}, {0, -0.5}};
  // Tests in the loader's order (by fact name), so that the base loads
  // back from ToToml as it is.
  Rule polyglot;
  polyglot.id = "polyglot";
  polyglot.source = "extension: planned languages";
  polyglot.extension = true;
  polyglot.when = {MakeTest(FactId::kLeaningStack, TestOp::kAbsent, 0),
                   MakeTest(FactId::kDataIntensive, TestOp::kEq, 0, 1)};
  polyglot.warning = Finding{"polyglot_trap", "One language."};
  polyglot.checklist = Finding{"team_skill", "Use {team.best_stack}."};
  polyglot.checklist_status = CheckStatus::kWarn;
  polyglot.advice = Finding{"capacity", "Cache first."};
  kb.rules = {ai, polyglot};
  return kb;
}

Stack& StackNamed(KnowledgeBase& kb, std::string_view id) {
  std::optional<int> index = kb.StackIndex(id);
  if (!index) NotFound("stack", id);
  return kb.stacks[*index];
}

int CriterionIndex(const KnowledgeBase& kb, std::string_view id) {
  for (size_t c = 0; c < kb.criteria.size(); ++c) {
    if (kb.criteria[c].id == id) return static_cast<int>(c);
  }
  NotFound("criterion", id);
}

Rule& RuleNamed(KnowledgeBase& kb, std::string_view id) {
  for (Rule& rule : kb.rules) {
    if (rule.id == id) return rule;
  }
  NotFound("rule", id);
}

std::string ToToml(const KnowledgeBase& kb) {
  std::string out = MetaToml(kb) + SettingsToml(kb);
  for (const Criterion& criterion : kb.criteria)
    out += CriterionToml(criterion);
  out += DeclarationsToml(kb);
  for (const Stack& stack : kb.stacks) out += StackTable(kb, stack);
  for (const Rule& rule : kb.rules) out += RuleToml(kb, rule);
  return out;
}

std::string StackToml(const KnowledgeBase& kb, std::string_view id) {
  std::optional<int> index = kb.StackIndex(id);
  if (!index) NotFound("stack", id);
  return StackTable(kb, kb.stacks[*index]);
}

}  // namespace engine::test_kb
