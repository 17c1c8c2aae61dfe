#include "io/adr_record.h"

#include <nlohmann/json.hpp>

namespace io {
namespace {

constexpr std::string_view kCommentStart = "<!-- stackwise-decision ";
constexpr std::string_view kCommentEnd = " -->";
constexpr std::string_view kAnswersHeading = "\n## Answers\n";

// The line starting at `pos` (without its newline) and where the next begins.
std::pair<std::string_view, size_t> LineAt(std::string_view text, size_t pos) {
  size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  return {text.substr(pos, end - pos), std::min(end + 1, text.size())};
}

base::Result<std::string> FencedJson(std::string_view markdown) {
  size_t pos = markdown.find(kAnswersHeading);
  if (pos == std::string_view::npos) {
    return base::InvalidArgument(
        "no \"## Answers\" section: only records written by `stackwise adr` "
        "can be checked");
  }
  pos += kAnswersHeading.size();
  std::string fence;
  while (pos < markdown.size()) {
    auto [line, next] = LineAt(markdown, pos);
    pos = next;
    size_t ticks = line.find_first_not_of('`');
    if (ticks != std::string_view::npos && ticks >= 3 &&
        line.substr(ticks) == "json") {
      fence = std::string(line.substr(0, ticks));
      break;
    }
    if (!line.empty() && line[0] == '#') break;
  }
  if (fence.empty()) {
    return base::InvalidArgument(
        "the \"## Answers\" section has no ```json block");
  }
  const size_t start = pos;
  while (pos < markdown.size()) {
    auto [line, next] = LineAt(markdown, pos);
    if (line == fence) return std::string(markdown.substr(start, pos - start));
    pos = next;
  }
  return base::InvalidArgument("the answers' ```json block is not closed");
}

std::string Status(std::string_view markdown) {
  if (markdown.substr(0, 4) != "---\n") return "";
  size_t pos = 4;
  while (pos < markdown.size()) {
    auto [line, next] = LineAt(markdown, pos);
    if (line == "---") break;
    if (line.substr(0, 8) == "status: ") {
      std::string value(line.substr(8));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      return value;
    }
    pos = next;
  }
  return "";
}

base::Result<RecordedDecision> Decision(std::string_view markdown) {
  size_t start = markdown.find(kCommentStart);
  if (start == std::string_view::npos) {
    return base::InvalidArgument(
        "no \"stackwise-decision\" comment: the record does not say what was "
        "decided");
  }
  start += kCommentStart.size();
  size_t end = markdown.find(kCommentEnd, start);
  if (end == std::string_view::npos) {
    return base::InvalidArgument(
        "the \"stackwise-decision\" comment is not "
        "closed");
  }
  try {
    auto doc = nlohmann::json::parse(markdown.substr(start, end - start));
    RecordedDecision d;
    d.stack = doc.at("stack").get<std::string>();
    d.stack_name = doc.at("stack_name").get<std::string>();
    d.kb_version = doc.at("knowledge_base").get<std::string>();
    for (const auto& s : doc.at("scores")) {
      d.scores.emplace_back(s.at(0).get<std::string>(), s.at(1).get<double>());
    }
    for (const auto& w : doc.at("weights")) {
      d.weights.emplace_back(w.at(0).get<std::string>(), w.at(1).get<double>());
    }
    return d;
  } catch (const nlohmann::json::exception& e) {
    return base::InvalidArgument(
        std::string("the \"stackwise-decision\" comment is not readable: ") +
        e.what());
  }
}

}  // namespace

std::string DecisionComment(const engine::Recommendation& result) {
  nlohmann::ordered_json doc;
  doc["stack"] = result.recommendation.stack;
  doc["stack_name"] = result.recommendation.stack_name;
  doc["knowledge_base"] = result.knowledge_base.version;
  doc["scores"] = nlohmann::ordered_json::array();
  for (const auto& s : result.ranking)
    doc["scores"].push_back({s.stack, s.score});
  doc["weights"] = nlohmann::ordered_json::array();
  if (!result.ranking.empty()) {
    for (const auto& c : result.ranking.front().criteria) {
      doc["weights"].push_back({c.name, c.weight});
    }
  }
  // "--" cannot appear in an HTML comment; JSON text only has it in strings.
  std::string text =
      doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  for (size_t pos = 0; (pos = text.find("--", pos)) != std::string::npos;) {
    text.replace(pos, 2, "-\\u002d");
  }
  return std::string(kCommentStart) + text + std::string(kCommentEnd);
}

base::Result<AdrRecord> ParseAdrRecord(std::string_view markdown) {
  auto answers = FencedJson(markdown);
  if (!answers) return base::Unexpected(answers.error());
  auto decision = Decision(markdown);
  if (!decision) return base::Unexpected(decision.error());
  return AdrRecord{Status(markdown), std::move(*answers), std::move(*decision)};
}

std::string MarkSuperseded(std::string_view markdown,
                           std::string_view new_file) {
  std::string text(markdown);
  const std::string line = "status: \"superseded by [" +
                           std::string(new_file.substr(0, 4)) + "](" +
                           std::string(new_file) + ")\"";
  size_t pos = text.find("\nstatus: ");
  if (text.rfind("---\n", 0) != 0 || pos == std::string::npos ||
      pos > text.find("\n---", 3)) {
    return line + "\n\n" + text;
  }
  size_t end = text.find('\n', pos + 1);
  text.replace(pos + 1, end - pos - 1, line);
  return text;
}

}  // namespace io
