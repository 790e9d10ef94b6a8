#!/usr/bin/env bash
# Installs what briefing needs on a fresh machine, and nothing when it is already there:
# the locked npm packages (npm ci) and a system Chromium to print with.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm ci again whenever package-lock.json changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "briefing: installing npm packages (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

have_browser() {
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ] && return 0
  for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$b" ] && return 0
  done
  return 1
}

# pdftoppm (poppler-utils) renders pages to images for the visual test and for looking at a brief.
if ! have_browser || ! command -v pdftoppm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "briefing: installing Chromium and poppler-utils (apt-get)…" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  elif have_browser; then
    echo "briefing: pdftoppm not found: the visual test needs poppler-utils (sudo apt-get install -y poppler-utils)" >&2
  else
    echo "briefing: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium)" >&2
    echo "          or point PUPPETEER_EXECUTABLE_PATH at a Chrome or Chromium binary." >&2
    exit 1
  fi
fi

# The CLI starts from transpiled JavaScript when dist/ is current (bin/briefing.js checks).
node scripts/build.mjs
