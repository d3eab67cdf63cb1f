#!/usr/bin/env bash
# Measures the CSV import: a generated 10,000-row file, checked (dry run) and then imported (commit), against the
# application started from the jar on a fresh embedded database. Prints offerings per second for each.
# Usage: bench/import.sh [rows]   (builds target/omkijken.jar first when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-10000}
PORT=18090
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
DATA=$(mktemp -d)
APP_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK" "$DATA"
}
trap cleanup EXIT

JAR=$(ls target/omkijken*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -q -DskipTests package
  JAR=$(ls target/omkijken*.jar | grep -v plain | head -1)
fi

# Deterministic rows: the same file on every run, with a comma inside a quoted description.
{
  printf '\xef\xbb\xbf'
  echo 'titel;samenvatting;beschrijving;soort;themas;doelgroepen;ambities;talen;gratis;prijs;uitleg_kosten;leeftijd_vanaf;leeftijd_tot;meedoen;contact_naam;contact_email;contact_telefoon'
  awk -v rows="$ROWS" 'BEGIN {
    split("ACTIVITY WALK_IN_HOUR MEETING_PLACE SUPPORT_SERVICE SCHEME VOLUNTEER_VACANCY", kinds, " ")
    split("ontmoeten taal digitaal samen-eten mantelzorg bewegen-en-gezond", themes, " ")
    split("iedereen ouderen jongeren nieuwkomers weinig-geld", groups, " ")
    split("WALK_IN SIGN_UP REFERRAL", joins, " ")
    for (i = 1; i <= rows; i++) {
      free = (i % 3 == 0) ? "nee" : "ja"; price = (i % 3 == 0) ? sprintf("%d,%02d", i % 20, i % 100) : ""
      printf "Bench aanbod %05d;Samenvatting van aanbod %d voor de meting.;\"Beschrijving %d, met een komma; en een puntkomma.\";%s;%s|taal;%s;MEANINGFUL_CONTACTS;nl|en;%s;%s;Uitleg %d;%d;%d;%s;Contact %d;bench%d@voorbeeld.nl;038 %07d\n",
        i, i, i, kinds[i % 6 + 1], themes[i % 6 + 1], groups[i % 5 + 1], free, price, i, i % 18, 18 + i % 80, joins[i % 3 + 1], i, i, i
    }
  }'
} > "$WORK/aanbod.csv"
echo "file: $ROWS rows, $(wc -c < "$WORK/aanbod.csv") bytes"

OMKIJKEN_DATABASE_EMBEDDED_DATA_DIRECTORY="$DATA" SERVER_PORT=$PORT java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "$BASE/actuator/health" > /dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
  sleep 1
done

JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/inloggen" | csrf)
curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/inloggen" \
  --data-urlencode "email=aanbieder@omkijken.test" --data-urlencode "password=Omkijken-demo-2026" \
  --data-urlencode "_csrf=$TOKEN"
PROVIDER_URL=$(curl -fs -o /dev/null -L -w '%{url_effective}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/aanbieder")
PROVIDER_ID=${PROVIDER_URL##*/}
echo "provider: $PROVIDER_ID"
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/aanbieder/$PROVIDER_ID/import" | csrf)

measure() {
  local action=$1 start end seconds
  start=$(date +%s.%N)
  curl -fs -o "$WORK/$action.html" -w '%{http_code} ' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    -F "file=@$WORK/aanbod.csv;type=text/csv" -F "action=$action" -F "_csrf=$TOKEN" \
    "$BASE/aanbieder/$PROVIDER_ID/import"
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc -l)
  printf '%s: %.2f s, %.0f offerings/s\n' "$action" "$seconds" "$(echo "$ROWS / $seconds" | bc -l)"
}
measure dryRun
grep -q "rijen zijn goed" "$WORK/dryRun.html" || { echo "dry run found problems"; grep -o '<td class="utrecht-table__cell">[^<]*</td>' "$WORK/dryRun.html" | head -9; exit 1; }
measure commit

# A file over the 5 MB limit (but under the upload limit) must end in the Dutch message, not an error page.
head -c 6000000 /dev/zero | tr '\0' 'x' > "$WORK/groot.csv"
STATUS=$(curl -s -o "$WORK/groot.html" -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  -F "file=@$WORK/groot.csv;type=text/csv" -F "action=dryRun" -F "_csrf=$TOKEN" "$BASE/aanbieder/$PROVIDER_ID/import")
echo "6 MB file: status $STATUS, Dutch message shown: $(grep -q 'Dit bestand is te groot' "$WORK/groot.html" && echo yes || echo no)"
