// The profile in sentences, for the ADR's "Context and Problem Statement".
//
// Internal to io/. Wire names become words a reader expects ("csharp" ->
// "C#", "north_america" -> "North America"); the output is deterministic.
#pragma once

#include <string>
#include <string_view>

#include "engine/profile.h"

namespace io {

// A wire name as a reader would say it.
std::string Spoken(std::string_view wire_name);

// One paragraph each.
std::string DescribeTeam(const engine::Profile& profile);
std::string DescribeProduct(const engine::Product& product);
std::string DescribeCompany(const engine::Company& company);
std::string DescribeLeaning(const engine::Leaning& leaning);

}  // namespace io
