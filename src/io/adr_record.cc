#include "io/adr_record.h"

#include <nlohmann/json.hpp>
#include <optional>

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

// Where the status value starts and ends: on the front matter's "status: "
// line, else on the "- Status: " line above the first section; nullopt
// when the record has neither.
std::optional<std::pair<size_t, size_t>> StatusSpan(std::string_view markdown) {
  const bool front_matter = markdown.substr(0, 4) == "---\n";
  const std::string_view key = front_matter ? "status: " : "- Status: ";
  size_t pos = front_matter ? 4 : 0;
  while (pos < markdown.size()) {
    auto [line, next] = LineAt(markdown, pos);
    if (front_matter ? line == "---" : line.starts_with("## ")) break;
    if (line.starts_with(key)) {
      return std::pair{pos + key.size(), pos + line.size()};
    }
    pos = next;
  }
  return std::nullopt;
}

std::string Status(std::string_view markdown) {
  auto span = StatusSpan(markdown);
  if (!span) return "";
  std::string value(markdown.substr(span->first, span->second - span->first));
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    value = value.substr(1, value.size() - 2);
  }
  return value;
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
  if (!answers) return answers.error();
  auto decision = Decision(markdown);
  if (!decision) return decision.error();
  return AdrRecord{Status(markdown), std::move(*answers), std::move(*decision)};
}

std::string RecordLink(std::string_view file) {
  std::string_view slug = file.substr(0, file.rfind(".md"));
  // Not "[" + std::string(slug) + ...: GCC 12 at -O3 warns about that
  // (-Wrestrict), wrongly.
  std::string link = "[";
  link += slug;
  link += "](";
  link += file;
  link += ')';
  return link;
}

std::string MarkSuperseded(std::string_view markdown,
                           std::string_view new_file) {
  std::string text(markdown);
  const std::string status = "superseded by " + RecordLink(new_file);
  auto span = StatusSpan(text);
  if (!span) {
    // Under the title, so the title stays the first line.
    size_t at = text.starts_with("# ") ? text.find('\n') : std::string::npos;
    if (at == std::string::npos) return "- Status: " + status + "\n\n" + text;
    text.insert(at + 1, "\n- Status: " + status + "\n");
    return text;
  }
  const bool front_matter = text.starts_with("---\n");
  text.replace(span->first, span->second - span->first,
               front_matter ? "\"" + status + "\"" : status);
  return text;
}

}  // namespace io
