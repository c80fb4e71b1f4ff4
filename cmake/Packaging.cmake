# install() rules and the Debian package (CPack DEB): `cpack -G DEB` in a build directory gives
# postcounter_<version>_<arch>.deb. What goes where:
#   /usr/bin                       postcounter, postcounter-cli, postcounter-sim-terminal
#   /usr/share/postcounter/tariffs the sample tariff (a template for `tariff import`; the programs carry
#                                  it, the migrations and the translations compiled in as Qt resources)
#   /etc/postcounter               postcounter.conf, a conffile (filled in by `postcounter-cli setup`)
#   /lib/udev/rules.d              device access for the postcounter group
#   /usr/share/applications, icons, man1, doc/postcounter
# Runtime libraries are found by dpkg-shlibdeps; Depends adds what no ELF file names (Qt plugins, fonts).
set(PC_INSTALLER_DIR ${PROJECT_SOURCE_DIR}/installer)
set(PC_MAINTAINER "PostCounter maintainers <postcounter@example.org>")

install(TARGETS postcounter postcounter-cli postcounter-sim-terminal RUNTIME DESTINATION bin)
file(GLOB _pc_tariffs ${PROJECT_SOURCE_DIR}/db/tariffs/*.json)
install(FILES ${_pc_tariffs} DESTINATION share/postcounter/tariffs)
install(FILES ${PC_INSTALLER_DIR}/etc/postcounter.conf DESTINATION /etc/postcounter)
install(FILES ${PC_INSTALLER_DIR}/udev/70-postcounter-devices.rules
              ${PC_INSTALLER_DIR}/udev/71-postcounter-printers.rules DESTINATION /lib/udev/rules.d)
install(FILES ${PC_INSTALLER_DIR}/desktop/postcounter.desktop DESTINATION share/applications)
install(FILES ${PC_INSTALLER_DIR}/icons/postcounter.svg DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${PC_INSTALLER_DIR}/debian/copyright DESTINATION share/doc/postcounter)

# Man pages and the changelog, compressed as Debian policy asks (gzip -9n: reproducible).
set(_pc_pkg ${CMAKE_BINARY_DIR}/packaging)
set(_pc_gz)
foreach(_page postcounter postcounter-cli postcounter-sim-terminal)
  configure_file(${PC_INSTALLER_DIR}/man/${_page}.1 ${_pc_pkg}/${_page}.1 @ONLY)
  list(APPEND _pc_gz ${_pc_pkg}/${_page}.1)
endforeach()
configure_file(${PC_INSTALLER_DIR}/debian/changelog.in ${_pc_pkg}/changelog @ONLY)
list(APPEND _pc_gz ${_pc_pkg}/changelog)
set(_pc_gz_out)
foreach(_f IN LISTS _pc_gz)
  add_custom_command(OUTPUT ${_f}.gz COMMAND gzip -9nf -k ${_f} DEPENDS ${_f} VERBATIM)
  list(APPEND _pc_gz_out ${_f}.gz)
endforeach()
# The guides straight from docs/ (no configure step, so editing them does not re-run CMake).
foreach(_doc admin-guide operator-guide)
  add_custom_command(OUTPUT ${_pc_pkg}/${_doc}.md.gz
                     COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh ${PROJECT_SOURCE_DIR}/docs/${_doc}.md
                             ${_pc_pkg}/${_doc}.md.gz
                     DEPENDS ${PROJECT_SOURCE_DIR}/docs/${_doc}.md VERBATIM)
  list(APPEND _pc_gz_out ${_pc_pkg}/${_doc}.md.gz)
endforeach()
add_custom_target(pc_package_files ALL DEPENDS ${_pc_gz_out})
foreach(_page postcounter postcounter-cli postcounter-sim-terminal)
  install(FILES ${_pc_pkg}/${_page}.1.gz DESTINATION share/man/man1)
endforeach()
install(FILES ${_pc_pkg}/changelog.gz ${_pc_pkg}/admin-guide.md.gz ${_pc_pkg}/operator-guide.md.gz
        DESTINATION share/doc/postcounter)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME postcounter)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PC_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "post-office counter workstation")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PC_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://postcounter.example.org/")
# CPack takes the synopsis from CPACK_PACKAGE_DESCRIPTION_SUMMARY, indents every line and writes
# empty lines as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PostCounter is the workstation at a post-office counter window: accept parcels
and letters (barcode, weight, price, label and receipt, payment), hand out
arrived items and close the cash shift. Every operation becomes a tracking
event synced to the postal network's tracking service.

This package holds the GUI (postcounter), its command-line twin
(postcounter-cli) and a simulated card terminal for checking the payment
settings. Scanners, scales and printers are reachable for the members of the
postcounter group.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins or files, invisible to dpkg-shlibdeps: the Qt SQLite driver, the fonts of the
# screens; addgroup/delgroup for the maintainer scripts.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core, adduser")
# PostgreSQL offices, the CUPS command-line tools admins use next to `printers list`, udev for devices.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, cups-client, udev")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PC_INSTALLER_DIR}/debian/postinst ${PC_INSTALLER_DIR}/debian/postrm
                                       ${PC_INSTALLER_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
