// TableReader: reads one TOML table with the checks every table of the
// knowledge-base format shares (docs/knowledge-base.md).
//
// Construction reports each key that is not among the accepted keys, naming
// them. Each read reports a missing required key or a value of the wrong
// type to Diagnostics and returns nullopt (or nullptr), so the caller goes
// on and the loader reports every problem in one pass. Strings must not be
// empty and numbers must be finite. Internal to kb/; includes toml++.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "kb/diagnostics.h"

namespace kb {

enum class Presence : uint8_t { kRequired, kOptional };

Position At(const toml::node& node);
Position At(const toml::key& key);

// "a string", "an integer", ...: a value's type as messages name it.
std::string_view TypeName(const toml::node& node);

class TableReader {
 public:
  // `where` names the table in messages: "in [[criterion]]", "at the top
  // level". `accepted` lists its keys in the order the format documents them.
  TableReader(const toml::table& table, std::string where,
              std::span<const std::string_view> accepted,
              Diagnostics& diagnostics);

  const toml::table& table() const { return table_; }
  Position at() const { return At(table_); }
  Diagnostics& diagnostics() const { return diagnostics_; }
  const std::string& where() const { return where_; }

  // The value under `key`; nullptr when absent (reported when required).
  const toml::node* Get(std::string_view key, Presence presence) const;

  std::optional<std::string> String(std::string_view key,
                                    Presence presence) const;
  std::optional<double> Number(std::string_view key, Presence presence) const;
  std::optional<int64_t> Integer(std::string_view key, Presence presence) const;
  std::optional<bool> Bool(std::string_view key, Presence presence) const;
  // An array of non-empty strings; each bad element is reported and skipped.
  std::optional<std::vector<std::string>> Strings(std::string_view key,
                                                  Presence presence) const;
  const toml::table* Table(std::string_view key, Presence presence) const;
  // An array of tables ([[key]]); a required one must have an element.
  std::vector<const toml::table*> Tables(std::string_view key,
                                         Presence presence) const;

  // Reports `"key" <where> must be <expected>, not <actual type>`.
  void WrongType(std::string_view key, const toml::node& value,
                 std::string_view expected) const;

 private:
  const toml::table& table_;
  std::string where_;
  Diagnostics& diagnostics_;
};

// Reports an id given twice in one kind of table, at the second "id" key:
//   duplicate criterion id "cost" (first defined at line 12)
class UniqueIds {
 public:
  // `what` names the id in the message: "criterion id", "stack".
  UniqueIds(std::string what, Diagnostics& diagnostics)
      : what_(std::move(what)), diagnostics_(diagnostics) {}

  // False, after reporting it, when `id` (the "id" key of `table`) was
  // added before. An empty id is a missing key, reported elsewhere: true.
  bool Add(const std::string& id, const toml::table& table);

 private:
  std::string what_;
  Diagnostics& diagnostics_;
  std::map<std::string, Position> seen_;
};

}  // namespace kb
