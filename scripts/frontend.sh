#!/usr/bin/env bash
# Installs the front-end packages from npm and copies what Regie serves into wwwroot/lib.
# wwwroot/lib is generated: change package.json, never the copied files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lib="$root/src/Regie.Web/wwwroot/lib"
stamp="$lib/.package-lock.sha"
want="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
cd "$root"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
rm -rf "$lib" && mkdir -p "$lib/utrecht" "$lib/htmx" "$lib/chartjs"
cp node_modules/@utrecht/component-library-css/dist/index.css "$lib/utrecht/component-library.css"
cp node_modules/@utrecht/design-tokens/dist/index.css "$lib/utrecht/design-tokens.css"
cp node_modules/htmx.org/dist/htmx.min.js "$lib/htmx/htmx.min.js"
cp node_modules/chart.js/dist/chart.umd.min.js "$lib/chartjs/chart.umd.min.js"
echo "$want" > "$stamp"
