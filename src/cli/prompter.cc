#include "cli/prompter.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <ostream>

#include "base/text.h"

namespace cli {
namespace {

std::string Trim(std::string_view text) {
  auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return "";
  auto end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

std::optional<size_t> IndexOf(const std::vector<std::string_view>& names,
                              std::string_view answer) {
  auto it = std::find(names.begin(), names.end(), answer);
  if (it == names.end()) return std::nullopt;
  return static_cast<size_t>(it - names.begin());
}

std::optional<int64_t> ParseWhole(const std::string& text) {
  int64_t value = 0;
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size())
    return std::nullopt;
  return value;
}

}  // namespace

std::vector<std::string> SplitList(std::string_view text) {
  std::vector<std::string> items;
  std::string current;
  for (char ch : text) {
    if (ch == ',' || ch == ' ' || ch == '\t') {
      if (!current.empty()) items.push_back(current);
      current.clear();
    } else {
      current += ch;
    }
  }
  if (!current.empty()) items.push_back(current);
  return items;
}

Prompter::Prompter(std::istream& in, std::ostream& out) : in_(in), out_(out) {}

std::optional<std::string> Prompter::ReadLine() {
  std::string line;
  if (exhausted_ || !std::getline(in_, line)) {
    exhausted_ = true;
    out_ << "\n";  // the prompt's line ends even though no answer came
    return std::nullopt;
  }
  return Trim(line);
}

void Prompter::Say(std::string_view text) { out_ << text << "\n"; }

std::string Prompter::Ask(std::string_view question, std::string_view accepted,
                          const std::string& fallback, const Check& check) {
  while (true) {
    out_ << question;
    if (!accepted.empty()) out_ << " (" << accepted << ")";
    out_ << " [" << fallback << "]: " << std::flush;
    auto line = ReadLine();
    if (!line || line->empty()) return fallback;
    auto problem = check(*line);
    if (!problem) return *line;
    out_ << "  " << *problem << "\n";
  }
}

std::string Prompter::AskText(std::string_view question,
                              const std::string& fallback) {
  return Ask(question, "", fallback,
             [](const std::string&) { return std::optional<std::string>(); });
}

bool Prompter::AskYesNo(std::string_view question, bool fallback) {
  static const std::vector<std::string_view> kYes = {"y", "yes", "true"};
  static const std::vector<std::string_view> kNo = {"n", "no", "false"};
  std::string answer =
      Ask(question, "y, n", fallback ? "y" : "n",
          [](const std::string& text) -> std::optional<std::string> {
            if (IndexOf(kYes, text) || IndexOf(kNo, text)) return std::nullopt;
            return "please answer y or n";
          });
  return IndexOf(kYes, answer).has_value();
}

int64_t Prompter::AskCount(std::string_view question, int64_t fallback,
                           int64_t min, int64_t max) {
  const std::string range = "a whole number from " + std::to_string(min) +
                            " to " + std::to_string(max);
  std::string answer =
      Ask(question, range, std::to_string(fallback),
          [&](const std::string& text) -> std::optional<std::string> {
            auto value = ParseWhole(text);
            if (value && *value >= min && *value <= max) return std::nullopt;
            return "please answer " + range;
          });
  return ParseWhole(answer).value_or(fallback);
}

std::optional<int64_t> Prompter::AskOptionalCount(std::string_view question,
                                                  int64_t min, int64_t max) {
  const std::string range = "a whole number from " + std::to_string(min) +
                            " to " + std::to_string(max) + ", or Enter to skip";
  std::string answer =
      Ask(question, range, "",
          [&](const std::string& text) -> std::optional<std::string> {
            auto value = ParseWhole(text);
            if (value && *value >= min && *value <= max) return std::nullopt;
            return "please answer " + range;
          });
  if (answer.empty()) return std::nullopt;
  return ParseWhole(answer);
}

std::optional<size_t> Prompter::AskChoice(
    std::string_view question, const std::vector<std::string_view>& names,
    std::optional<size_t> fallback) {
  auto accepted = names;
  if (!fallback) accepted.push_back("none");
  const std::string list = base::Join(accepted, ", ");
  std::string answer =
      Ask(question, list, fallback ? std::string(names[*fallback]) : "none",
          [&](const std::string& text) -> std::optional<std::string> {
            if (IndexOf(accepted, text)) return std::nullopt;
            return "please answer one of " + list;
          });
  return IndexOf(names, answer);
}

std::vector<size_t> Prompter::AskChoices(
    std::string_view question, const std::vector<std::string_view>& names) {
  const std::string list =
      "any of " + base::Join(names, ", ") + ", separated by commas";
  std::string answer = Ask(
      question, list, "",
      [&](const std::string& text) -> std::optional<std::string> {
        for (const auto& item : SplitList(text)) {
          if (!IndexOf(names, item)) {
            return "\"" + item + "\" is not one of " + base::Join(names, ", ");
          }
        }
        return std::nullopt;
      });
  std::vector<size_t> indexes;
  for (const auto& item : SplitList(answer)) {
    auto index = IndexOf(names, item);
    if (index &&
        std::find(indexes.begin(), indexes.end(), *index) == indexes.end()) {
      indexes.push_back(*index);
    }
  }
  return indexes;
}

}  // namespace cli
