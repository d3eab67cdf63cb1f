#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Refreshes the vendored Leaflet and Leaflet.markercluster in src/main/resources/static/vendor/leaflet/ from the npm
# registry. The build never runs this script: the files are committed. Run it by hand after changing a version,
# review the diff, update PROVENANCE.md (versions and checksums) and commit.
set -euo pipefail

LEAFLET_VERSION="1.9.4"
CLUSTER_VERSION="1.5.3"
OUT="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/static/vendor/leaflet"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack "leaflet@$LEAFLET_VERSION" "leaflet.markercluster@$CLUSTER_VERSION" --silent >/dev/null
sha256sum ./*.tgz
mkdir leaflet cluster
tar xzf "leaflet-$LEAFLET_VERSION.tgz" -C leaflet --strip-components=1
tar xzf "leaflet.markercluster-$CLUSTER_VERSION.tgz" -C cluster --strip-components=1

mkdir -p "$OUT/images"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css "$OUT/"
cp leaflet/dist/images/*.png "$OUT/images/"
cp leaflet/LICENSE "$OUT/LICENSE-leaflet.txt"
cp cluster/dist/leaflet.markercluster.js cluster/dist/MarkerCluster.css cluster/dist/MarkerCluster.Default.css "$OUT/"
cp cluster/MIT-LICENCE.txt "$OUT/LICENSE-leaflet.markercluster.txt"
echo "Updated $OUT"
