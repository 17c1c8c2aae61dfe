# ASan + UBSan for the whole build when STACKWISE_SANITIZE is on (make asan).
if(STACKWISE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# The fuzz build instruments everything for libFuzzer, ASan and UBSan; the
# fuzz targets add -fsanitize=fuzzer when linking (fuzz/CMakeLists.txt).
if(STACKWISE_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                      -fno-omit-frame-pointer -fno-sanitize-recover=all -g)
  add_link_options(-fsanitize=address,undefined)
endif()
