# Installs the built tree into a fresh prefix and uses it from outside: an external CMake project
# (consumer/) through find_package(Cashews), the same program through pkg-config, and the installed
# programs' --version. Also checks that the installed headers include only installed headers.
# -DBUILD_DIR=... -DWORK_DIR=... -DCONSUMER_DIR=... -DVERSION=... -DLIBDIR=... -DCXX=...
# -DPKG_CONFIG=... -DLAUNCHER=<ccache or empty> -DSTUDIO=<ON|OFF>
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
check_run(out COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# Headers: every #include "x" or <cashews/x> of an installed header names an installed header,
# so nothing from core/src leaks into the interface.
file(GLOB headers ${prefix}/include/cashews/*.h)
if(NOT headers)
    message(FATAL_ERROR "no headers installed under ${prefix}/include/cashews")
endif()
foreach(header ${headers})
    file(STRINGS ${header} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line ${includes})
        if(line MATCHES "\"([^\"]+)\"")
            set(target ${CMAKE_MATCH_1})
            get_filename_component(dir ${header} DIRECTORY)
            set(path ${dir}/${target})
        elseif(line MATCHES "<(cashews/[^>]+)>")
            set(path ${prefix}/include/${CMAKE_MATCH_1})
        else()
            continue()
        endif()
        if(NOT EXISTS ${path})
            message(FATAL_ERROR "${header}: '${line}' names a header that is not installed")
        endif()
    endforeach()
endforeach()

set(expected "installed ${VERSION}\n")

# find_package(Cashews) from an outside project.
set(launcher)
if(LAUNCHER)
    set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
check_run(out COMMAND ${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${WORK_DIR}/consumer -G Ninja
                      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${CXX} ${launcher}
                      -DCMAKE_PREFIX_PATH=${prefix})
check_run(out COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
check_run(out COMMAND ${WORK_DIR}/consumer/consumer)
if(NOT out STREQUAL expected)
    message(FATAL_ERROR "the CMake consumer printed '${out}', expected '${expected}'")
endif()

# pkg-config: the same program built from the flags of cashews-core.pc.
set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)
check_run(pc_version COMMAND ${PKG_CONFIG} --modversion cashews-core)
if(NOT pc_version STREQUAL "${VERSION}\n")
    message(FATAL_ERROR "pkg-config --modversion cashews-core gave '${pc_version}', expected ${VERSION}")
endif()
check_run(pc_flags COMMAND ${PKG_CONFIG} --cflags --libs cashews-core)
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
check_run(out COMMAND ${LAUNCHER} ${CXX} -std=c++20 -fPIC ${CONSUMER_DIR}/main.cpp ${pc_flags}
                      -o ${WORK_DIR}/pc-consumer)
check_run(out COMMAND ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${prefix}/${LIBDIR} ${WORK_DIR}/pc-consumer)
if(NOT out STREQUAL expected)
    message(FATAL_ERROR "the pkg-config consumer printed '${out}', expected '${expected}'")
endif()

# The installed programs report the version of project().
expect_version_output(${prefix}/bin/cashews-cli cashews-cli ${VERSION})
if(STUDIO)
    expect_version_output(${prefix}/bin/cashews-studio cashews-studio ${VERSION})
endif()
