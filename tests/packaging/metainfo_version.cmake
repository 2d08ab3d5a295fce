# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DFILE=metainfo.xml -DVERSION=x.y.z -P metainfo_version.cmake
# The newest <release> (listed first, as AppStream wants) must be the project version, so a
# version bump in CMakeLists.txt without a release entry is caught.
file(READ "${FILE}" xml)
if(NOT xml MATCHES "<release[^>]* version=\"([^\"]+)\"")
    message(FATAL_ERROR "${FILE}: no <release version=...> entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${FILE}: newest release is ${CMAKE_MATCH_1}, project version is ${VERSION}: "
                        "add a <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> entry first")
endif()
