# `cpack -G DEB` in a release build folder makes konnect-desk_<version>_<arch>.deb: the
# binary, its desktop entry, icon, AppStream metainfo and man page (translations are compiled
# into the binary). Dependencies are computed by dpkg-shlibdeps. scripts/package.sh builds it
# and tries it in a clean Debian 12 root.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/dev.konnect_desk.KonnectDesk.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
set(kd_man_page ${CMAKE_BINARY_DIR}/konnect-desk.1.gz)
add_custom_command(OUTPUT ${kd_man_page}
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/konnect-desk.1 > ${kd_man_page}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/konnect-desk.1
    VERBATIM)
add_custom_target(kd_man_page ALL DEPENDS ${kd_man_page})
install(FILES ${kd_man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME konnect-desk)
set(CPACK_PACKAGE_VENDOR "Konnect Desk developers")
set(CPACK_PACKAGE_CONTACT "Konnect Desk developers <team@konnect-desk.dev>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Administration of Kong Konnect Dedicated Cloud Gateways and managed caches")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop tool for platform engineers who run Kong Konnect Dedicated Cloud Gateways on AWS, Azure and Google Cloud with Konnect-managed Redis caches: control planes, data-plane groups, networks, managed caches, Redis partials and plugins, a topology map and live telemetry.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://konnect-desk.dev")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins dpkg-shlibdeps cannot see: the snapshot's SQLite driver and the window-system
# integration. The Secret Service (keychain) is reached over D-Bus: a desktop has one.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_STRIP_FILES ON)
include(CPack)
