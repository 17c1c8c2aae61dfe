#include "store/connection.h"

#include "store/migrations.h"

namespace store {
namespace {

base::Result<void> Configure(Database& db) {
  // WAL lets readers proceed during a write; synchronous=FULL syncs the
  // WAL on every commit, so an acknowledged write survives a power cut,
  // not only a process crash (NORMAL would lose the last commits then).
  // Foreign keys make deleting a group decision delete its responses.
  return db.Exec(
      "PRAGMA journal_mode=WAL;"
      "PRAGMA synchronous=FULL;"
      "PRAGMA foreign_keys=ON;"
      "PRAGMA busy_timeout=5000;");
}

// Only a file keeps what was acknowledged across a restart.
base::Result<void> RequireFile(const std::string& path) {
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) {
    return base::InvalidArgument(
        "the database must be a file path; got \"" + path +
        "\", which SQLite keeps in memory or reads as a URI (saved "
        "assessments would vanish on restart)");
  }
  return {};
}

}  // namespace

base::Result<Connections> OpenConnections(const std::string& path,
                                          std::string_view applied_at) {
  if (auto file = RequireFile(path); !file) return file.error();
  auto db = Database::Open(path);
  if (!db) return db.error();
  // Before anything writes (journal_mode=WAL rewrites the header).
  auto known = CheckSchemaVersion(*db);
  if (!known) return known.error();
  auto configured = Configure(*db);
  if (!configured) return configured.error();
  auto migrated = Migrate(*db, applied_at);
  if (!migrated) return migrated.error();
  auto reader = Database::Open(path);
  if (!reader) return reader.error();
  auto read_only =
      reader->Exec("PRAGMA query_only=ON; PRAGMA busy_timeout=5000;");
  if (!read_only) return read_only.error();
  return Connections{std::move(*db), std::move(*reader)};
}

}  // namespace store
