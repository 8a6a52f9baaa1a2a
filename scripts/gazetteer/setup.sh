#!/usr/bin/env bash
# Installs what build.py reads: Debian data packages and pinned PyPI packages.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq iso-codes unicode-cldr-core wamerican
python3 -m pip install -q -r "$(dirname "$0")/requirements.txt"
