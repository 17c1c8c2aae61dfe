#include "case_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "io/profile_json.h"
#include "kb/load.h"

namespace cases {
namespace {

using nlohmann::json;

bool HasItem(const std::vector<engine::Item>& items, const std::string& id) {
  return std::any_of(items.begin(), items.end(),
                     [&](const engine::Item& item) { return item.id == id; });
}

std::string Ids(const std::vector<engine::Item>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += item.id;
  }
  return "[" + out + "]";
}

int RankOf(const engine::Recommendation& r, const std::string& stack) {
  for (const auto& s : r.ranking) {
    if (s.stack == stack) return s.rank;
  }
  return -1;
}

void CheckItems(const json& ids, const std::vector<engine::Item>& items,
                const std::string& kind, bool present,
                std::vector<std::string>& problems) {
  for (const auto& id : ids) {
    if (HasItem(items, id.get<std::string>()) != present) {
      problems.push_back(kind + " " + id.get<std::string>() +
                         (present ? " missing" : " present") + "; got " +
                         Ids(items));
    }
  }
}

const engine::Item* FindItem(const std::vector<engine::Item>& items,
                             const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace

std::string ReadFile(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::filesystem::path> CaseFiles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Case ReadCase(const std::filesystem::path& file) {
  Case c;
  c.name = file.stem().string();
  const json doc = json::parse(ReadFile(file));
  c.section = doc.at("section").get<std::string>();
  c.statement = doc.at("statement").get<std::string>();
  c.expect = doc.at("expect");
  auto profile = io::ParseProfileAt(doc.at("profile").dump(), "profile.",
                                    kb::DefaultKnowledgeBase());
  if (!profile) {
    ADD_FAILURE() << file << ": " << profile.error().ToString();
    return c;
  }
  c.profile = *profile;
  return c;
}

std::vector<std::string> Check(const json& expect,
                               const engine::Recommendation& r) {
  std::vector<std::string> problems;
  for (const auto& [key, value] : expect.items()) {
    if (key == "winner") {
      if (r.recommendation.stack != value) {
        problems.push_back("winner " + std::string(r.recommendation.stack) +
                           ", expected " + value.get<std::string>() + " (" +
                           r.recommendation.summary + ")");
      }
    } else if (key == "summary_starts_with") {
      if (!r.recommendation.summary.starts_with(value.get<std::string>())) {
        problems.push_back("summary reads \"" + r.recommendation.summary +
                           "\"");
      }
    } else if (key == "framework") {
      if (r.recommendation.framework != value) {
        problems.push_back("framework " +
                           std::string(r.recommendation.framework) +
                           ", expected " + value.get<std::string>());
      }
    } else if (key == "confidence") {
      if (engine::Name(r.confidence.level) != value.get<std::string>()) {
        problems.push_back("confidence " +
                           std::string(engine::Name(r.confidence.level)) +
                           ", expected " + value.get<std::string>() + " (" +
                           r.confidence.why + ")");
      }
    } else if (key == "warnings" || key == "no_warnings") {
      CheckItems(value, r.warnings, "warning", key == "warnings", problems);
    } else if (key == "tensions") {
      CheckItems(value, r.tensions, "tension", true, problems);
    } else if (key == "advice") {
      CheckItems(value, r.advice, "advice", true, problems);
    } else if (key == "revisit") {
      CheckItems(value, r.revisit_triggers, "revisit trigger", true, problems);
    } else if (key == "advice_text") {
      for (const auto& [id, text] : value.items()) {
        const engine::Item* item = FindItem(r.advice, id);
        if (!item || item->message != text) {
          problems.push_back("advice " + id + " reads \"" +
                             (item ? item->message : "<missing>") + "\"");
        }
      }
    } else if (key == "checklist") {
      for (const auto& [id, status] : value.items()) {
        auto it = std::find_if(r.checklist.begin(), r.checklist.end(),
                               [&](const auto& c) { return c.id == id; });
        if (it == r.checklist.end()) {
          problems.push_back("checklist " + id + " missing");
        } else if (engine::Name(it->status) != status.get<std::string>()) {
          problems.push_back("checklist " + id + " is " +
                             std::string(engine::Name(it->status)) +
                             ", expected " + status.get<std::string>() + " (" +
                             it->reason + ")");
        }
      }
    } else if (key == "ranked_above") {
      for (const auto& pair : value) {
        const std::string a = pair[0], b = pair[1];
        if (!(RankOf(r, a) > 0 && RankOf(r, a) < RankOf(r, b))) {
          problems.push_back(a + " ranked " + std::to_string(RankOf(r, a)) +
                             ", not above " + b + " (" +
                             std::to_string(RankOf(r, b)) + ")");
        }
      }
    } else if (key == "what_if") {
      for (const auto& want : value) {
        const bool found =
            std::any_of(r.what_if.begin(), r.what_if.end(), [&](const auto& w) {
              return w.field == want.at("field") &&
                     w.value == want.at("value") &&
                     w.new_stack == want.at("new_stack");
            });
        if (!found) problems.push_back("what-if missing: " + want.dump());
      }
    } else if (key == "criterion_why") {
      bool found = false;
      for (const auto& s : r.ranking) {
        if (s.stack != value.at("stack")) continue;
        for (const auto& c : s.criteria) {
          if (c.id == value.at("criterion") &&
              c.why.view().find(value.at("contains").get<std::string>()) !=
                  std::string::npos) {
            found = true;
          }
        }
      }
      if (!found)
        problems.push_back("criterion why not found: " + value.dump());
    } else {
      problems.push_back("unknown expectation \"" + key + "\"");
    }
  }
  return problems;
}

}  // namespace cases
