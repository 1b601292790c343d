# Loaded by cpack (CPACK_PROJECT_CONFIG_FILE): the files in the .deb carry
# the time of the last commit, or SOURCE_DATE_EPOCH when it is set, instead
# of the time cpack ran, so the same commit gives the same .deb, byte for byte.
if(NOT DEFINED ENV{SOURCE_DATE_EPOCH})
  execute_process(COMMAND git -C "${CPACK_DECKPRESS_SOURCE_DIR}" log -1 --format=%ct
                  OUTPUT_VARIABLE commit_time OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE failed ERROR_QUIET)
  if(NOT failed AND commit_time)
    set(ENV{SOURCE_DATE_EPOCH} "${commit_time}")
  endif()
endif()
