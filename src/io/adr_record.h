// An ADR written by `stackwise adr` as a self-contained record: the answers
// it was decided from (a fenced JSON block under "## Answers") and what the
// decision was then (an HTML comment, invisible when rendered), so
// `stackwise check` can re-evaluate it with today's knowledge base and say
// what moved.
//
// Reading never throws: a record without its answers, or with a broken
// comment, is an invalid_argument Error naming what is missing.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "engine/recommendation.h"

namespace io {

// The decision as it was written down.
struct RecordedDecision {
  std::string stack;       // the winner's id
  std::string stack_name;  // "Ruby on Rails" reads better in reports
  std::string kb_version;
  std::vector<std::pair<std::string, double>> scores;  // stack id, score
  std::vector<std::pair<std::string, double>>
      weights;  // criterion name, weight
};

struct AdrRecord {
  std::string status;        // from the front matter or the "- Status:" line
  std::string answers_json;  // the profile, as embedded
  RecordedDecision decision;
};

// One line, "<!-- stackwise-decision {...} -->", for the Answers section.
std::string DecisionComment(const engine::Recommendation& result);

base::Result<AdrRecord> ParseAdrRecord(std::string_view markdown);

// A link to another record of the same folder, "[NNNN-title](NNNN-title.md)":
// log4brains takes the link's text for the record's slug, adr-tools the
// number at the start of its target.
std::string RecordLink(std::string_view file);

// The record with its status ("- Status:" line or front matter, whichever
// it has) replaced by "superseded by " + RecordLink(new_file), which both
// log4brains and adr-tools read as replaced by that record.
std::string MarkSuperseded(std::string_view markdown,
                           std::string_view new_file);

}  // namespace io
