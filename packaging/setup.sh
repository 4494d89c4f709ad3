#!/usr/bin/env bash
# Sets up a Debian 12 machine for Pipeline Studio, builds it, and then either starts the
# application with a bundled example open (`run`) or runs the whole test suite (`test`).
# Installs only what is missing; safe to run again. Works as root or through sudo.
set -euo pipefail
mode=${1:-}
case "$mode" in run|test|build) ;; *) echo "usage: $0 run|test|build" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libyaml-cpp-dev nlohmann-json3-dev libcurl4-openssl-dev libspdlog-dev libgraphviz-dev qtkeychain-qt6-dev
    fonts-dejavu-core
)
if [ "$mode" = test ]; then
    # Tests validate output with Python and smoke-test the real window under Xvfb; the
    # Prometheus tests start a real Prometheus, node exporter and Alertmanager, the
    # credential tests a private D-Bus session with GNOME Keyring.
    packages+=(python3 python3-yaml python3-jsonschema xvfb xauth
               prometheus prometheus-node-exporter prometheus-alertmanager openssl dbus gnome-keyring)
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

build=${PS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPS_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build/app/pipeline-studio" --example iris-two-models
    ;;
test)
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
    ;;
esac
