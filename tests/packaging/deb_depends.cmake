# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DCPACK_CONFIG=build/CPackConfig.cmake -P deb_depends.cmake
# The QSQLITE driver is dlopen()ed, so dpkg-shlibdeps cannot find it: the hand-written Depends
# must name it, and shlibdeps must stay on for the linked libraries.
if(NOT EXISTS "${CPACK_CONFIG}")
    message(FATAL_ERROR "${CPACK_CONFIG} not found: configure the build first (include(CPack))")
endif()
include("${CPACK_CONFIG}")
message("CPACK_DEBIAN_PACKAGE_DEPENDS = ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
message("CPACK_DEBIAN_PACKAGE_SHLIBDEPS = ${CPACK_DEBIAN_PACKAGE_SHLIBDEPS}")
if(NOT CPACK_DEBIAN_PACKAGE_DEPENDS MATCHES "(^|,) *libqt6sql6-sqlite( *\\(|,| *$)")
    message(FATAL_ERROR "CPACK_DEBIAN_PACKAGE_DEPENDS does not list libqt6sql6-sqlite "
                        "(the QSQLITE plugin; without it the app cannot open a corpus)")
endif()
if(NOT CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    message(FATAL_ERROR "CPACK_DEBIAN_PACKAGE_SHLIBDEPS is off: Depends would lack Qt and libstdc++")
endif()
