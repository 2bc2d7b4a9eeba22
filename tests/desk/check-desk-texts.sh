#!/bin/sh
# The desk's translation file is current and complete: lupdate, run on a copy of
# sync/hub/i18n/desk_de.ts over the desk's sources, changes nothing (no text marked in the code is
# missing, none is left over), and no translation is unfinished.
#   check-desk-texts.sh LUPDATE SOURCE_DIR BUILD_DIR
set -eu
lupdate=$1
src=$2
work="$3/desk-texts-check"
mkdir -p "$work"
cp "$src/sync/hub/i18n/desk_de.ts" "$work/desk_de.ts"
"$lupdate" -silent -no-obsolete -locations none "$src/sync/hub/helpdeskpage.cpp" "$src/sync/hub/clearingdesk.cpp" \
    "$src/sync/hub/deskroutes.cpp" -ts "$work/desk_de.ts"
if ! cmp -s "$src/sync/hub/i18n/desk_de.ts" "$work/desk_de.ts"; then
    echo "sync/hub/i18n/desk_de.ts is not what lupdate makes of the desk's sources:"
    diff "$src/sync/hub/i18n/desk_de.ts" "$work/desk_de.ts" || true
    echo "run: cmake --build build --target update_translations, then translate in Linguist"
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$work/desk_de.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "desk_de.ts has $unfinished unfinished translation(s):"
    grep -B3 'type="unfinished"' "$work/desk_de.ts"
    exit 1
fi
echo "desk_de.ts: $(grep -c '<message>' "$work/desk_de.ts") texts, all translated"
