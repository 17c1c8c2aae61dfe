#include "kb/table_reader.h"

#include <algorithm>
#include <cmath>

#include "base/text.h"

namespace kb {

Position At(const toml::node& node) {
  return Position{node.source().begin.line, node.source().begin.column};
}

Position At(const toml::key& key) {
  return Position{key.source().begin.line, key.source().begin.column};
}

std::string_view TypeName(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

TableReader::TableReader(const toml::table& table, std::string where,
                         std::span<const std::string_view> accepted,
                         Diagnostics& diagnostics)
    : table_(table), where_(std::move(where)), diagnostics_(diagnostics) {
  for (const auto& [key, value] : table_) {
    if (std::find(accepted.begin(), accepted.end(), key.str()) !=
        accepted.end()) {
      continue;
    }
    diagnostics_.Add(At(key), "unknown key " + Quote(key.str()) + " " + where_ +
                                  " (accepted: " + base::Join(accepted, ", ") +
                                  ")");
  }
}

const toml::node* TableReader::Get(std::string_view key,
                                   Presence presence) const {
  const toml::node* value = table_.get(key);
  if (value == nullptr && presence == Presence::kRequired) {
    diagnostics_.Add(at(), "missing key " + Quote(key) + " " + where_);
  }
  return value;
}

void TableReader::WrongType(std::string_view key, const toml::node& value,
                            std::string_view expected) const {
  diagnostics_.Add(At(value), Quote(key) + " " + where_ + " must be " +
                                  std::string(expected) + ", not " +
                                  std::string(TypeName(value)));
}

std::optional<std::string> TableReader::String(std::string_view key,
                                               Presence presence) const {
  const toml::node* value = Get(key, presence);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    WrongType(key, *value, "a string");
    return std::nullopt;
  }
  std::string text = value->as_string()->get();
  if (text.empty()) {
    diagnostics_.Add(At(*value),
                     Quote(key) + " " + where_ + " must not be empty");
    return std::nullopt;
  }
  return text;
}

std::optional<double> TableReader::Number(std::string_view key,
                                          Presence presence) const {
  const toml::node* value = Get(key, presence);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number()) {
    WrongType(key, *value, "a number");
    return std::nullopt;
  }
  double number = value->value<double>().value_or(0);
  if (!std::isfinite(number)) {
    diagnostics_.Add(At(*value),
                     Quote(key) + " " + where_ + " must be a finite number");
    return std::nullopt;
  }
  return number;
}

std::optional<int64_t> TableReader::Integer(std::string_view key,
                                            Presence presence) const {
  const toml::node* value = Get(key, presence);
  if (value == nullptr) return std::nullopt;
  if (!value->is_integer()) {
    WrongType(key, *value, "an integer");
    return std::nullopt;
  }
  return value->as_integer()->get();
}

std::optional<bool> TableReader::Bool(std::string_view key,
                                      Presence presence) const {
  const toml::node* value = Get(key, presence);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    WrongType(key, *value, "true or false");
    return std::nullopt;
  }
  return value->as_boolean()->get();
}

std::optional<std::vector<std::string>> TableReader::Strings(
    std::string_view key, Presence presence) const {
  const toml::node* value = Get(key, presence);
  if (value == nullptr) return std::nullopt;
  const toml::array* array = value->as_array();
  if (array == nullptr) {
    WrongType(key, *value, "an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> strings;
  for (const toml::node& element : *array) {
    if (!element.is_string() || element.as_string()->get().empty()) {
      diagnostics_.Add(At(element), "each of " + Quote(key) + " " + where_ +
                                        " must be a non-empty string");
      continue;
    }
    strings.push_back(element.as_string()->get());
  }
  return strings;
}

const toml::table* TableReader::Table(std::string_view key,
                                      Presence presence) const {
  const toml::node* value = Get(key, presence);
  if (value == nullptr) return nullptr;
  if (!value->is_table()) {
    WrongType(key, *value, "a table");
    return nullptr;
  }
  return value->as_table();
}

std::vector<const toml::table*> TableReader::Tables(std::string_view key,
                                                    Presence presence) const {
  std::vector<const toml::table*> tables;
  const toml::node* value = table_.get(key);
  if (value == nullptr) {
    if (presence == Presence::kRequired) {
      diagnostics_.Add(at(), "missing [[" + std::string(key) + "]] " + where_ +
                                 " (at least one is required)");
    }
    return tables;
  }
  const toml::array* array = value->as_array();
  if (array == nullptr || !array->is_array_of_tables()) {
    WrongType(key, *value, "an array of tables ([[" + std::string(key) + "]])");
    return tables;
  }
  for (const toml::node& element : *array) tables.push_back(element.as_table());
  if (tables.empty() && presence == Presence::kRequired) {
    diagnostics_.Add(At(*value), "missing [[" + std::string(key) + "]] " +
                                     where_ + " (at least one is required)");
  }
  return tables;
}

bool UniqueIds::Add(const std::string& id, const toml::table& table) {
  if (id.empty()) return true;
  Position at = At(*table.get("id"));
  auto [it, inserted] = seen_.emplace(id, at);
  if (!inserted) {
    diagnostics_.Add(at, "duplicate " + what_ + " " + Quote(id) +
                             " (first defined at line " +
                             std::to_string(it->second.line) + ")");
  }
  return inserted;
}

}  // namespace kb
