# Fails when a translation lacks a string the sources use: updates a copy of each .ts from
# the sources (lupdate) and asks lrelease to count unfinished messages in it.
# -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=... -DWORK_DIR=...
file(GLOB ts_files ${SOURCE_DIR}/translations/cashews_*.ts)
if(NOT ts_files)
    message(FATAL_ERROR "no translations in ${SOURCE_DIR}/translations")
endif()
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(ts ${ts_files})
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts} ${copy})
    # The English file (the source language) only carries plural forms ("%n key(s)").
    set(plural_only)
    if(name MATCHES "_en\\.ts$")
        set(plural_only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${plural_only} -no-obsolete -locations none ${SOURCE_DIR}/ui ${SOURCE_DIR}/app/studio -ts ${copy}
                    RESULT_VARIABLE updated OUTPUT_QUIET ERROR_VARIABLE update_errors)
    if(NOT updated EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${update_errors}")
    endif()
    execute_process(COMMAND ${LRELEASE} ${copy} -qm ${WORK_DIR}/${name}.qm
                    RESULT_VARIABLE released OUTPUT_VARIABLE report ERROR_VARIABLE report_errors)
    if(NOT released EQUAL 0)
        message(FATAL_ERROR "lrelease failed on ${name}: ${report_errors}")
    endif()
    # New strings are "untranslated" (empty), edited ones "unfinished": neither may remain.
    if(NOT report MATCHES "and 0 unfinished" OR report MATCHES "untranslated")
        message(FATAL_ERROR "${name} is incomplete (run the update_translations target, then translate): ${report}")
    endif()
    message(STATUS "${name}: ${report}")
endforeach()
