#!/usr/bin/env bash
# Portal: the size of the JavaScript the portal loads first (target: under 200 KB gzipped), and
# Lighthouse's scores on mobile settings for the home, services, a service and an idea page
# (targets: performance >= 90; accessibility 100 and best practices >= 95, issue 10), measured on the
# packaged application (which serves the portal) against the small scale's database.
# Needs: the packaged jar built with the portal (./mvnw -B package -DskipTests -DskipE2e),
# bench/generate.sh small, Chromium at /usr/bin/chromium, npm ci in frontend/.
# Usage: bench/portal.sh [scale]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE=${1:-small}
trap 'stop_app' EXIT
require_database "$SCALE"
cd "$BENCH_ROOT/frontend"
npm run -s size
start_app "coproduce_$SCALE"
BASE_URL="http://localhost:$APP_PORT" npm run -s lighthouse
