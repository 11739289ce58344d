#!/usr/bin/env bash
# Every test, on a fresh machine: the npm dependencies, the unit tests, a smoke run of the
# benchmark, then the extension inside a real VS Code (test/src/e2e/run.ts installs chromium,
# ripgrep, libkrb5-dev and code-server on first use). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package-lock.json ]; then npm ci; else npm install; fi
npm run test:unit
npm run bench:smoke
npm run test:e2e
