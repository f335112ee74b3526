#!/usr/bin/env bash
# Installs Debian's chromium (and a font) for the sandbox page's browser tests.
# `make test` runs it when chromium is missing; the tests themselves install nothing.
# Playwright only drives this browser: no browser is ever downloaded.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here; install a chromium binary on the PATH yourself," \
       "or the browser tests of the sandbox page are skipped" >&2
  exit 0
fi
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-chromium: run as root (or install sudo) to apt-get install chromium" >&2
    exit 1
  fi
  run_as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
chromium --version
