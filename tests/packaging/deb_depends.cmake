# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DCPACK_CONFIG=build/CPackConfig.cmake -P deb_depends.cmake
# What Qt dlopen()s or reads at run time is invisible to dpkg-shlibdeps: the hand-written Depends
# must name its packages, and shlibdeps must stay on for the linked libraries. (A quick configure-time
# check; packaging_deb_dependsNameEveryRuntimePackage checks the built .deb.)
if(NOT EXISTS "${CPACK_CONFIG}")
    message(FATAL_ERROR "${CPACK_CONFIG} not found: configure the build first (include(CPack))")
endif()
include("${CPACK_CONFIG}")
message("CPACK_DEBIAN_PACKAGE_DEPENDS = ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
message("CPACK_DEBIAN_PACKAGE_SHLIBDEPS = ${CPACK_DEBIAN_PACKAGE_SHLIBDEPS}")
# package -> why it must be listed by hand
set(required
    "libqt6sql6-sqlite|the QSQLITE plugin, without which the app cannot open a corpus"
    "qt6-translations-l10n|qtbase_fr.qm, Qt's own strings in French")
foreach(entry IN LISTS required)
    string(REPLACE "|" ";" entry "${entry}")
    list(GET entry 0 pkg)
    list(GET entry 1 why)
    if(NOT CPACK_DEBIAN_PACKAGE_DEPENDS MATCHES "(^|,) *${pkg}( *\\(|,| *$)")
        message(FATAL_ERROR "CPACK_DEBIAN_PACKAGE_DEPENDS does not list ${pkg} (${why})")
    endif()
endforeach()
if(NOT CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    message(FATAL_ERROR "CPACK_DEBIAN_PACKAGE_SHLIBDEPS is off: Depends would lack Qt and libstdc++")
endif()
