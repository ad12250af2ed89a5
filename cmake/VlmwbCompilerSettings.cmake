# Warnings, ccache and the output folder shared by every layer.
find_program(VLMWB_CCACHE ccache)
if(VLMWB_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${VLMWB_CCACHE}")
  # The precompiled header in inference/ is only reused by ccache with these sloppiness settings.
  set(ENV{CCACHE_SLOPPINESS} "pch_defines,time_macros,include_file_mtime,include_file_ctime")
endif()

option(VLMWB_WERROR "Treat warnings as errors" OFF)

function(vlmwb_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(VLMWB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# AddressSanitizer + UndefinedBehaviorSanitizer for every target of the project (LibTorch, Qt and
# OpenCV stay uninstrumented); scripts/sanitize-tests.sh builds and runs the suite this way.
option(VLMWB_SANITIZE "Build with -fsanitize=address,undefined" OFF)
if(VLMWB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
