#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser download).
# Installs it when missing; needs root (as on the project's machines and CI).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "descenso: installing Chromium from Debian's packages for the browser tests…" >&2
if [ "$(id -u)" != 0 ]; then
  echo "descenso: /usr/bin/chromium is missing and this user cannot apt-get install it; run as root or install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version >&2
