# Helpers of the packaging test scripts.

# check_run(<output-variable> COMMAND ...): runs the command, fails the test with its output
# when it exits non-zero, and stores its standard output in <output-variable>.
function(check_run out)
    execute_process(${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "failed (${rc}): ${command}\n${stdout}\n${stderr}")
    endif()
    set(${out} "${stdout}" PARENT_SCOPE)
endfunction()

# expect_match(<text> <regex> <what>): fails the test unless <text> matches <regex>.
function(expect_match text regex what)
    if(NOT text MATCHES "${regex}")
        message(FATAL_ERROR "${what}: expected a match of '${regex}' in:\n${text}")
    endif()
endfunction()

# expect_version_output(<program> <name> <version>): `<program> --version` runs (finding the
# library through its RUNPATH) and prints "<name> <version>".
function(expect_version_output program name version)
    check_run(out COMMAND ${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH ${program} --version)
    string(REPLACE "." "\\." version_regex "${version}")
    expect_match("${out}" "^${name} ${version_regex}\n$" "${program} --version")
endfunction()
