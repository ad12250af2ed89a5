# Finds every third-party package; a missing one stops configuration naming the Debian package
# that provides it (scripts/install-deps.sh installs them all).

macro(vlmwb_require found what debian_package)
  if(NOT ${found})
    message(FATAL_ERROR "${what} was not found. On Debian 12 install it with:\n"
                        "  apt-get install ${debian_package}\n"
                        "or run scripts/install-deps.sh, which installs everything VLM Workbench needs.")
  endif()
endmacro()

# LibTorch: Debian's libtorch-dev by default; any other (a CUDA build of LibTorch 2.x) with -DTorch_DIR=...
find_package(Torch QUIET)
vlmwb_require(Torch_FOUND "LibTorch (TorchConfig.cmake)" "libtorch-dev libopenblas0-pthread")

if(NOT VLMWB_INFERENCE_ONLY)
  find_package(Qt6 QUIET COMPONENTS Core Gui Widgets Sql Test Svg Concurrent)
  vlmwb_require(Qt6_FOUND "Qt 6 (Core, Gui, Widgets, Sql, Test, Svg, Concurrent)"
                "qt6-base-dev qt6-svg-dev libqt6sql6-sqlite")
  # QCustomPlotQt6's config looks for Qt6::PrintSupport, so it must be found first.
  find_package(Qt6 QUIET COMPONENTS PrintSupport)
  vlmwb_require(Qt6PrintSupport_FOUND "Qt 6 PrintSupport" "qt6-base-dev")
  find_package(Qt6 QUIET COMPONENTS LinguistTools)
  vlmwb_require(Qt6LinguistTools_FOUND "Qt 6 Linguist tools (lupdate, lrelease)" "qt6-tools-dev qt6-l10n-tools")
  find_package(QCustomPlotQt6 QUIET)
  vlmwb_require(QCustomPlotQt6_FOUND "QCustomPlot for Qt 6" "libqcustomplot-dev")
  find_package(OpenCV QUIET COMPONENTS core imgproc imgcodecs)
  vlmwb_require(OpenCV_FOUND "OpenCV (core, imgproc, imgcodecs)" "libopencv-dev")
  find_package(PkgConfig QUIET)
  vlmwb_require(PKG_CONFIG_FOUND "pkg-config" "pkg-config")
  pkg_check_modules(POPPLER_QT6 QUIET IMPORTED_TARGET poppler-qt6)
  vlmwb_require(POPPLER_QT6_FOUND "poppler-qt6" "libpoppler-qt6-dev")
  # The JPEG loader asks libjpeg itself whether the data is corrupt (OpenCV hides its warnings).
  find_package(JPEG QUIET)
  vlmwb_require(JPEG_FOUND "libjpeg" "libjpeg-dev")
  qt_standard_project_setup()
endif()

find_package(nlohmann_json 3 QUIET)
vlmwb_require(nlohmann_json_FOUND "nlohmann-json (JSON for the model files)" "nlohmann-json3-dev")
