# The CI ThreadSanitizer stage within its time budget (docs/security-testing.md). With
# PC_SANITIZE_THREAD=ON and PC_TSAN_PREBUILT=<an ordinary build of this tree with the same compiler>,
# the tests labelled tsan link that build's uninstrumented pc_* archives and only the code that owns
# or crosses the threads (PC_TSAN_SOURCES) is compiled here, instrumented. pc_add_test lists its objects
# as sources of each tsan test, so they come first on the link line and the archives' copies of those
# files are never pulled in. Races between two uninstrumented files are not seen in this mode; the
# full tsan preset (no PC_TSAN_PREBUILT) instruments everything.
set(PC_TSAN_PREBUILT "" CACHE PATH "Build dir whose pc_* libraries the tsan tests link (TSan CI stage)")
if(NOT PC_SANITIZE_THREAD OR NOT PC_TSAN_PREBUILT)
  return()
endif()
foreach(_lib services forms drivers db domain)
  if(NOT EXISTS ${PC_TSAN_PREBUILT}/lib/libpc_${_lib}.a)
    message(FATAL_ERROR "PC_TSAN_PREBUILT: ${PC_TSAN_PREBUILT}/lib/libpc_${_lib}.a is missing; build that tree first")
  endif()
endforeach()

set(PC_TSAN_SOURCES
  db/TransactionRunner.cpp
  drivers/usb/DeviceManager.cpp drivers/usb/UsbContext.cpp drivers/usb/UsbInterruptReader.cpp
  drivers/scale/SerialScale.cpp drivers/scanner/SerialScanner.cpp
  drivers/payment/TcpPaymentTerminal.cpp drivers/sim/SimulatedPaymentTerminal.cpp
  drivers/printer/SimulatedPrinter.cpp
  workstation/services/acceptance/CardTerminal.cpp
  workstation/services/printing/PrintQueueService.cpp
  workstation/services/sync/SyncThread.cpp workstation/services/sync/OutboxDrainer.cpp)
list(TRANSFORM PC_TSAN_SOURCES PREPEND ${PROJECT_SOURCE_DIR}/)
add_library(pc_tsan_threads OBJECT EXCLUDE_FROM_ALL ${PC_TSAN_SOURCES})
# The headers' moc code is in the prebuilt archives; none of these files includes its own .moc.
set_target_properties(pc_tsan_threads PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
target_include_directories(pc_tsan_threads PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/workstation)
target_link_libraries(pc_tsan_threads PUBLIC pc_build_flags Qt6::Core Qt6::Gui Qt6::Sql Qt6::Network
                                             Qt6::SerialPort PkgConfig::LIBUSB)

# What the pc_* archives need from outside (their PUBLIC and PRIVATE link libraries).
find_package(PkgConfig REQUIRED)
pkg_check_modules(PC_TSAN_SODIUM REQUIRED IMPORTED_TARGET libsodium)
add_library(pc_tsan_prebuilt INTERFACE)
set(_archives)
foreach(_lib services forms drivers db domain)
  list(APPEND _archives ${PC_TSAN_PREBUILT}/lib/libpc_${_lib}.a)
endforeach()
# The libraries' embedded resources (migrations, tariffs, demo data) are object files of their own.
file(GLOB_RECURSE _resources ${PC_TSAN_PREBUILT}/qrc_*.cpp.o)
list(FILTER _resources INCLUDE REGEX "/CMakeFiles/pc_(services|forms|drivers|db|domain)_resources_[0-9]+\\.dir/")
# Build trees nested in it (build/asan, build/tsan, build/fuzz of the presets) are not part of it.
file(GLOB _nested ${PC_TSAN_PREBUILT}/*/CMakeCache.txt)
foreach(_cache IN LISTS _nested)
  get_filename_component(_dir ${_cache} DIRECTORY)
  list(FILTER _resources EXCLUDE REGEX "^${_dir}/")
endforeach()
target_link_libraries(pc_tsan_prebuilt INTERFACE pc_tsan_threads ${_resources} "-Wl,--start-group" ${_archives}
                      "-Wl,--end-group" Qt6::Core Qt6::Gui Qt6::Sql Qt6::Network Qt6::SerialPort
                      Qt6::PrintSupport PkgConfig::LIBUSB PkgConfig::PC_TSAN_SODIUM ZXing::ZXing Cups::Cups)
