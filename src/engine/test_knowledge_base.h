// Knowledge bases for tests: the one place a test gets one.
//
// - The default base: kb::DefaultKnowledgeBase() (kb/load.h), as it ships.
// - A tiny base with the stacks a test names: TinyKnowledgeBase({...}). Two
//   criteria, team fit (from the team's skills) and "speed" (rated per stack
//   by the test), so a test sets every number that decides its outcome and
//   does not depend on the tuning of the default base.
// - Either one with X changed: copy it and change X on the copy, finding the
//   part by id with StackNamed, CriterionIndex or RuleNamed. After adding,
//   removing or renaming stacks, call engine::IndexStacks.
// - The same base as TOML text, for the loader's tests and for a --kb file
//   given to the binary: ToToml(kb), or StackToml(kb, id) for one stack.
//
// Test-only (the stackwise_test_kb library); pure like the engine: it links
// nothing but the engine and base. A missing id throws std::out_of_range,
// which GoogleTest reports as a failure of the test that asked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/knowledge_base.h"

namespace engine::test_kb {

// The stacks of a tiny base unless a test names others, in this order:
// python, node, go, ruby, java, csharp, elixir, rust, php.
std::vector<std::string> TinyStacks();
// The same without `id`.
std::vector<std::string> TinyStacksExcept(std::string_view id);

// What a tiny base holds; each default is the plain base.
struct Tiny {
  // Stack ids, in order. The nine of TinyStacks() come with their usual
  // languages (node: javascript and typescript; java: java and kotlin); any
  // other id gets one language of the same id.
  std::vector<std::string> stacks = TinyStacks();
  // Each stack's speed rating (0..5), in the order of `stacks`; empty: 3
  // for every stack.
  std::vector<double> speed = {};
  double team_weight = 1;
  double speed_weight = 1;
};

// Version "test-1"; criteria team_fit and speed; stack i is named
// "Stack <id>", has a talent share of 10 * (i + 1) percent and one default
// framework, "Frame <id>"; one warning (polyglot_trap) and one checklist
// item (team_skill) are declared; no rules.
KnowledgeBase TinyKnowledgeBase(const Tiny& tiny = {});

// The tiny base with Python alone, its static criterion changed to ai_ml,
// and one of most other parts: a criterion description, a framework with a
// `when` and one without, strengths, and two rules with tests and effects
// of several kinds. For the tests that show or serialise a whole base.
KnowledgeBase OneStackKnowledgeBase();

// Parts found by id; throw std::out_of_range when the base has none.
Stack& StackNamed(KnowledgeBase& kb, std::string_view id);
int CriterionIndex(const KnowledgeBase& kb, std::string_view id);
Rule& RuleNamed(KnowledgeBase& kb, std::string_view id);

// One test of a rule's or a framework's condition.
inline FactTest MakeTest(FactId fact, TestOp op, uint64_t mask,
                         double number = 0) {
  return FactTest{fact, op, mask, number};
}

// The base as the loader reads it, in the order [meta], [confidence],
// [robustness], criteria, warnings, checks, stacks, rules; each table
// opens with a blank line, so a test may put its own part first and count
// its expected line numbers from its own text. Left out: [meta] when the
// version is empty, [confidence] and [robustness] at their defaults, and
// every optional key that is empty, and a rating a stack lacks (for tests
// of the loader's "no rating" message). Loading the text gives the base
// back (sha256 aside; a rule's `extension` follows from its source, and
// the loader orders each condition's tests by fact name); kb/load_test.cc
// checks this for the tiny, one-stack and default bases. A fact tested both
// by value and by an operator in one condition has no TOML form: throws
// std::invalid_argument.
std::string ToToml(const KnowledgeBase& kb);

// One [[stack]] of the base as ToToml writes it. A stack of the tiny base
// is 14 lines: a blank line, "[[stack]]", then "id = ...".
std::string StackToml(const KnowledgeBase& kb, std::string_view id);

}  // namespace engine::test_kb
