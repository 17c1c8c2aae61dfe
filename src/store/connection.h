// Opening the database file the way every store needs it.
//
// Internal to store/. OpenConnections refuses what is not a file (an empty
// path, ":memory:", a "file:" URI), checks the schema version before
// anything writes (migrations.h), puts the file in WAL mode with
// synchronous=FULL and foreign keys on, applies the migrations, and opens
// a second, read-only connection. Each store (AssessmentStore, GroupStore)
// owns one such pair; SQLite serialises writers across them (busy_timeout).
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "base/result.h"
#include "store/secrets.h"
#include "store/sqlite.h"

namespace store {

struct Connections {
  Database writer;
  Database reader;  // query_only
};

base::Result<Connections> OpenConnections(const std::string& path,
                                          std::string_view applied_at);

// Runs `work` inside BEGIN IMMEDIATE ... COMMIT, rolling back when it (or
// the commit) fails; the commit is synced before this returns.
template <typename Work>
auto InTransaction(Database& db, Work&& work) -> decltype(work()) {
  auto begun = db.Exec("BEGIN IMMEDIATE;");
  if (!begun) return begun.error();
  auto done = work();
  if (!done) {
    (void)db.Exec("ROLLBACK;");
    return done;
  }
  auto committed = db.Exec("COMMIT;");
  if (!committed) {
    (void)db.Exec("ROLLBACK;");
    return committed.error();
  }
  return done;
}

// Runs `insert`, an INSERT OR IGNORE whose first parameter is the new row's
// id, with fresh random ids until one is unused; `bind_rest(statement)`
// binds the other parameters each time. Returns the id. Three collisions
// in 96 bits mean a broken random source: an internal error naming `what`.
template <typename BindRest>
base::Result<std::string> InsertWithNewId(Database& db, Statement& insert,
                                          const RandomSource& random,
                                          std::string_view what,
                                          BindRest&& bind_rest) {
  constexpr int kMaxIdAttempts = 3;
  for (int attempt = 0; attempt < kMaxIdAttempts; ++attempt) {
    auto id = RandomBase64Url(random, kIdBytes);
    if (!id) return id.error();
    insert.Reset();
    bind_rest(insert.Bind(1, *id));
    auto ran = insert.Run();
    if (!ran) return ran.error();
    if (db.Changes() == 1) return *std::move(id);
  }
  return base::Internal("could not find an unused " + std::string(what) +
                        " id");
}

}  // namespace store
