#!/usr/bin/env bash
# Fetches axe-core (the accessibility rules the browser tests run in each public page) from the
# npm registry with the machine's npm, once per build dir; it is never committed.
# Usage: fetch-axe.sh <npm-package@version> <work-dir>   → <work-dir>/package/axe.min.js
set -euo pipefail
package="$1"; work="$2"
if ! command -v npm >/dev/null 2>&1; then
    echo "npm is needed to fetch $package for the accessibility checks of the browser tests" >&2
    exit 1
fi
mkdir -p "$work"
if [ ! -f "$work/package/axe.min.js" ]; then
    ( cd "$work" && rm -rf package ./*.tgz && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz && rm -f ./*.tgz )
fi
test -f "$work/package/axe.min.js"
