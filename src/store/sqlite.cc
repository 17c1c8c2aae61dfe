#include "store/sqlite.h"

#include <sqlite3.h>

#include <string>

namespace store {
namespace {

base::Error SqliteError(sqlite3* db, std::string_view context) {
  std::string message = "sqlite: ";
  message += context;
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return base::Internal(std::move(message));
}

}  // namespace

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const {
  sqlite3_finalize(statement);
}

Statement::Statement(sqlite3* db, sqlite3_stmt* statement)
    : db_(db), statement_(statement) {}

void Statement::CheckBind(int rc, int index) {
  if (rc == SQLITE_OK || bind_error_) return;
  bind_error_ = base::Internal(
      "sqlite: binding parameter " + std::to_string(index) + " of " +
      sqlite3_sql(statement_.get()) + ": " + sqlite3_errstr(rc));
}

// The 64-bit binds take the size as it is: SQLITE_TOOBIG past SQLite's
// limit, where an int length could wrap negative and read to a NUL.
Statement& Statement::Bind(int index, std::string_view text) {
  CheckBind(sqlite3_bind_text64(statement_.get(), index, text.data(),
                                text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
            index);
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  CheckBind(sqlite3_bind_int64(statement_.get(), index, value), index);
  return *this;
}

Statement& Statement::BindBlob(int index, std::span<const uint8_t> bytes) {
  CheckBind(sqlite3_bind_blob64(statement_.get(), index, bytes.data(),
                                bytes.size(), SQLITE_TRANSIENT),
            index);
  return *this;
}

base::Result<bool> Statement::Step() {
  if (bind_error_) return *bind_error_;
  int rc = sqlite3_step(statement_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, sqlite3_sql(statement_.get()));
}

base::Result<void> Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row) return row.error();
    if (!*row) return {};
  }
}

// sqlite3_reset repeats the last Step's failure, already returned there;
// sqlite3_clear_bindings cannot fail.
void Statement::Reset() {
  sqlite3_reset(statement_.get());
  sqlite3_clear_bindings(statement_.get());
  bind_error_.reset();
}

std::string Statement::ColumnText(int index) const {
  const unsigned char* text = sqlite3_column_text(statement_.get(), index);
  int size = sqlite3_column_bytes(statement_.get(), index);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(size));
}

int64_t Statement::ColumnInt(int index) const {
  return sqlite3_column_int64(statement_.get(), index);
}

std::span<const uint8_t> Statement::ColumnBlob(int index) const {
  const void* blob = sqlite3_column_blob(statement_.get(), index);
  int size = sqlite3_column_bytes(statement_.get(), index);
  if (blob == nullptr) return {};
  return {static_cast<const uint8_t*>(blob), static_cast<size_t>(size)};
}

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

base::Result<Database> Database::Open(const std::string& path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &raw,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
      nullptr);
  Database db(raw);
  if (rc != SQLITE_OK) return SqliteError(raw, "opening " + path);
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

base::Result<void> Database::Exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return {};
  std::string text = message != nullptr ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return base::Internal("sqlite: " + text);
}

base::Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* raw = nullptr;
  int rc =
      sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db_.get(), sql);
  return Statement(db_.get(), raw);
}

int64_t Database::Changes() const { return sqlite3_changes64(db_.get()); }

}  // namespace store
