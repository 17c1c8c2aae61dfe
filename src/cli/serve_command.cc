// `stackwise serve` (command.h).
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>

#include "base/clock.h"
#include "cli/command.h"
#include "http/api.h"
#include "http/server.h"
#include "store/assessment_store.h"
#include "store/group_store.h"

namespace cli {
namespace {

struct ServeOptions {
  http::ServerOptions server;
  http::ApiOptions api;
  std::string db_path = "stackwise.db";  // beside where it is started
  KbOption kb;
};

int RunServe(const ServeOptions& options) {
  auto knowledge = LoadSelectedKnowledgeBase(options.kb);
  if (!knowledge) return ReportKbError(knowledge.error());
  auto store = store::AssessmentStore::Open(options.db_path);
  if (!store) {
    // A refused path is the flag's fault; a failed open, the file's.
    bool refused = store.error().code == base::ErrorCode::kInvalidArgument;
    return ReportError(store.error(), refused ? "--db" : options.db_path);
  }
  // The same file: group decisions beside the assessments.
  auto groups = store::GroupStore::Open(options.db_path);
  if (!groups) return ReportError(groups.error(), options.db_path);
  http::Api api(*knowledge, **store, **groups, base::SystemClock(),
                options.api);
  auto served =
      http::Serve(options.server, api, [&](const std::string& address) {
        std::cout << "stackwise: serving on " << address << " (database "
                  << options.db_path << ", knowledge base "
                  << knowledge->version << ")" << std::endl;
      });
  if (!served) return ReportError(served.error());
  return kExitOk;
}

// N an hour: one every 3600/N seconds, N/6 (at least one) at once.
http::RateLimitOptions CreationLimit(size_t per_hour) {
  http::RateLimitOptions limit;
  if (per_hour == 0) {
    limit.unlimited = true;
    return limit;
  }
  limit.burst = std::max<size_t>(1, per_hour / 6);
  limit.interval = std::chrono::seconds(std::max<size_t>(1, 3600 / per_hour));
  return limit;
}

}  // namespace

void AddServeCommand(CLI::App& app, CommandStatus& status) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand(
      "serve", "Serve the web page and the HTTP API (DESIGN §2)");
  command->footer(
      "Example:\n  stackwise serve --port 8080 --db stackwise.db    # then "
      "open http://127.0.0.1:8080/");
  command->add_option("--host", options->server.host, "Address to listen on")
      ->default_str(options->server.host);
  command
      ->add_option("--port", options->server.port,
                   "Port to listen on; 0 picks a free one")
      ->default_str(std::to_string(options->server.port));
  command
      ->add_option("--db", options->db_path,
                   "SQLite file for saved assessments (created if missing)")
      ->default_str(options->db_path);
  AddKbOption(*command, options->kb);
  auto milliseconds = [](std::chrono::milliseconds& target) {
    return [&target](const std::string& value) {
      target = std::chrono::milliseconds(std::stoll(value));
    };
  };
  command
      ->add_option_function<std::string>(
          "--header-timeout-ms", milliseconds(options->server.header_timeout),
          "Disconnect a client whose request header takes longer (default "
          "10000)")
      ->check(CLI::PositiveNumber);
  command
      ->add_option_function<std::string>(
          "--idle-timeout-ms", milliseconds(options->server.idle_timeout),
          "Close a kept-alive connection idle this long (default 30000)")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--max-connections", options->server.max_connections,
                   "Connections served at once; past it /healthz still "
                   "answers and the rest get 503 (lowered to fit the "
                   "descriptor limit)")
      ->default_str(std::to_string(options->server.max_connections))
      ->check(CLI::PositiveNumber);
  command
      ->add_option_function<size_t>(
          "--creations-per-hour",
          [options](size_t per_hour) {
            options->api.creations = CreationLimit(per_hour);
          },
          "Assessments one client address may create per hour, up to a "
          "sixth of them at once; 0: no limit (default 120)")
      ->check(CLI::NonNegativeNumber);
  command->callback(
      [options, &status] { status.exit_code = RunServe(*options); });
}

}  // namespace cli
