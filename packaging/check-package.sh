#!/usr/bin/env bash
# Installs a built pipeline-studio .deb into a clean Debian 12 root (debootstrap into a
# folder; no container) and starts what a user would start: `pstudio validate` on a
# bundled example and `pipeline-studio --screenshot` from /usr/bin (the root has no display,
# so the application draws offscreen). Prints how long each step took.
#
#   packaging/check-package.sh DEB WORKDIR
#
# The debootstrapped base is kept as WORKDIR/bookworm-base.tar and unpacked afresh each time.
set -euo pipefail
deb=$(realpath "$1")
work=$(realpath -m "$2")
mkdir -p "$work"
base=$work/bookworm-base.tar
root=$work/root
mirror=${PS_DEBIAN_MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
mirror=${mirror:-http://deb.debian.org/debian}

step_start=0
step() { step_start=$(date +%s); echo "== $*"; }
took() { echo "   took $(( $(date +%s) - step_start )) s"; }

unmount() {
    for m in proc dev/pts dev; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m" || true
    done
}
trap unmount EXIT

if [ ! -f "$base" ]; then
    step "debootstrap bookworm (minbase) from $mirror"
    rm -rf "$work/base"
    debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; exit 1; }
    tar -C "$work/base" -cf "$base" .
    rm -rf "$work/base"
    took
fi

step "fresh root from the base"
unmount
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
took

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "apt-get install the package (its Depends only)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; exit 1; }
took

step "pstudio --version and validate on a bundled example"
in_root /usr/bin/pstudio --version
in_root /usr/bin/pstudio validate /usr/share/pipeline-studio/examples/iris-two-models.pstudio.yaml
took

step "pipeline-studio --help and --version without a display"
in_root /usr/bin/pipeline-studio --version
in_root /usr/bin/pipeline-studio --help | head -3
took

step "pipeline-studio --screenshot from /usr/bin"
rm -f "$root/tmp/shot.png"
in_root /usr/bin/pipeline-studio --screenshot /tmp/shot.png --example iris-two-models
head -c 8 "$root/tmp/shot.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || { echo "no PNG written"; exit 1; }
size=$(stat -c %s "$root/tmp/shot.png")
[ "$size" -gt 20000 ] || { echo "the screenshot is only $size bytes"; exit 1; }
cp "$root/tmp/shot.png" "$work/installed-screenshot.png"
echo "   $work/installed-screenshot.png: $size bytes"
took

step "installed files a desktop and a shell look for"
for f in /usr/share/applications/io.pipelinestudio.PipelineStudio.desktop \
         /usr/share/metainfo/io.pipelinestudio.PipelineStudio.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.pipelinestudio.PipelineStudio.svg \
         /usr/share/icons/hicolor/48x48/apps/io.pipelinestudio.PipelineStudio.png \
         /usr/share/man/man1/pipeline-studio.1.gz /usr/share/man/man1/pstudio.1.gz \
         /usr/share/bash-completion/completions/pstudio; do
    [ -e "$root$f" ] || { echo "missing $f"; exit 1; }
done
echo "   all present"
echo "package check passed"
