#include "kb/fact_tests.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "base/text.h"
#include "kb/table_reader.h"

namespace kb {
namespace {

using engine::FactInfo;
using engine::FactKind;
using engine::FactTest;
using engine::TestOp;

using FactTable = std::span<const FactInfo>;

std::optional<engine::FactId> Find(FactTable facts, std::string_view name) {
  for (const FactInfo& info : facts) {
    if (info.name == name) return info.id;
  }
  return std::nullopt;
}

std::vector<std::string_view> FactNames(FactTable facts) {
  std::vector<std::string_view> names;
  for (const FactInfo& info : facts) names.push_back(info.name);
  return names;
}

// What a fact is and which tests it takes, for "wrong test" messages.
std::string Accepts(const FactInfo& info) {
  std::string fact = "fact " + Quote(info.name);
  switch (info.kind) {
    case FactKind::kEnum:
      return fact + " is one of " + base::Join(info.values, ", ") +
             "; test it with a value, a list of values, { not = ... } or "
             "{ present = ... }";
    case FactKind::kSet:
      return fact + " is a set of " + base::Join(info.values, ", ") +
             "; test it with a value, a list of values, { not = ... }, "
             "{ all = ... } or { present = ... }";
    case FactKind::kBool:
      return fact +
             " is true or false; test it with true, false or "
             "{ present = ... }";
    case FactKind::kNumber:
      return fact +
             " is a number; test it with a number, { lt, le, gt, "
             "ge = number } or { present = ... }";
  }
  return fact;
}

class Compiler {
 public:
  Compiler(const FactInfo& info, Diagnostics& diagnostics)
      : info_(info), diagnostics_(diagnostics) {}

  // The tests for one fact's value; empty after a reported problem.
  std::vector<FactTest> Compile(const toml::node& value) {
    if (value.is_string() || value.is_array()) {
      return Values(
          value, info_.kind == FactKind::kSet ? TestOp::kHasAny : TestOp::kIn);
    }
    if (value.is_boolean()) {
      if (info_.kind != FactKind::kBool) return WrongTest(value);
      return {Test(TestOp::kEq, 0, value.as_boolean()->get() ? 1 : 0)};
    }
    if (value.is_number()) {
      if (info_.kind != FactKind::kNumber) return WrongTest(value);
      return Number(TestOp::kEq, value);
    }
    if (const toml::table* table = value.as_table()) return Table(*table);
    return WrongTest(value);
  }

 private:
  FactTest Test(TestOp op, uint64_t mask, double number) const {
    return FactTest{info_.id, op, mask, number};
  }

  std::vector<FactTest> WrongTest(const toml::node& value) {
    diagnostics_.Add(At(value), Accepts(info_));
    return {};
  }

  // A value or a list of values of an enum or set fact.
  std::vector<FactTest> Values(const toml::node& value, TestOp op) {
    if (info_.kind != FactKind::kEnum && info_.kind != FactKind::kSet) {
      return WrongTest(value);
    }
    std::optional<uint64_t> mask = Mask(value);
    if (!mask) return {};
    return {Test(op, *mask, 0)};
  }

  std::optional<uint64_t> Mask(const toml::node& value) {
    if (value.is_string()) return Bit(value);
    const toml::array* array = value.as_array();
    if (array == nullptr || array->empty()) {
      diagnostics_.Add(At(value), "a test of fact " + Quote(info_.name) +
                                      " needs a value or a non-empty list of "
                                      "values (accepted: " +
                                      base::Join(info_.values, ", ") + ")");
      return std::nullopt;
    }
    uint64_t mask = 0;
    bool ok = true;
    for (const toml::node& element : *array) {
      std::optional<uint64_t> bit = Bit(element);
      if (bit) mask |= *bit;
      ok = ok && bit.has_value();
    }
    if (!ok) return std::nullopt;
    return mask;
  }

  std::optional<uint64_t> Bit(const toml::node& value) {
    const std::string* text =
        value.is_string() ? &value.as_string()->get() : nullptr;
    auto it = text == nullptr
                  ? info_.values.end()
                  : std::find(info_.values.begin(), info_.values.end(), *text);
    if (it == info_.values.end()) {
      std::string got =
          text != nullptr ? Quote(*text) : std::string(TypeName(value));
      diagnostics_.Add(
          At(value), "unknown value " + got + " for fact " + Quote(info_.name) +
                         " (accepted: " + base::Join(info_.values, ", ") + ")");
      return std::nullopt;
    }
    return uint64_t{1} << (it - info_.values.begin());
  }

