# wpptrace_add_driver(<target> NAME <DriverName> SOURCES <files...>)
#
# Builds a driver binary for the wpptrace host: a MODULE library that links the tracing runtime
# and the emulated framework, names the driver in its traces, keeps message ids independent of
# the checkout's location, and checks its trace formats after every link (C cannot do it at
# compile time; a mismatch fails the build just as a C++ one does at compile time).
#
# A driver is compiled the way a WDK build compiles it: without -Werror and with MSVC's pragmas
# (#pragma warning, alloc_text, code_seg) accepted quietly, and with `#include "Name.H"` finding
# name.h (wpptrace_resolve_include_case). wpptrace's own samples and test drivers, in this
# source tree, also get wpptrace's -Wall -Wextra -Werror (unless WPPTRACE_BUILD_AS_USER_DRIVER is
# set in their folder: tests of what a user driver gets). A project that includes wpptrace with
# add_subdirectory or find_package gets the WDK build's flags for its drivers.
include(${CMAKE_CURRENT_LIST_DIR}/WpptraceIncludeCase.cmake)
# A global property: the function is called from the including project's folders too
# (add_subdirectory), where this file's variables are out of scope.
set(own_source_dir ${CMAKE_CURRENT_LIST_DIR}/..)
cmake_path(NORMAL_PATH own_source_dir)
set_property(GLOBAL PROPERTY WPPTRACE_OWN_SOURCE_DIR ${own_source_dir})
function(wpptrace_add_driver target)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES" ${ARGN})
  if(NOT ARG_NAME)
    set(ARG_NAME ${target})
  endif()
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE wpptrace::tracing wpptrace::framework)
  target_compile_definitions(${target} PRIVATE WPP_MODULE_NAME="${ARG_NAME}")
  # What the trace macros need, whatever the enclosing project sets: C++20 (consteval format
  # checks), C11 (_Generic).
  # A project of C drivers alone may not enable C++.
  target_compile_features(${target} PRIVATE c_std_11)
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if(CXX IN_LIST languages)
    target_compile_features(${target} PRIVATE cxx_std_20)
  endif()
  # __FILE__ relative to the source root: ids stay the same wherever the tree is checked out.
  target_compile_options(${target} PRIVATE -fmacro-prefix-map=${CMAKE_SOURCE_DIR}/=)
  # Like a Windows driver, export DriverEntry alone; also keeps each driver's inline-function
  # trace sites its own when several drivers share a header.
  set_target_properties(${target} PROPERTIES PREFIX "" C_VISIBILITY_PRESET hidden
                        CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  get_property(own_source_dir GLOBAL PROPERTY WPPTRACE_OWN_SOURCE_DIR)
  cmake_path(IS_PREFIX own_source_dir ${CMAKE_CURRENT_SOURCE_DIR} NORMALIZE ours)
  if(ours AND NOT WPPTRACE_BUILD_AS_USER_DRIVER AND COMMAND wpptrace_set_warnings)
    wpptrace_set_warnings(${target})
  else()
    target_compile_options(${target} PRIVATE -Wno-unknown-pragmas
      # clang notices that a case-resolved include (toastmon.H) reached toastmon.h.
      $<$<COMPILE_LANG_AND_ID:C,Clang,AppleClang>:-Wno-nonportable-include-path>
      $<$<COMPILE_LANG_AND_ID:CXX,Clang,AppleClang>:-Wno-nonportable-include-path>)
  endif()
  wpptrace_resolve_include_case(${target})
  # The checker: the build's wpptrace (this tree, or add_subdirectory), else the installed one
  # (find_package).
  if(TARGET wpptrace)
    set(checker wpptrace)
    add_dependencies(${target} wpptrace)
  elseif(TARGET wpptrace::wpptrace)
    set(checker wpptrace::wpptrace)
  else()
    return()
  endif()
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND $<TARGET_FILE:${checker}> catalog --check $<TARGET_FILE:${target}>
    COMMENT "Checking the trace formats of ${target}" VERBATIM)
endfunction()
