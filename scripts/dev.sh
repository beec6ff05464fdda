#!/usr/bin/env bash
# Konnect Desk: one entry point for a fresh Debian 12 machine (root, or a user with sudo).
#   scripts/dev.sh run    install what is missing, build, start the app on the demo organisation
#   scripts/dev.sh test   install what is missing, build with warnings as errors, run clang-tidy
#                         (.clang-tidy, findings are errors), fuzz each parser for a few
#                         seconds, run every test
# Both are idempotent: packages are installed only when missing and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    g++ cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev qt6-qpa-plugins
    qt6-charts-dev qt6-httpserver-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qtkeychain-qt6-dev qcoro-qt6-dev
    libssl-dev libgl1-mesa-dev fonts-dejavu-core libyaml-dev
    xvfb xauth dbus gnome-keyring curl
    clang libclang-rt-14-dev clang-tidy
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

ensure_test_tools() {
    # Prism (pinned, see tests/tools/README.md) for the contract tests against Kong's specs.
    local stamp=tests/tools/node_modules/.package-lock.json
    if [ ! -x tests/tools/node_modules/.bin/prism ] || [ tests/tools/package-lock.json -nt "$stamp" ]; then
        (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

build() {
    local preset=$1
    shift
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset"
    fi
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}

# The unit, model and simulator tests, also run under AddressSanitizer and
# UndefinedBehaviorSanitizer (the `dev` preset); the GUI tests and the minute-long telemetry
# test run in the `ci` build only, to keep CI well inside its time.
SANITIZED_TESTS=(
    tst_endpointtemplate tst_client tst_hostile tst_budget tst_decoders
    tst_profile tst_actions tst_sync tst_faults tst_snapshot
    tst_navigatormodel tst_controlplanemodel tst_activitymodel tst_fleettreemodel tst_pluginmodel
    tst_networkmodel tst_fleetfilterproxy
    tst_sim_api tst_sim_http tst_sim_defaults tst_sim_gateways tst_sim_requests
)

cmd=${1:-}
shift || true
case "$cmd" in
run)
    ensure_packages
    build release
    exec build/release/app/konnect-desk --demo "$@"
    ;;
test)
    ensure_packages
    ensure_test_tools
    build ci
    cmake --build --preset ci --target format-check
    # clang-tidy after the build (the code includes its moc output); about a minute of CPU
    # per layer, see cmake/KonnectDeskTidy.cmake.
    SECONDS=0
    cmake --build --preset ci --target tidy
    echo "clang-tidy took ${SECONDS} s"
    build dev "${SANITIZED_TESTS[@]}"
    KD_SANITIZED="^($(IFS='|'; echo "${SANITIZED_TESTS[*]}"))\$"
    export KD_SANITIZED
    # Every libFuzzer target briefly (fuzz preset): the simulator's answers, fixed crashes.
    scripts/fuzz.sh 8
    # The keychain tests use the real Secret Service: a private D-Bus session with an
    # unlocked gnome-keyring, as on a desktop.
    exec dbus-run-session -- sh -c \
        'echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
         ctest --preset ci -j2 "$@" || exit 1
         echo "== the same unit, model and simulator tests under ASan + UBSan (dev preset)"
         exec ctest --preset dev -j2 -R "$KD_SANITIZED"' \
        ctest "$@"
    ;;
*)
    echo "usage: scripts/dev.sh run|test [arguments]" >&2
    exit 2
    ;;
esac
