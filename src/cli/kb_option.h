// The --kb FILE option that recommend, ask, kb show and serve share: a
// knowledge base file replacing the one compiled into the binary.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "io/adr_markdown.h"

namespace cli {

struct KbOption {
  std::string path;  // empty: the built-in knowledge base
};

void AddKbOption(CLI::App& command, KbOption& option);

// --date YYYY-MM-DD for the commands that write a decision record; a
// malformed date is a usage error that quotes it.
void AddDateOption(CLI::App& command, std::string& date,
                   std::string description);

// --metadata list|front-matter for the same commands: where the record keeps
// its status, date and deciders (io::AdrMetadata; default list).
void AddMetadataOption(CLI::App& command, io::AdrMetadata& metadata);

// The file's knowledge base, or a copy of the built-in one. A file that
// cannot be read or fails validation is an invalid_argument Error whose
// message lists every problem as FILE:LINE:COL lines.
base::Result<engine::KnowledgeBase> LoadSelectedKnowledgeBase(
    const KbOption& option);

// Prints a knowledge-base error on stderr as its FILE:LINE:COL lines, the
// format editors and `kb validate` users expect, and returns the exit code.
int ReportKbError(const base::Error& error);

}  // namespace cli
