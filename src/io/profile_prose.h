// The profile in sentences, for the ADR's "Context and Problem Statement".
//
// Internal to io/. Wire names become words a reader expects ("csharp" ->
// "C#", "north_america" -> "North America"); languages and stacks are
// named by the knowledge base, so the CLI, the server and the page agree.
// The output is deterministic.
#pragma once

#include <string>
#include <string_view>

#include "engine/knowledge_base.h"
#include "engine/profile.h"

namespace io {

// An enum's wire name as a reader would say it ("io_bound" -> "I/O-bound").
std::string Spoken(std::string_view wire_name);
// Any wire name, a language's or a stack's id as the knowledge base names
// it (a language's name first: "csharp" -> "C#", "node" -> "Node.js").
std::string Spoken(const engine::KnowledgeBase& kb, std::string_view wire_name);

// One paragraph each.
std::string DescribeTeam(const engine::KnowledgeBase& kb,
                         const engine::Profile& profile);
std::string DescribeProduct(const engine::Product& product);
std::string DescribeCompany(const engine::KnowledgeBase& kb,
                            const engine::Company& company);
std::string DescribeLeaning(const engine::KnowledgeBase& kb,
                            const engine::Leaning& leaning);

}  // namespace io
