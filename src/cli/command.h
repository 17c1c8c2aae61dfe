// The subcommands of `stackwise`, and what every one of them shares: the
// exit codes and the error reports on stderr, the options several take and
// the knowledge base they choose, and the outside world (files and stdin,
// the terminal, today's date).
//
// A subcommand file exposes `void Add<Name>Command(CLI::App& app,
// CommandStatus& status)`: it adds its subcommand with its options to `app`
// and a callback that runs it and stores the exit code in `status`.
// Errors are reported on stderr by the subcommand itself; nothing throws out
// of a callback on bad input. main.cc is one Add call per subcommand.
//
// The exit status of every subcommand, decided in one table (ExitCodeFor):
//
//   0  success
//   2  invalid input: a bad profile, knowledge base, answer or flag
//      (CLI11's own parse errors included, whose codes start at 100)
//   3  `stackwise check`: a recorded decision no longer stands
//   1  anything else: an environment failure or a bug (main's last catch)
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"
#include "base/result.h"
#include "engine/knowledge_base.h"
#include "io/adr_markdown.h"
#include "io/text_report.h"

namespace cli {

// --- Exit codes and error reports --------------------------------------

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitInvalidInput = 2;
inline constexpr int kExitDecisionChanged = 3;

struct CommandStatus {
  int exit_code = kExitOk;
};

int ExitCodeFor(base::ErrorCode code);

// Prints "stackwise: error: <context>: <path>: <message>" on stderr (the
// context, e.g. the file name, is left out when empty) and returns
// ExitCodeFor(error.code).
int ReportError(const base::Error& error, std::string_view context = {});

// Prints a knowledge-base error on stderr as its FILE:LINE:COL lines, the
// format editors and `kb validate` users expect, and returns the exit code.
int ReportKbError(const base::Error& error);

// --- Options several subcommands share ---------------------------------

// --kb FILE, which recommend, ask, adr, check, kb show and serve share: a
// knowledge base file replacing the one compiled into the binary.
struct KbOption {
  std::string path;  // empty: the built-in knowledge base
};

void AddKbOption(CLI::App& command, KbOption& option);

// The file's knowledge base, or a copy of the built-in one. A file that
// cannot be read or fails validation is an invalid_argument Error whose
// message lists every problem as FILE:LINE:COL lines.
base::Result<engine::KnowledgeBase> LoadSelectedKnowledgeBase(
    const KbOption& option);

// --date YYYY-MM-DD for the commands that write a decision record; a
// malformed date is a usage error that quotes it.
void AddDateOption(CLI::App& command, std::string& date,
                   std::string description);

// --metadata list|front-matter for the same commands: where the record keeps
// its status, date and deciders (io::AdrMetadata; default list).
void AddMetadataOption(CLI::App& command, io::AdrMetadata& metadata);

// --- Files, the terminal and the date ----------------------------------
//
// The only place the CLI touches the file system, the environment or the
// clock: the io renderers take the date and the colour as arguments so
// their output is reproducible. File failures are Errors naming the file and
// the system's reason, never exceptions. A file that cannot be read is
// invalid input (exit 2); one that cannot be written is an environment
// failure (exit 1).

// The whole file, or stdin for "-".
base::Result<std::string> ReadInput(const std::string& path);
base::Result<void> WriteFile(const std::string& path, std::string_view text);

// "<stdin>" for "-", else the path: the name to put in front of errors.
std::string DisplayName(const std::string& path);

// Colour only when stdout is a terminal and NO_COLOR is unset
// (https://no-color.org: any value, even empty, turns colour off).
io::Color StdoutColor();

// The UTC date as YYYY-MM-DD, as the server dates a record
// (base::FormatDate), whatever the machine's time zone.
std::string TodayIso(const base::Clock& clock = base::SystemClock());

// --- The subcommands ----------------------------------------------------

// `stackwise recommend --profile FILE|- [--profile FILE ...]
//  [--format text|json|markdown] [--date YYYY-MM-DD] [--title T] [--kb FILE]`:
// evaluates one profile and prints the result; with several, one per
// founder, prints their combined decision (engine/group.h). The date
// (markdown only) defaults to today.
void AddRecommendCommand(CLI::App& app, CommandStatus& status);

// `stackwise ask [--kb FILE]`: the questionnaire in the terminal, then the
// text report, then an offer to save the profile JSON and the ADR.
// Reads answers line by line from stdin, so answers can be piped in.
void AddAskCommand(CLI::App& app, CommandStatus& status);

// `stackwise adr --profile FILE [--dir DIR] [--supersedes NNNN]`: writes
// the next numbered decision record, NNNN-title-in-kebab-case.md (the
// adr-tools convention: one more than the highest NNNN in DIR), into DIR
// (default docs/decisions, MADR's layout; log4brains reads docs/adr), with
// the answers embedded so `stackwise check` can re-evaluate it. With
// --supersedes, the old record's status becomes
// "superseded by [NNNN-title](NNNN-title.md)", which log4brains and
// adr-tools both follow (io::MarkSuperseded). --metadata chooses where the
// status, date and deciders go (io::AdrMetadata). Prints the path written.
void AddAdrCommand(CLI::App& app, CommandStatus& status);

// `stackwise check FILE.md...`: re-evaluates each decision record's
// embedded answers (written by `stackwise adr`) with the current knowledge
// base (`--kb FILE` replaces it), so a team can run it in CI.
//
// Exit status: 0 when every decision still stands (superseded records are
// skipped), 3 when a recommendation changed (the old and new stack and the
// scores and weights that moved are printed), 2 when a record cannot be
// read; 2 wins over 3.
void AddCheckCommand(CLI::App& app, CommandStatus& status);

// `stackwise kb show [--kb FILE]` lists a knowledge base for reading;
// `stackwise kb validate FILE` checks one and prints
// "FILE: ok (version V, N stacks, M rules)" or every problem as
// FILE:LINE:COL lines (exit 2).
void AddKbCommand(CLI::App& app, CommandStatus& status);

// `stackwise serve [--host H] [--port P] [--db FILE] [--kb FILE]
//  [--header-timeout-ms N] [--idle-timeout-ms N]`: the HTTP API and the web
// page (DESIGN §2), with assessments in a SQLite file. Prints the address
// to open once listening (the real port when --port is 0) and runs until
// SIGINT or SIGTERM, finishing the requests in flight.
void AddServeCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
