# Builds the .deb of the built tree with CPack, unpacks it into a scratch root (dpkg -x) and checks
# it: Depends from dpkg-shlibdeps, the desktop entry's Exec and Icon and the metainfo's id,
# launchable, binaries and newest release name files that are in the package, both files pass
# their validators, and the packaged cashews-cli runs with the packaged library.
# -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=... -DSOVERSION=... -DLIBDIR=... -DCPACK=... -DDPKG_DEB=...
# -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=...
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK_DIR})
check_run(out COMMAND ${CMAKE_COMMAND} -E chdir ${BUILD_DIR}
                      ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR})
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found: ${debs}")
endif()

# Depends: the shared libraries the binaries link, as dpkg-shlibdeps found them, and the Qt
# platform plugins, which are loaded at run time.
check_run(depends COMMAND ${DPKG_DEB} --field ${debs} Depends)
message(STATUS "Depends: ${depends}")
foreach(package libc6 libstdc\\+\\+6 libqt6core6 libqt6network6 libqt6widgets6
                libqcoro6core0 libhiredis0\\.14 libsqlite3-0 zlib1g libzstd1 qt6-qpa-plugins)
    expect_match("${depends}" "(^|, )${package}( |,|$)" "Depends")
endforeach()
if(depends MATCHES "cashews")
    message(FATAL_ERROR "the package depends on itself: ${depends}")
endif()

set(root ${WORK_DIR}/root)
check_run(out COMMAND ${DPKG_DEB} -x ${debs} ${root})

# The desktop entry.
file(GLOB desktop_files ${root}/usr/share/applications/*.desktop)
list(LENGTH desktop_files count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one desktop entry, found: ${desktop_files}")
endif()
check_run(out COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop_files})
get_filename_component(desktop_id ${desktop_files} NAME)
file(STRINGS ${desktop_files} exec REGEX "^Exec=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${exec}")
if(NOT exec OR NOT EXISTS ${root}/usr/bin/${exec} OR IS_DIRECTORY ${root}/usr/bin/${exec})
    message(FATAL_ERROR "Exec=${exec} is not a program in /usr/bin of the package")
endif()
file(STRINGS ${desktop_files} icon REGEX "^Icon=")
string(REGEX REPLACE "^Icon=" "" icon "${icon}")
foreach(file 48x48/apps/${icon}.png 256x256/apps/${icon}.png scalable/apps/${icon}.svg)
    if(NOT EXISTS ${root}/usr/share/icons/hicolor/${file})
        message(FATAL_ERROR "Icon=${icon}: /usr/share/icons/hicolor/${file} is not in the package")
    endif()
endforeach()

# The AppStream metainfo.
file(GLOB metainfo_files ${root}/usr/share/metainfo/*.metainfo.xml)
list(LENGTH metainfo_files count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one metainfo file, found: ${metainfo_files}")
endif()
check_run(out COMMAND ${APPSTREAMCLI} validate --no-net ${metainfo_files})
file(READ ${metainfo_files} metainfo)
string(REGEX MATCH "<id>([^<]+)</id>" _ "${metainfo}")
if(NOT "${CMAKE_MATCH_1}.desktop" STREQUAL desktop_id)
    message(FATAL_ERROR "metainfo id '${CMAKE_MATCH_1}' does not name the desktop entry ${desktop_id}")
endif()
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]+)</launchable>" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL desktop_id)
    message(FATAL_ERROR "metainfo launchable '${CMAKE_MATCH_1}' is not the desktop entry ${desktop_id}")
endif()
string(REGEX MATCHALL "<binary>[^<]+</binary>" binaries "${metainfo}")
if(NOT binaries)
    message(FATAL_ERROR "the metainfo provides no binary")
endif()
foreach(binary ${binaries})
    string(REGEX REPLACE "</?binary>" "" binary "${binary}")
    if(NOT EXISTS ${root}/usr/bin/${binary})
        message(FATAL_ERROR "the metainfo provides ${binary}, which is not in /usr/bin of the package")
    endif()
endforeach()
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "the newest release in the metainfo is '${CMAKE_MATCH_1}', project() says ${VERSION}")
endif()

# The packaged library and program work together.
if(NOT EXISTS ${root}/usr/${LIBDIR}/libcashews-core.so.${SOVERSION})
    message(FATAL_ERROR "libcashews-core.so.${SOVERSION} is not in /usr/${LIBDIR} of the package")
endif()
expect_version_output(${root}/usr/bin/cashews-cli cashews-cli ${VERSION})
