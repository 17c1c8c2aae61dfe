# ASan + UBSan for the whole build when STACKWISE_SANITIZE is on (make asan).
if(STACKWISE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
