// Prompter: asks one question at a time on a line-based terminal.
//
// Every prompt shows the accepted answers in parentheses and the default in
// brackets: "AI/ML in the product? (none, planned, core) [none]: ".
// Enter takes the default; a bad answer is explained and the question asked
// again. Works with piped input: lines are read with std::getline, and at
// end of input every remaining question takes its default (exhausted()
// turns true) so a partial script of answers still ends cleanly.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/profile.h"

namespace cli {

class Prompter {
 public:
  Prompter(std::istream& in, std::ostream& out);

  // True once the input has ended.
  bool exhausted() const { return exhausted_; }

  // Checks an answer (already trimmed, never empty): nullopt if it is
  // acceptable, else the reason shown before asking again.
  using Check = std::function<std::optional<std::string>(const std::string&)>;

  // The answer, or `fallback` on Enter or at end of input.
  std::string Ask(std::string_view question, std::string_view accepted,
                  const std::string& fallback, const Check& check);

  std::string AskText(std::string_view question, const std::string& fallback);
  bool AskYesNo(std::string_view question, bool fallback);
  int64_t AskCount(std::string_view question, int64_t fallback, int64_t min,
                   int64_t max);
  // Enter skips: nullopt.
  std::optional<int64_t> AskOptionalCount(std::string_view question,
                                          int64_t min, int64_t max);
  // One of `names`. Without a fallback, "none" is accepted too and is the
  // default; it gives nullopt.
  std::optional<size_t> AskChoice(std::string_view question,
                                  const std::vector<std::string_view>& names,
                                  std::optional<size_t> fallback);
  // Any number of distinct `names`, separated by commas or spaces.
  std::vector<size_t> AskChoices(std::string_view question,
                                 const std::vector<std::string_view>& names);

  template <typename Enum>
  Enum AskEnum(std::string_view question, Enum fallback) {
    auto names = engine::Names(Enum{});
    auto index = AskChoice(question, {names.begin(), names.end()},
                           static_cast<size_t>(fallback));
    return static_cast<Enum>(index.value_or(static_cast<size_t>(fallback)));
  }

  template <typename Enum>
  std::vector<Enum> AskEnums(std::string_view question) {
    auto names = engine::Names(Enum{});
    std::vector<Enum> values;
    for (size_t index : AskChoices(question, {names.begin(), names.end()})) {
      values.push_back(static_cast<Enum>(index));
    }
    return values;
  }

  // Writes a line of text between questions (section titles, notes).
  void Say(std::string_view text);

 private:
  std::optional<std::string> ReadLine();

  std::istream& in_;
  std::ostream& out_;
  bool exhausted_ = false;
};

// Splits "python, go ruby" into {"python", "go", "ruby"}.
std::vector<std::string> SplitList(std::string_view text);

}  // namespace cli
