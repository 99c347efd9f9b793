# One .deb, cashews-studio: the studio, cashews-cli, libcashews-core and what building against
# it takes (headers, CMake package, pkg-config file). One package is what
# `apt install ./cashews-studio_*.deb` installs in one go; Depends comes from dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cashews-studio)
set(CPACK_PACKAGE_VENDOR "Cashews Studio")
set(CPACK_PACKAGE_CONTACT "Cashews Studio developers <cashews-studio@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Admin GUI, command line and C++ library for cashews caches")
set(CPACK_PACKAGE_DESCRIPTION "Cashews Studio browses, edits and monitors caches written by the
cashews framework (Python or C++) in Redis, on disk or in memory. The package also holds
cashews-cli and libcashews-core, the C++20/Qt 6 port of cashews, with its headers, CMake
package (find_package(Cashews)) and pkg-config file.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its platform plugins at run time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS qt6-qpa-plugins)
# dpkg-shlibdeps must find libcashews-core.so.N, which this very package holds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_INSTALL_LIBDIR})
# Headers need the -dev packages of what they include; shlibdeps only sees the binaries.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-base-dev, qcoro-qt6-dev")
# A shlibs file for packages linking the library, and ldconfig in postinst/postrm.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_STRIP_FILES ON)
include(CPack)
