# The programs' allocator: mimalloc (Debian's libmimalloc-dev) when it is
# installed, else the C library's malloc.
#
# An evaluation builds its result from about 120 small allocations (texts,
# lists), and a request parses and writes JSON besides. glibc's per-thread
# cache keeps seven blocks of a size, fewer than one evaluation frees, so
# most of them took its slower shared path: with mimalloc a mixed-profile
# evaluation (make bench) takes about 10% less time. The sanitizer and fuzz
# builds keep their own allocators.
option(STACKWISE_MIMALLOC "Link the programs with mimalloc when it is installed" ON)

set(STACKWISE_ALLOCATOR "malloc")
if(STACKWISE_MIMALLOC AND NOT STACKWISE_SANITIZE AND NOT STACKWISE_FUZZ)
  find_package(mimalloc 2.0 CONFIG QUIET)
  if(mimalloc_FOUND)
    set(STACKWISE_ALLOCATOR "mimalloc")
  else()
    message(STATUS "mimalloc not found: the programs use the C library's malloc")
  endif()
endif()

# Replaces malloc and free (and so operator new and delete) in `target` and
# everything it loads. Nothing calls mimalloc by name, so the library is kept
# on the link line even where the linker drops unused libraries.
function(stackwise_use_allocator target)
  if(STACKWISE_ALLOCATOR STREQUAL "mimalloc")
    target_link_libraries(${target} PRIVATE
      "$<LINK_LIBRARY:stackwise_always_linked,mimalloc>")
  endif()
endfunction()
set(CMAKE_LINK_LIBRARY_USING_stackwise_always_linked
    "LINKER:--push-state,--no-as-needed" "<LINK_ITEM>" "LINKER:--pop-state")
set(CMAKE_LINK_LIBRARY_USING_stackwise_always_linked_SUPPORTED TRUE)
