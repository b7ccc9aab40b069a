# wpptrace_tracewpp(<target> [SCAN files...] [INI files...] [FUNC declarations...])
#
# What tracewpp does for a Windows driver build, at build time: reads the WPP configuration
# (the `// begin_wpp config ... // end_wpp` blocks of the SCAN files and of the target's own
# sources, INI files, and FUNC declarations, each as tracewpp's -func: takes them) and writes
# one <source>.tmh per C/C++ source of the target into the build tree, regenerated when a
# source or configuration file changes. The target gets that folder on its include path, so
# `#include "driver.tmh"` works unchanged, and EVENT_TRACING defined, as a WDK project with
# WPP tracing on has it. A configuration error ("trace.h:12: error: ...") fails the build.
#
#   wpptrace_add_driver(tracedrv NAME tracedrv SOURCES tracedrv.c)
#   wpptrace_tracewpp(tracedrv SCAN trace.h FUNC "DoTraceLevelMessage(LEVEL,FLAGS,MSG,...)")
function(wpptrace_tracewpp target)
  cmake_parse_arguments(ARG "" "" "SCAN;INI;FUNC" ${ARGN})
  if(TARGET wpptrace-tracewpp)
    set(tool $<TARGET_FILE:wpptrace-tracewpp>)
    set(tool_dependency wpptrace-tracewpp)
  else()
    find_program(WPPTRACE_TRACEWPP wpptrace-tracewpp REQUIRED)
    set(tool ${WPPTRACE_TRACEWPP})
    set(tool_dependency ${WPPTRACE_TRACEWPP})
  endif()
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}.tmh.d)
  set(inputs)
  set(outputs)
  foreach(source IN LISTS sources)
    if(NOT source MATCHES "\\.(c|cc|cpp|cxx|c\\+\\+)$")
      continue()
    endif()
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir} OUTPUT_VARIABLE path)
    get_filename_component(stem ${source} NAME_WE)
    list(APPEND inputs ${path})
    list(APPEND outputs ${out_dir}/${stem}.tmh)
  endforeach()
  if(NOT inputs)
    message(FATAL_ERROR "wpptrace_tracewpp(${target}): the target has no C or C++ sources")
  endif()
  set(options -odir:${out_dir})
  set(config_files)
  foreach(file IN LISTS ARG_SCAN)
    cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} OUTPUT_VARIABLE path)
    list(APPEND options -scan:${path})
    list(APPEND config_files ${path})
  endforeach()
  foreach(file IN LISTS ARG_INI)
    cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} OUTPUT_VARIABLE path)
    list(APPEND options -ini:${path})
    list(APPEND config_files ${path})
  endforeach()
  foreach(declaration IN LISTS ARG_FUNC)
    list(APPEND options "-func:${declaration}")
  endforeach()
  add_custom_command(OUTPUT ${outputs}
    COMMAND ${tool} ${options} ${inputs}
    DEPENDS ${tool_dependency} ${inputs} ${config_files}
    COMMENT "tracewpp: trace functions of ${target}" VERBATIM)
  target_sources(${target} PRIVATE ${outputs})
  set_source_files_properties(${outputs} PROPERTIES HEADER_FILE_ONLY ON GENERATED ON)
  target_include_directories(${target} PRIVATE ${out_dir})
  target_compile_definitions(${target} PRIVATE EVENT_TRACING=1)
endfunction()
