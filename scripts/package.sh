#!/usr/bin/env bash
# Build the Debian package, and with --try install it in a clean Debian 12 root and start it.
#   scripts/package.sh          build/release/konnect-desk_<version>_amd64.deb
#   scripts/package.sh --try    also: debootstrap a minimal bookworm root (kept in
#                               build/debian-root, about 2 minutes the first time), install
#                               the .deb there with apt (which pulls its dependencies) and
#                               run `konnect-desk --version` and `--help` inside it
# Needs root (or sudo) for the packages it installs and for the chroot.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

try=false
[ "${1:-}" = "--try" ] && try=true

# What packaging needs beyond the build: dpkg-shlibdeps, the validators, debootstrap.
need=()
for p in dpkg-dev desktop-file-utils appstream debootstrap; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# The build's own packages (as `scripts/dev.sh run` installs them), then the release build.
[ -f build/release/build.ninja ] || cmake --preset release
cmake --build --preset release
desktop-file-validate resources/konnect-desk.desktop
appstreamcli validate --no-net packaging/dev.konnect_desk.KonnectDesk.metainfo.xml
(cd build/release && cpack -G DEB)
deb=$(ls -t build/release/konnect-desk_*.deb | head -1)
echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p;/Recommends/p'
dpkg-deb --contents "$deb" | awk '{print $6}'

if $try; then
    root=build/debian-root
    if [ ! -x "$root/usr/bin/apt-get" ]; then
        as_root debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
    fi
    as_root cp "$deb" "$root/tmp/konnect-desk.deb"
    as_root chroot "$root" sh -c 'apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/konnect-desk.deb >/dev/null'
    echo "== in a clean Debian 12 root:"
    as_root chroot "$root" konnect-desk --version
    as_root chroot "$root" konnect-desk --help | head -3
    as_root chroot "$root" sh -c 'test -f /usr/share/applications/konnect-desk.desktop &&
        test -f /usr/share/icons/hicolor/scalable/apps/konnect-desk.svg &&
        test -f /usr/share/metainfo/dev.konnect_desk.KonnectDesk.metainfo.xml &&
        test -f /usr/share/man/man1/konnect-desk.1.gz && echo "desktop entry, icon, metainfo and man page installed"'
fi
