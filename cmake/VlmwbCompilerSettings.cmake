# Warnings, ccache and the output folder shared by every layer.
find_program(VLMWB_CCACHE ccache)
if(VLMWB_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${VLMWB_CCACHE}")
  # The precompiled header in inference/ is only reused by ccache with these sloppiness settings.
  set(ENV{CCACHE_SLOPPINESS} "pch_defines,time_macros,include_file_mtime,include_file_ctime")
endif()

# lld links a test executable (LibTorch, Qt, OpenCV) in 0.8 s where GNU ld takes 4 s, and the build
# links about 80 of them. Used when the compiler can reach it (Debian's lld, which
# scripts/install-deps.sh installs); GNU ld otherwise.
option(VLMWB_USE_LLD "Link with lld when the compiler can use it" ON)
if(VLMWB_USE_LLD)
  include(CheckLinkerFlag)
  check_linker_flag(CXX "-fuse-ld=lld" VLMWB_HAVE_LLD)
  if(VLMWB_HAVE_LLD)
    add_link_options(-fuse-ld=lld)
  endif()
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

# A target's AUTOMOC file mocs_compilation.cpp skips the precompiled header: it holds no code that
# needs one when the target's sources include their own .moc files, and loading the LibTorch header
# costs as much as compiling a small source file.
function(vlmwb_skip_pch_for_automoc target)
  get_target_property(binary_dir ${target} BINARY_DIR)
  set_source_files_properties("${binary_dir}/${target}_autogen/mocs_compilation.cpp" TARGET_DIRECTORY ${target}
                              PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
