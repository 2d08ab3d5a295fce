# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=build -DDEST=dir -DAPP_ID=id -P install_tree.cmake
# Installs the "data" component (desktop entry, metainfo, icon; no binaries needed) into DEST
# and checks the installed tree as a software centre would see it: file names carry the app id,
# and `appstreamcli validate-tree` finds the metainfo, its launchable desktop file and the icon.
find_program(appstreamcli appstreamcli)
if(NOT appstreamcli)
    message(FATAL_ERROR "appstreamcli not found: install the Debian package 'appstream' "
                        "(./dev deps installs it from packaging/deps.txt)")
endif()
file(REMOVE_RECURSE "${DEST}")
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --component data --prefix ${DEST}/usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install --component data failed:\n${out}")
endif()
foreach(f IN ITEMS share/applications/${APP_ID}.desktop
                   share/metainfo/${APP_ID}.metainfo.xml
                   share/icons/hicolor/scalable/apps/${APP_ID}.svg
                   share/doc/littoral/copyright
                   share/doc/littoral/changelog.gz
                   share/man/man1/littoral.1.gz
                   share/man/man1/littoral-cli.1.gz
                   share/littoral/corpus/000_a2062bf0896207c8.txt)
    if(NOT EXISTS "${DEST}/usr/${f}")
        message(FATAL_ERROR "not installed: usr/${f}")
    endif()
endforeach()
file(STRINGS "${DEST}/usr/share/applications/${APP_ID}.desktop" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "desktop file has '${icon_line}', expected Icon=${APP_ID}")
endif()
execute_process(COMMAND ${appstreamcli} validate-tree --no-net ${DEST}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("appstreamcli validate-tree --no-net ${DEST}\n${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree rejected the installed tree (exit ${rc})")
endif()