  std::vector<FactTest> Number(TestOp op, const toml::node& value) {
    std::optional<double> number = value.value<double>();
    if (!value.is_number() || !number || !std::isfinite(*number)) {
      diagnostics_.Add(At(value), "a comparison of fact " + Quote(info_.name) +
                                      " needs a finite number, not " +
                                      std::string(TypeName(value)));
      return {};
    }
    return {Test(op, 0, *number)};
  }

  std::vector<FactTest> Table(const toml::table& table) {
    static constexpr std::string_view kKeys[] = {"not", "all", "lt",     "le",
                                                 "gt",  "ge",  "present"};
    TableReader reader(table, "in a test of fact " + Quote(info_.name), kKeys,
                       diagnostics_);
    if (table.empty()) return WrongTest(table);
    std::vector<FactTest> tests;
    for (const auto& [key, value] : table) {
      std::vector<FactTest> more = Operator(key.str(), value);
      tests.insert(tests.end(), more.begin(), more.end());
    }
    return tests;
  }

  std::vector<FactTest> Operator(std::string_view key,
                                 const toml::node& value) {
    if (key == "present") {
      if (!value.is_boolean()) return WrongTest(value);
      return {
          Test(value.as_boolean()->get() ? TestOp::kPresent : TestOp::kAbsent,
               0, 0)};
    }
    if (key == "not") {
      return Values(value, info_.kind == FactKind::kSet ? TestOp::kHasNone
                                                        : TestOp::kNotIn);
    }
    if (key == "all") {
      if (info_.kind != FactKind::kSet) return WrongTest(value);
      return Values(value, TestOp::kHasAll);
    }
    static constexpr std::pair<std::string_view, TestOp> kComparisons[] = {
        {"lt", TestOp::kLt},
        {"le", TestOp::kLe},
        {"gt", TestOp::kGt},
        {"ge", TestOp::kGe}};
    for (const auto& [name, op] : kComparisons) {
      if (key != name) continue;
      if (info_.kind != FactKind::kNumber) return WrongTest(value);
      return Number(op, value);
    }
    return {};  // an unknown key, already reported by TableReader
  }

  const FactInfo& info_;
  Diagnostics& diagnostics_;
};

// Whether some fact's name starts with "prefix.".
bool IsFactPrefix(FactTable facts, const std::string& prefix) {
  return std::any_of(facts.begin(), facts.end(),
                     [&prefix](const FactInfo& info) {
                       return info.name.starts_with(prefix + ".");
                     });
}

void CompileInto(FactTable facts, const toml::table& tests,
                 const std::string& prefix, const std::string& where,
                 RecommendedFacts recommended, Diagnostics& diagnostics,
                 std::vector<FactTest>& out) {
  for (const auto& [key, value] : tests) {
    std::string name = prefix.empty() ? std::string(key.str())
                                      : prefix + "." + std::string(key.str());
    std::optional<engine::FactId> id = Find(facts, name);
    if (!id) {
      if (value.is_table() && IsFactPrefix(facts, name)) {
        CompileInto(facts, *value.as_table(), name, where, recommended,
                    diagnostics, out);
        continue;
      }
      diagnostics.Add(At(key), "unknown fact " + Quote(name) + " " + where +
                                   " (accepted: " +
                                   base::Join(FactNames(facts), ", ") + ")");
      continue;
    }
    const FactInfo& info = facts[static_cast<size_t>(*id)];
    if (info.after_ranking && recommended == RecommendedFacts::kForbidden) {
      diagnostics.Add(At(key), "fact " + Quote(name) +
                                   " is known only after ranking; a rule with "
                                   "weights runs before ranking and may not "
                                   "test it");
      continue;
    }
    std::vector<FactTest> compiled = Compiler(info, diagnostics).Compile(value);
    out.insert(out.end(), compiled.begin(), compiled.end());
  }
}

}  // namespace

std::vector<FactTest> CompileTests(std::span<const FactInfo> facts,
                                   const toml::table& tests,
                                   const std::string& where,
                                   RecommendedFacts recommended,
                                   Diagnostics& diagnostics) {
  std::vector<FactTest> out;
  CompileInto(facts, tests, "", where, recommended, diagnostics, out);
  return out;
}

}  // namespace kb
