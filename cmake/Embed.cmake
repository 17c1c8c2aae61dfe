# Turns files into a generated C++ source so the binary carries them
# (the knowledge base and the web page): no file is read at run time.
#
# stackwise_embed(TARGET name NAMESPACE ns FILES a b ...) defines, in
# <ns>, `std::span<const EmbeddedFile> Files()` with each file's path
# relative to the source dir and its bytes.
function(stackwise_embed)
  cmake_parse_arguments(EMBED "" "TARGET;NAMESPACE;BASE_DIR" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${EMBED_TARGET}.cc")
  set(script "${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${EMBED_NAMESPACE}
            -DBASE_DIR=${EMBED_BASE_DIR} "-DFILES=${EMBED_FILES}"
            -P "${script}"
    DEPENDS ${EMBED_FILES} "${script}"
    COMMENT "Embedding ${EMBED_TARGET}"
    VERBATIM)
  add_library(${EMBED_TARGET} STATIC "${out}")
  target_include_directories(${EMBED_TARGET} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(${EMBED_TARGET} PRIVATE stackwise_warnings)
endfunction()
