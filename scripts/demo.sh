#!/usr/bin/env bash
# The example bundle in a real VS Code (code-server) with the packaged extension: installs what it
# needs on first use, prints the address to open in a browser, stops on Ctrl-C.
# PORT=8080 bash scripts/demo.sh picks the port (default: a free one); it listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  if [ -f package-lock.json ]; then npm ci; else npm install; fi
fi
npm run compile
exec node test/out/e2e/demo.js
