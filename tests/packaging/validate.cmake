# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTOOL=exe [-DTOOL_ARGS=a,b] -DDEB_PACKAGE=pkg -DFILE=path -P validate.cmake
# Runs a validator on FILE; fails on a non-zero exit and on any "error:"/"warning:" line
# (desktop-file-validate exits 0 on warnings; hints and AppStream infos are allowed).
find_program(tool_path ${TOOL})
if(NOT tool_path)
    message(FATAL_ERROR "${TOOL} not found: install the Debian package '${DEB_PACKAGE}' "
                        "(./dev deps installs it from packaging/deps.txt)")
endif()
if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "missing file to validate: ${FILE}")
endif()
string(REPLACE "," ";" tool_args "${TOOL_ARGS}")
execute_process(COMMAND ${tool_path} ${tool_args} ${FILE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${TOOL} ${tool_args} ${FILE}\n${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TOOL} rejected ${FILE} (exit ${rc})")
endif()
if(out MATCHES "(^|\n)[^\n]*(error|warning): ")
    message(FATAL_ERROR "${TOOL} reported problems in ${FILE}")
endif()
