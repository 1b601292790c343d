# What `cmake --install` puts where, under the prefix (/usr for the .deb,
# /usr/local by default):
#   bin/deckpress
#   share/deckpress/           data files, found by data_dir() (support/data_dir.h),
#                              the MathJax helper in data/mathjax
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

# The MathJax helper that typesets the sheet's formulas (print/mathjax.h),
# with the two npm packages it loads of those ./build.sh installs beside it
# (npm ci, pinned by the lock file): MathJax's CommonJS modules and mhchem's
# parser. Without them, formulas print as their TeX source.
set(mathjax "${PROJECT_SOURCE_DIR}/data/mathjax")
set(mathjax_to "${CMAKE_INSTALL_DATADIR}/deckpress/data/mathjax")
install(FILES "${mathjax}/typeset.js" "${mathjax}/package.json" "${mathjax}/package-lock.json"
        DESTINATION "${mathjax_to}")
if(EXISTS "${mathjax}/node_modules/mathjax-full/js")
  install(FILES "${mathjax}/node_modules/mathjax-full/package.json" "${mathjax}/node_modules/mathjax-full/LICENSE"
          DESTINATION "${mathjax_to}/node_modules/mathjax-full")
  install(DIRECTORY "${mathjax}/node_modules/mathjax-full/js/" DESTINATION "${mathjax_to}/node_modules/mathjax-full/js"
          FILES_MATCHING PATTERN "*.js")
  install(FILES "${mathjax}/node_modules/mhchemparser/package.json" "${mathjax}/node_modules/mhchemparser/LICENSE.txt"
          DESTINATION "${mathjax_to}/node_modules/mhchemparser")
  install(FILES "${mathjax}/node_modules/mhchemparser/dist/mhchemParser.js"
          DESTINATION "${mathjax_to}/node_modules/mhchemparser/dist")
endif()

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
