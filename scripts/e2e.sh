#!/usr/bin/env bash
# npm run test:e2e — Playwright in Chromium against a production build on a fresh
# embedded database (see playwright.config.ts). Extra arguments go to `playwright test`.
#
# Browser: Debian's /usr/bin/chromium when present; when it is missing and we are root on
# Debian, install it (`apt-get install chromium`, ~40 s); elsewhere Playwright's own browser
# (which Playwright never downloads by itself: `npx playwright install chromium`).
set -euo pipefail
cd "$(dirname "$0")/.."

# ASSAY_CHROMIUM_PATH: another system Chromium (e.g. /usr/bin/chromium-browser), used as is.
chromium="${ASSAY_CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -z "${ASSAY_CHROMIUM_PATH:-}" && ! -x "$chromium" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "e2e: $chromium is missing: installing Debian's chromium package…"
    export DEBIAN_FRONTEND=noninteractive
    # Wait for a dpkg lock held by another apt run instead of failing at once.
    apt-get -o DPkg::Lock::Timeout=120 update -qq
    apt-get -o DPkg::Lock::Timeout=120 install -y -qq chromium >/dev/null
    echo "e2e: installed $("$chromium" --version 2>/dev/null || echo chromium)"
  else
    echo "e2e: $chromium not found (and not root on Debian): using Playwright's own Chromium."
    echo "     If it is not installed yet: npx playwright install chromium"
  fi
fi

# A fresh data directory and a free port for the server of this run; the config reads them.
ASSAY_E2E_DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/assay-e2e.XXXXXX")"
export ASSAY_E2E_DATA_DIR
trap 'rm -rf "$ASSAY_E2E_DATA_DIR"' EXIT
ASSAY_E2E_PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
export ASSAY_E2E_PORT

export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
node_modules/.bin/playwright test "$@"
