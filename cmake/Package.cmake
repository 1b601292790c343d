# `./build.sh package`: a .deb of what cmake/Install.cmake installs, by CPack.
# Its Depends are the shared libraries the binary links, as dpkg-shlibdeps
# finds them, plus build.sh's runtime_packages (fonts and other files
# deckpress opens at run time); nothing needed only to build or test it.

# build.sh's runtime_packages=( ... ) list, one place for both.
file(STRINGS "${PROJECT_SOURCE_DIR}/build.sh" build_script)
set(in_list FALSE)
set(runtime_packages "")
foreach(line IN LISTS build_script)
  if(line MATCHES "^runtime_packages=\\(")
    set(in_list TRUE)
  elseif(in_list AND line MATCHES "^\\)")
    break()
  elseif(in_list)
    string(REGEX REPLACE "#.*" "" line "${line}")
    string(REGEX MATCHALL "[^ \t]+" names "${line}")
    list(APPEND runtime_packages ${names})
  endif()
endforeach()
if(NOT runtime_packages)
  message(FATAL_ERROR "build.sh has no runtime_packages=( ... ) list")
endif()
list(JOIN runtime_packages ", " runtime_depends)

# cpack packs what is built and builds nothing: the .deb test runs it while
# other tests run, and ./build.sh package has just built deckpress.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME deckpress)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "TOML flashcard decks to Anki packages and printable PDF flashcard sheets")
set(CPACK_PACKAGE_DESCRIPTION
    "deckpress turns flashcard questions written as TOML files into an Anki
package (.apkg) and a printable PDF flashcard sheet, one of each per deck.
Notes keep stable identities, so re-importing a regenerated deck updates
them; mistakes are reported with their line and column; the same input
gives the same bytes.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "deckpress developers")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${runtime_depends}")
# The HTML preview typesets math with Debian's MathJax when it is installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libjs-mathjax")
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/PackageTime.cmake")
set(CPACK_DECKPRESS_SOURCE_DIR "${PROJECT_SOURCE_DIR}")
include(CPack)
