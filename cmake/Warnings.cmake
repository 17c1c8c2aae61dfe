# One warnings list for every target of the project. Warnings are errors
# only with STACKWISE_WERROR=ON (make test turns it on).
add_library(stackwise_warnings INTERFACE)
target_compile_options(stackwise_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(STACKWISE_WERROR)
  target_compile_options(stackwise_warnings INTERFACE -Werror)
endif()
