#!/usr/bin/env bash
# Fetches the PDF font package from the npm registry (once; it is cached in the work dir) and
# copies the regular and bold TrueType files and the font licence into the resource dir.
# Usage: fetch-font.sh <npm-package@version> <work-dir> <resource-dir>
set -euo pipefail
package="$1"; work="$2"; out="$3"
if ! command -v npm >/dev/null 2>&1; then
    echo "npm is needed to fetch the PDF font ($package): install Node.js and npm, or put a glyf TrueType CJK font at -Donestop.pdf.font=/path/font.ttf at run time" >&2
    exit 1
fi
mkdir -p "$work" "$out"
if [ ! -f "$work/package/package.json" ]; then
    ( cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz && rm -f ./*.tgz )
fi
cp "$work/package/400Regular/NotoSansTC_400Regular.ttf" "$out/NotoSansTC-Regular.ttf"
cp "$work/package/700Bold/NotoSansTC_700Bold.ttf" "$out/NotoSansTC-Bold.ttf"
cp "$work/package/LICENSE_FONT" "$out/NotoSansTC-OFL.txt"
# Noto Sans TC has no glyphs for most simplified forms (办 书 证 许 …: 964 of the 3755 GB 2312
# level-1 characters); Noto Sans SC (same source and licence) covers all of GB 2312 and Big5.
sc_package="${package/noto-sans-tc/noto-sans-sc}"
mkdir -p "$work/sc"
if [ ! -f "$work/sc/package/package.json" ]; then
    ( cd "$work/sc" && npm pack --silent "$sc_package" >/dev/null && tar xzf ./*.tgz && rm -f ./*.tgz )
fi
cp "$work/sc/package/400Regular/NotoSansSC_400Regular.ttf" "$out/NotoSansSC-Regular.ttf"
cp "$work/sc/package/700Bold/NotoSansSC_700Bold.ttf" "$out/NotoSansSC-Bold.ttf"
cp "$work/sc/package/LICENSE_FONT" "$out/NotoSansSC-OFL.txt"
