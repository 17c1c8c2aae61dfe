// `stackwise check`: re-evaluates decision records (command.h).
#include <array>
#include <cmath>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/text.h"
#include "cli/command.h"
#include "engine/evaluate.h"
#include "io/adr_record.h"
#include "io/profile_json.h"

namespace cli {
namespace {

// Score or weight changes smaller than this are rounding, not a move.
constexpr double kMoved = 0.05;

struct CheckOptions {
  std::vector<std::string> files;
  KbOption kb;
};

double Find(const std::vector<std::pair<std::string, double>>& pairs,
            std::string_view key) {
  for (const auto& [k, v] : pairs) {
    if (k == key) return v;
  }
  return 0;
}

// What moved between the record and today: the two stacks' scores, each
// criterion weight that changed, and the knowledge base version.
void PrintWhatMoved(const io::RecordedDecision& old,
                    const engine::Recommendation& now) {
  auto score_now = [&](std::string_view stack) {
    for (const auto& s : now.ranking) {
      if (s.stack == stack) return s.score;
    }
    return 0.0;
  };
  const std::array<std::string_view, 2> stacks = {old.stack,
                                                  now.recommendation.stack};
  for (const std::string_view stack : stacks) {
    std::cout << "  score of " << stack << ": "
              << base::OneDecimal(Find(old.scores, stack)) << " -> "
              << base::OneDecimal(score_now(stack)) << "\n";
  }
  if (!now.ranking.empty()) {
    for (const auto& c : now.ranking.front().criteria) {
      const double before = Find(old.weights, c.name);
      if (std::abs(before - c.weight) >= kMoved) {
        std::cout << "  weight of " << c.name << ": "
                  << base::OneDecimal(before) << " -> "
                  << base::OneDecimal(c.weight) << "\n";
      }
    }
  }
  if (old.kb_version != now.knowledge_base.version) {
    std::cout << "  knowledge base: " << old.kb_version << " -> "
              << now.knowledge_base.version << "\n";
  }
}

// The exit code for one record.
int CheckRecord(const std::string& path, const engine::KnowledgeBase& kb) {
  auto text = ReadInput(path);
  if (!text) return ReportError(text.error(), path);
  auto record = io::ParseAdrRecord(*text);
  if (!record) return ReportError(record.error(), path);
  if (record->status.starts_with("superseded")) {
    std::cout << path << ": " << record->status << ", not checked\n";
    return kExitOk;
  }
  auto profile = io::ParseProfile(record->answers_json, kb);
  if (!profile) return ReportError(profile.error(), path + ": Answers");
  engine::Recommendation now = engine::Evaluate(kb, *profile);
  const auto& old = record->decision;
  if (now.recommendation.stack == old.stack) {
    std::cout << path << ": still stands: " << now.recommendation.stack_name
              << "\n";
    return kExitOk;
  }
  std::cout << path << ": changed: " << old.stack_name << " -> "
            << now.recommendation.stack_name << "\n";
  PrintWhatMoved(old, now);
  return kExitDecisionChanged;
}

int RunCheck(const CheckOptions& options) {
  auto knowledge = LoadSelectedKnowledgeBase(options.kb);
  if (!knowledge) return ReportKbError(knowledge.error());
  int worst = kExitOk;
  for (const auto& path : options.files) {
    int code = CheckRecord(path, *knowledge);
    if (code == kExitInvalidInput || worst == kExitOk) worst = code;
  }
  std::cout.flush();
  return worst;
}

}  // namespace

void AddCheckCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Re-evaluate decision records with the current knowledge base "
      "(exit 3 when a decision changed)");
  command->footer("Example:\n  stackwise check docs/adr/*.md");
  command->add_option("files", options->files, "Decision records (.md)")
      ->type_name("FILE.md")
      ->required();
  AddKbOption(*command, options->kb);
  command->callback(
      [options, &status] { status.exit_code = RunCheck(*options); });
}

}  // namespace cli
