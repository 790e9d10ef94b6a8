#!/usr/bin/env bash
# One command on a fresh machine: install everything, then print the example briefing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
node bin/briefing.js build briefings/raqqa "$@"
