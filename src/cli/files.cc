#include "cli/files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace cli {

base::Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream text;
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return base::InvalidArgument(std::string("cannot read: ") +
                                 std::strerror(errno));
  }
  std::string text((std::istreambuf_iterator<char>(file)),
                   std::istreambuf_iterator<char>());
  if (file.bad()) {
    return base::InvalidArgument(std::string("cannot read: ") +
                                 std::strerror(errno));
  }
  return text;
}

base::Result<void> WriteFile(const std::string& path, std::string_view text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (file) file.close();
  if (!file) {
    return base::Internal("cannot write " + path + ": " + std::strerror(errno));
  }
  return {};
}

std::string DisplayName(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

}  // namespace cli
