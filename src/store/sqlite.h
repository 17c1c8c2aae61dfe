// A small RAII wrapper over libsqlite3: one connection, prepared statements.
//
// Internal to store/ (the only SQL in the program). Every failure is an
// Error carrying SQLite's own message; nothing throws. A Database and its
// Statements are not thread-safe: the owner serialises access (the
// AssessmentStore holds a mutex). Copies are deleted: a connection and a
// statement each have exactly one owner; moves transfer it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace store {

class Statement {
 public:
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite. Text and blobs are copied. A bind
  // that SQLite refuses (an index the statement does not have, a value over
  // its size limit) is kept, and the next Step or Run returns it without
  // stepping: binds chain, and no failure is lost. Reset forgets it.
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, int64_t value);
  Statement& BindBlob(int index, std::span<const uint8_t> bytes);

  // True when a row is available, false when the statement is done; the
  // first failed bind since the last Reset, if any.
  base::Result<bool> Step();
  // Steps to completion, for statements that return no rows.
  base::Result<void> Run();
  // Ready to bind and step again; bindings are cleared.
  void Reset();

  // Columns are 0-based. Views are valid until the next Step or Reset.
  std::string ColumnText(int index) const;
  int64_t ColumnInt(int index) const;
  std::span<const uint8_t> ColumnBlob(int index) const;

 private:
  friend class Database;
  struct Finalizer {
    void operator()(sqlite3_stmt* statement) const;
  };
  Statement(sqlite3* db, sqlite3_stmt* statement);
  // Keeps the first failure among the binds (rc is sqlite3_bind_*'s).
  void CheckBind(int rc, int index);

  sqlite3* db_;  // not owned: the Database outlives its statements
  std::unique_ptr<sqlite3_stmt, Finalizer> statement_;
  std::optional<base::Error> bind_error_;
};

class Database {
 public:
  // Opens (creating if needed) the file at `path`.
  static base::Result<Database> Open(const std::string& path);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  base::Result<void> Exec(const std::string& sql);
  base::Result<Statement> Prepare(std::string_view sql);

  // Rows changed by the last INSERT, UPDATE or DELETE.
  int64_t Changes() const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  explicit Database(sqlite3* db) : db_(db) {}

  std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace store
