#!/usr/bin/env bash
# Refreshes translations/*.ts from every layer's tr() strings (obsolete entries dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate  # /usr/bin/lupdate is qtchooser, which may pick Qt 5
for ts in translations/*.ts; do
  "$lupdate" -I . -I app -locations relative -no-obsolete app core widgets -ts "$ts"
done
