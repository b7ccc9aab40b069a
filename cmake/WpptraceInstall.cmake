# What `cmake --install` puts under a prefix, for projects that build drivers against wpptrace
# without its source tree:
#   bin/        wpptrace, wpptrace-host, wpptrace-tracewpp, wpptrace-with-private-lttng
#   lib/        libwpptrace and the host's libraries (framework, wfp, host), versioned (.so.0);
#               lib/<multiarch> on Debian (lib/x86_64-linux-gnu; the paths below likewise)
#   include/    wpp/ (the macros), wpptrace/{framework,wfp,host}/; wpptrace-wdk/ the WDK headers
#   lib/cmake/wpptrace/   find_package(wpptrace CONFIG): wpptrace:: targets, wpptrace_add_driver,
#                         wpptrace_tracewpp
#   lib/pkgconfig/        wpptrace.pc (macros + libwpptrace), wpptrace-driver.pc (a driver)
# Everything is relative to the prefix: the tree can be moved, and `cpack -G DEB` packs it for /usr.
include(CMakePackageConfigHelpers)

set(WPPTRACE_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/wpptrace)

# Installed under the names the build's aliases have (wpptrace::tracing, ...).
foreach(part macros tracing wdk_headers framework wfp host)
  set_target_properties(wpptrace_${part} PROPERTIES EXPORT_NAME ${part})
endforeach()

# The tools and libraries find the libraries next to them, wherever the prefix is.
file(RELATIVE_PATH bin_to_lib /prefix/${CMAKE_INSTALL_BINDIR} /prefix/${CMAKE_INSTALL_LIBDIR})
set_target_properties(wpptrace wpptrace-host wpptrace-tracewpp PROPERTIES
                      INSTALL_RPATH "$ORIGIN/${bin_to_lib}")
set_target_properties(wpptrace_tracing wpptrace_framework wpptrace_wfp wpptrace_host PROPERTIES
                      INSTALL_RPATH "$ORIGIN")
# Versioned shared libraries: libwpptrace.so.0 (the SONAME a driver records) -> .so.0.1.0, and
# libwpptrace.so for the link. An incompatible runtime takes the next major version.
set_target_properties(wpptrace_tracing wpptrace_framework wpptrace_wfp wpptrace_host PROPERTIES
                      VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})

install(TARGETS wpptrace_macros wpptrace_tracing wpptrace_wdk_headers wpptrace_framework
                wpptrace_wfp wpptrace_host wpptrace wpptrace-host wpptrace-tracewpp
        EXPORT wpptraceTargets
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/macros/include/ ${PROJECT_SOURCE_DIR}/runtime/wdk/framework/include/
                  ${PROJECT_SOURCE_DIR}/runtime/wdk/wfp/include/ ${PROJECT_SOURCE_DIR}/runtime/wdk/host/include/
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/wdk/headers/
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/wpptrace-wdk FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(PROGRAMS ${PROJECT_SOURCE_DIR}/scripts/with-private-lttng
        DESTINATION ${CMAKE_INSTALL_BINDIR} RENAME wpptrace-with-private-lttng)

# The CMake package.
install(EXPORT wpptraceTargets NAMESPACE wpptrace:: DESTINATION ${WPPTRACE_INSTALL_CMAKEDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/wpptraceConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/wpptraceConfig.cmake
                              INSTALL_DESTINATION ${WPPTRACE_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/wpptraceConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/wpptraceConfig.cmake
              ${PROJECT_BINARY_DIR}/wpptraceConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/WpptraceDriver.cmake
              ${PROJECT_SOURCE_DIR}/cmake/WpptraceIncludeCase.cmake
              ${PROJECT_SOURCE_DIR}/cmake/WpptraceTracewpp.cmake
        DESTINATION ${WPPTRACE_INSTALL_CMAKEDIR})

# pkg-config, for drivers built with make: the prefix is found from the .pc file's own place.
file(RELATIVE_PATH pc_to_prefix /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" pc_to_prefix "${pc_to_prefix}")
foreach(pc wpptrace wpptrace-driver)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/${pc}.pc.in ${PROJECT_BINARY_DIR}/${pc}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${pc}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()

# The Debian package: `cpack -G DEB` in the build folder writes wpptrace_<version>_<arch>.deb with
# everything installed above and by any other install() rule of the project (no components).
if(PROJECT_IS_TOP_LEVEL)
  set(CPACK_PACKAGE_NAME wpptrace)
  set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
  set(CPACK_PACKAGE_CONTACT "wpptrace maintainers <wpptrace@localhost>")
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  # (The DEB generator packs install rules with absolute destinations too: babeltrace2's plugin
  # folder.)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION devel)
  # The tools' own libraries, and lttng for `record` and wpptrace-with-private-lttng. Building a
  # driver also needs LTTng-UST's headers, pkg-config (find_package and .pc files) and a compiler.
  set(wpptrace_deb_depends
      "lttng-tools (>= 2.13), liblttng-ust1 (>= 2.13), libbabeltrace2-0 (>= 2.0), libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, util-linux")
  if(WPPTRACE_HAVE_DEBUGINFOD)  # decode fetches catalogs by build id (decoder/CMakeLists.txt)
    string(APPEND wpptrace_deb_depends ", libdebuginfod1 (>= 0.188)")
  endif()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${wpptrace_deb_depends}")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "liblttng-ust-dev (>= 2.13), pkgconf | pkg-config, cmake (>= 3.20), g++ (>= 4:12)")
  include(CPack)
endif()
