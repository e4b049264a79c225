#!/usr/bin/env bash
# Prints a working Python interpreter for the virtual environment: 3.13 (Lambda's
# runtime) if there is one, else 3.12. pyenv shims for versions that are installed
# but not selected fail when run, so each candidate is tried, not just looked up.
set -u
candidates=(python3.13)
if command -v pyenv >/dev/null 2>&1; then
  root="$(pyenv root)"
  candidates+=("$root"/versions/3.13*/bin/python3.13)
fi
candidates+=(python3.12)
if command -v pyenv >/dev/null 2>&1; then
  candidates+=("$(pyenv root)"/versions/3.12*/bin/python3.12)
fi
candidates+=(python3)
for py in "${candidates[@]}"; do
  if "$py" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
    command -v "$py"
    exit 0
  fi
done
echo "no Python 3.12+ found (Lambda runs 3.13; install python3.13)" >&2
exit 1
