#!/usr/bin/env bash
# Sets up a Debian 12 machine for Pipeline Studio, builds it, and then either starts the
# application with a bundled example open (`run`), runs the whole test suite (`test`), or
# builds the Debian package into the build directory (`package`; `package --check` also
# installs it into a clean Debian 12 root and starts it there).
# `test --sanitize` builds with AddressSanitizer and UndefinedBehaviorSanitizer into
# build-sanitize/ and runs the whole suite there; `fuzz [SECONDS]` builds the libFuzzer
# targets with clang into build-fuzz/ and runs each for SECONDS (default 60).
# Installs only what is missing; safe to run again. Works as root or through sudo.
set -euo pipefail
mode=${1:-}
usage="usage: $0 run | test [--sanitize] | build | package [--check] | fuzz [SECONDS]"
case "$mode" in run|test|build|package|fuzz) ;; *) echo "$usage" >&2; exit 2 ;; esac
sanitize=0
check=""
fuzz_seconds=60
if [ "$mode" = test ] && [ "${2:-}" = --sanitize ]; then
    sanitize=1
elif [ "$mode" = package ] && [ "${2:-}" = --check ]; then
    check=--check
elif [ "$mode" = fuzz ] && [ -n "${2:-}" ]; then
    case "$2" in *[!0-9]*) echo "$usage" >&2; exit 2 ;; esac
    fuzz_seconds=$2
elif [ -n "${2:-}" ]; then
    echo "$usage" >&2; exit 2
fi
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libyaml-cpp-dev nlohmann-json3-dev libcurl4-openssl-dev libspdlog-dev libgraphviz-dev qtkeychain-qt6-dev
    fonts-dejavu-core
)
if [ "$mode" = package ]; then
    # cpack's DEB generator (dpkg-shlibdeps, file), man pages from --help, and the checks.
    packages+=(dpkg-dev file help2man lintian appstream desktop-file-utils)
    [ "$check" = --check ] && packages+=(debootstrap)
fi
if [ "$mode" = test ]; then
    # Tests validate output with Python and smoke-test the real window under Xvfb; the
    # Prometheus tests start a real Prometheus, node exporter and Alertmanager, the
    # credential tests a private D-Bus session with GNOME Keyring.
    packages+=(python3 python3-yaml python3-jsonschema xvfb xauth
               prometheus prometheus-node-exporter prometheus-alertmanager openssl dbus gnome-keyring)
fi
if [ "$mode" = fuzz ]; then
    # libFuzzer comes with clang's runtime libraries.
    packages+=(clang libclang-rt-14-dev python3)
fi
if [ "$mode" = run ] || [ "$mode" = test ]; then
    # The local engine: its sandbox, and the Python the bundled examples run with; the
    # user-level Prometheus and node exporter the application starts for its charts.
    packages+=(bubblewrap python3 python3-sklearn python3-pandas prometheus prometheus-node-exporter)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = fuzz ]; then
    exec bash packaging/fuzz.sh "$fuzz_seconds"
fi

build=${PS_BUILD_DIR:-build}
sanitize_flags=()
if [ "$sanitize" = 1 ]; then
    # -O1 keeps the instrumented build and its run short; frames stay readable.
    build=${PS_BUILD_DIR:-build-sanitize}
    sanitize_flags=(-DPS_SANITIZE=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g")
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=0}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/packaging/sanitizer/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPS_WERROR=ON -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
    "${sanitize_flags[@]}" >/dev/null
if [ "$mode" = package ]; then
    # Only what goes into the package (not the test runners).
    cmake --build "$build" --parallel "$(nproc)" --target pipeline-studio pstudio ps_icons ps_man_pages ps_changelog
else
    cmake --build "$build" --parallel "$(nproc)"
fi

case "$mode" in
run)
    exec "$build/app/pipeline-studio" --example iris-two-models
    ;;
test)
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
    ;;
package)
    (cd "$build" && rm -f pipeline-studio_*.deb && cpack -G DEB >/dev/null)
    deb=$(ls "$build"/pipeline-studio_*.deb)
    echo "built $deb ($(du -h "$deb" | cut -f1))"
    appstreamcli validate --no-net packaging/io.pipelinestudio.PipelineStudio.metainfo.xml
    desktop-file-validate packaging/io.pipelinestudio.PipelineStudio.desktop
    # Errors fail the build; warnings are printed for people to read.
    lintian --fail-on error "$deb"
    if [ "$check" = --check ]; then
        bash packaging/check-package.sh "$deb" "$build/package-check"
    fi
    ;;
esac
