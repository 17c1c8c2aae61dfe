// `stackwise kb show|validate` (command.h).
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "io/kb_text.h"
#include "kb/load.h"

namespace cli {
namespace {

int RunShow(const KbOption& option) {
  auto knowledge = LoadSelectedKnowledgeBase(option);
  if (!knowledge) return ReportKbError(knowledge.error());
  std::cout << io::KnowledgeBaseToText(*knowledge);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailure;
}

int RunValidate(const std::string& path) {
  auto knowledge = LoadSelectedKnowledgeBase(KbOption{path});
  if (!knowledge) return ReportKbError(knowledge.error());
  std::cout << path << ": ok (version " << knowledge->version << ", "
            << knowledge->stacks.size() << " stacks, "
            << knowledge->rules.size() << " rules)\n";
  return kExitOk;
}

}  // namespace

void AddKbCommand(CLI::App& app, CommandStatus& status) {
  CLI::App* kb = app.add_subcommand("kb", "Show or validate a knowledge base");
  kb->require_subcommand(1);
  kb->footer("Example:\n  stackwise kb validate my-knowledge-base.toml");

  auto show_option = std::make_shared<KbOption>();
  CLI::App* show = kb->add_subcommand("show", "List the knowledge base");
  AddKbOption(*show, *show_option);
  show->callback(
      [show_option, &status] { status.exit_code = RunShow(*show_option); });

  auto validate_path = std::make_shared<std::string>();
  CLI::App* validate =
      kb->add_subcommand("validate", "Check a knowledge base TOML file");
  validate->add_option("FILE", *validate_path, "The TOML file to check")
      ->required();
  validate->callback([validate_path, &status] {
    status.exit_code = RunValidate(*validate_path);
  });
}

}  // namespace cli
