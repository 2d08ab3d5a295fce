# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator before packaging. Without dpkg-shlibdeps CPack would quietly
# build a .deb whose Depends lacks every linked library (Qt, libstdc++, ...): refuse instead.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    find_program(LITTORAL_DPKG_SHLIBDEPS dpkg-shlibdeps)
    find_program(LITTORAL_FILE_TOOL file)
    if(NOT LITTORAL_DPKG_SHLIBDEPS OR NOT LITTORAL_FILE_TOOL)
        message(FATAL_ERROR
            "littoral: building the .deb needs dpkg-shlibdeps (package dpkg-dev) and file "
            "(package file) to compute Depends; install them with ./dev deps")
    endif()
endif()
