# One warnings list for every target of the project; warnings are errors.
add_library(stackwise_warnings INTERFACE)
target_compile_options(stackwise_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
