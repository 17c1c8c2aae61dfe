// The files cmake/Embed.cmake compiles into stackwise_kb_embedded: the
// default knowledge base, under its path relative to the source tree
// ("knowledge/knowledge-base.toml"). Defined in the generated source.
#pragma once

#include <span>

#include "base/embedded_file.h"

namespace kb::embedded {

std::span<const base::EmbeddedFile> Files();

}  // namespace kb::embedded
