# Run by `cmake --install` (cmake/Install.cmake sets DECKPRESS_BINARY,
# DECKPRESS_GENERATED, DECKPRESS_MANDIR and DECKPRESS_DATAROOTDIR): writes the
# man page and the shell completions with the built deckpress and installs
# them where man, bash-completion, zsh and fish look for them.

# zsh on Debian reads vendor-completions under /usr, and site-functions
# under /usr/local and other prefixes.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(zsh_dir "${DECKPRESS_DATAROOTDIR}/zsh/vendor-completions")
else()
  set(zsh_dir "${DECKPRESS_DATAROOTDIR}/zsh/site-functions")
endif()

# what, file name, destination under the prefix
set(generated
  "man" "deckpress.1" "${DECKPRESS_MANDIR}/man1"
  "bash" "deckpress" "${DECKPRESS_DATAROOTDIR}/bash-completion/completions"
  "zsh" "_deckpress" "${zsh_dir}"
  "fish" "deckpress.fish" "${DECKPRESS_DATAROOTDIR}/fish/vendor_completions.d")

# A folder of its own for each destination, so that installs to different
# places can run at once (the install tests do).
string(SHA1 destination_hash "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(DECKPRESS_GENERATED "${DECKPRESS_GENERATED}/${destination_hash}")
file(MAKE_DIRECTORY "${DECKPRESS_GENERATED}")
find_program(GZIP gzip)
while(generated)
  list(POP_FRONT generated what name destination)
  set(file "${DECKPRESS_GENERATED}/${name}")
  execute_process(COMMAND "${DECKPRESS_BINARY}" generate ${what} OUTPUT_FILE "${file}"
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "`deckpress generate ${what}` failed: ${failed}")
  endif()
  # Debian compresses man pages, without a time stamp (-n) so the package's
  # bytes do not depend on when it was made.
  if(what STREQUAL "man" AND GZIP)
    execute_process(COMMAND "${GZIP}" -9nf "${file}" RESULT_VARIABLE failed)
    if(failed)
      message(FATAL_ERROR "gzip ${file} failed: ${failed}")
    endif()
    set(file "${file}.gz")
  endif()
  file(INSTALL "${file}" DESTINATION "${CMAKE_INSTALL_PREFIX}/${destination}")
endwhile()
file(REMOVE_RECURSE "${DECKPRESS_GENERATED}")
