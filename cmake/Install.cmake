# What `cmake --install` puts where, under the prefix (/usr for the .deb,
# /usr/local by default):
#   bin/deckpress
#   share/deckpress/           data files, found by data_dir() (support/data_dir.h)
#   share/man/man1/deckpress.1.gz
#   share/bash-completion/completions/deckpress
#   share/zsh/vendor-completions/_deckpress (share/zsh/site-functions outside /usr)
#   share/fish/vendor_completions.d/deckpress.fish
#   share/doc/deckpress/       README.md and docs/
include(GNUInstallDirs)

install(TARGETS deckpress RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Folders of the source tree that deckpress reads at run time. Each is
# installed under share/deckpress with the same relative path, so
# data_dir() / "<folder>/<file>" names the same file installed and in a
# build folder. A folder that does not exist (yet) is left out. To ship
# another folder, add it here.
set(DECKPRESS_DATA_FOLDERS schema)
foreach(folder IN LISTS DECKPRESS_DATA_FOLDERS)
  if(EXISTS "${PROJECT_SOURCE_DIR}/${folder}")
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/${folder}/"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/deckpress/${folder}"
            PATTERN ".gitignore" EXCLUDE)
  endif()
endforeach()

install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# The man page and completions are written by the binary just built (the
# hidden `deckpress generate`), from the parser that prints --help.
install(CODE "
  set(DECKPRESS_BINARY \"$<TARGET_FILE:deckpress>\")
  set(DECKPRESS_GENERATED \"${CMAKE_CURRENT_BINARY_DIR}/generated\")
  set(DECKPRESS_MANDIR \"${CMAKE_INSTALL_MANDIR}\")
  set(DECKPRESS_DATAROOTDIR \"${CMAKE_INSTALL_DATAROOTDIR}\")")
install(SCRIPT cmake/InstallGenerated.cmake)
