#include "io/json_parse.h"

#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace io {
namespace {

// Objects up to this size look for a repeated key among their members
// (a profile's objects have at most 8); larger ones keep a hash set.
constexpr size_t kLinearKeySearch = 16;

// One array or object still open, with what it holds so far.
struct OpenValue {
  bool is_object = false;
  std::vector<std::pair<std::string, Json>> members;  // objects
  std::vector<Json> elements;                         // arrays
  std::unordered_set<std::string> keys;  // objects past kLinearKeySearch
  std::string key;                       // the member whose value comes next

  // Whether `name` is new in this object; large objects remember it.
  bool AddKey(const std::string& name) {
    if (members.size() < kLinearKeySearch) {
      for (const auto& member : members) {
        if (member.first == name) return false;
      }
      return true;
    }
    if (keys.empty()) {
      for (const auto& member : members) keys.insert(member.first);
    }
    return keys.insert(name).second;
  }
};

// clang-tidy faults the implicit constructor through nlohmann's json_sax
// base; nothing here is declared noexcept.
// NOLINTNEXTLINE(bugprone-exception-escape)
class BoundedBuilder final : public nlohmann::json_sax<Json> {
 public:
  Json& root() { return root_; }
  const std::optional<base::Error>& error() const { return error_; }

  bool null() override { return Add(Json(nullptr)); }
  bool boolean(bool value) override { return Add(Json(value)); }
  bool number_integer(number_integer_t value) override {
    return Add(Json(value));
  }
  bool number_unsigned(number_unsigned_t value) override {
    return Add(Json(value));
  }
  bool number_float(number_float_t value, const string_t&) override {
    return Add(Json(value));
  }
  bool string(string_t& value) override { return Add(Json(std::move(value))); }
  bool binary(binary_t& value) override { return Add(Json::binary(value)); }

  bool start_object(std::size_t) override { return Open(true); }
  bool start_array(std::size_t) override { return Open(false); }

  bool key(string_t& value) override {
    OpenValue& top = open_.back();
    top.key = std::move(value);
    if (!top.AddKey(top.key)) {
      return Fail(base::InvalidArgument("duplicate field", PathHere()));
    }
    return true;
  }

  bool end_object() override {
    OpenValue top = std::move(open_.back());
    open_.pop_back();
    Json object(Json::value_t::object);
    auto& members = object.get_ref<Json::object_t&>();
    members.reserve(top.members.size());
    // Keys are unique (checked in key()), so the map's own search, which
    // makes every insert linear, is skipped.
    for (auto& [name, value] : top.members) {
      members.Container::emplace_back(std::move(name), std::move(value));
    }
    return Add(std::move(object));
  }

  bool end_array() override {
    OpenValue top = std::move(open_.back());
    open_.pop_back();
    Json array(Json::value_t::array);
    array.get_ref<Json::array_t&>() = std::move(top.elements);
    return Add(std::move(array));
  }

  bool parse_error(std::size_t, const std::string& token,
                   const nlohmann::detail::exception& e) override {
    if (const auto* syntax =
            dynamic_cast<const nlohmann::json::parse_error*>(&e)) {
      return Fail(MalformedJson(*syntax));
    }
    // out_of_range 406: a number past a double's range.
    return Fail(base::InvalidArgument(
        "number out of range (a double's magnitude is at most 1.8e308): " +
            Shorten(token),
        PathHere()));
  }

 private:
  static std::string Shorten(std::string text) {
    constexpr size_t kMax = 40;
    if (text.size() > kMax) text = text.substr(0, kMax - 3) + "...";
    return text;
  }

  bool Open(bool is_object) {
    if (open_.size() >= kMaxJsonDepth) {
      return Fail(base::InvalidArgument("nested deeper than " +
                                            std::to_string(kMaxJsonDepth) +
                                            " arrays and objects (the limit)",
                                        PathHere()));
    }
    open_.emplace_back().is_object = is_object;
    return true;
  }

  bool Add(Json value) {
    if (open_.empty()) {
      root_ = std::move(value);
    } else if (OpenValue& top = open_.back(); top.is_object) {
      top.members.emplace_back(std::move(top.key), std::move(value));
    } else {
      top.elements.push_back(std::move(value));
    }
    return true;
  }

  bool Fail(base::Error error) {
    if (!error_) error_ = std::move(error);
    return false;
  }

  // The path of the value being read: "team[0].skills.go".
  std::string PathHere() const {
    std::string path;
    for (const OpenValue& level : open_) {
      if (level.is_object) {
        if (!path.empty()) path += '.';
        path += level.key;
      } else {
        path += '[' + std::to_string(level.elements.size()) + ']';
      }
    }
    return path;
  }

  std::vector<OpenValue> open_;
  Json root_;
  std::optional<base::Error> error_;
};

}  // namespace

base::Result<Json> ParseJson(std::string_view text) {
  BoundedBuilder builder;
  bool parsed = false;
  try {
    parsed = Json::sax_parse(text, &builder);
  } catch (const std::exception& e) {
    // sax_parse reports through the builder; this is allocation failure.
    return base::Internal(std::string("parsing JSON failed: ") + e.what());
  }
  if (builder.error()) return *builder.error();
  if (!parsed) return base::InvalidArgument("malformed JSON");
  return std::move(builder.root());
}

}  // namespace io
