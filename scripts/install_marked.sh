#!/usr/bin/env bash
# Installs the desktop client's Markdown renderer into .tools/marked, for the tests
# that judge our answers by it: marked 12.0.1 (the version the client's lock file
# pins) and parse5 (a spec-compliant HTML5 parser) from the npm registry, with
# `npm ci` from the committed lock file (npm checks each tarball's sha512) and the
# sha256 of the files the tests load checked here again.
set -euo pipefail

DEST="${1:-.tools/marked}"
SRC="$(cd "$(dirname "$0")/marked" && pwd)"
MARKED_SHA256="5f71c9ebcabdf856e4d541aa491901627f9c10e689d3255107b53ceeb602a7a6"
PARSE5_SHA256="c803cd5c9cf59ba691704147f893af0bcbbfc1d0c13d80b40a0c6b0190d6d205"
ENTITIES_SHA256="da5c4857d419965b32a58c137e07267ec0170235cd7a903df8f4e8f778344dad"

verify() {
  echo "$MARKED_SHA256  $1/node_modules/marked/lib/marked.cjs
$PARSE5_SHA256  $1/node_modules/parse5/dist/cjs/index.js
$ENTITIES_SHA256  $1/node_modules/entities/lib/index.js" | sha256sum --check --status
}

if [ -d "$DEST/node_modules" ] && cmp -s "$SRC/package-lock.json" "$DEST/package-lock.json" \
  && verify "$DEST"; then
  exit 0
fi
command -v npm >/dev/null || { echo "marked: npm (Node.js) is required" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$SRC/package.json" "$SRC/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent)
verify "$work" || { echo "marked: checksum mismatch, refusing to install" >&2; exit 1; }
rm -rf "$DEST"
mkdir -p "$(dirname "$DEST")"
mv "$work" "$DEST"
trap - EXIT
node -e 'console.log("marked " + require(process.argv[1] + "/node_modules/marked/package.json").version)' "$(cd "$DEST" && pwd)"
