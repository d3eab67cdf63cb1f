// The map of the offer. The page works without this script: it lists the same places as text.
// A resident's own location, when asked for, is used here in the browser only and sent nowhere.
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || !window.L) {
    return;
  }
  element.hidden = false;
  var map = L.map(element, { scrollWheelZoom: false, maxZoom: 19 }).setView([52.5125, 6.0944], 12);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution }).addTo(map);
  }
  var markers = L.markerClusterGroup();
  // An offering's page links here with its address, so the map opens on that offering's place.
  var focus = element.dataset.focus;
  var focused = null;
  fetch(element.dataset.points, { credentials: 'omit' })
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      collection.features.forEach(function (feature) {
        var point = feature.geometry.coordinates;
        var marker = L.marker([point[1], point[0]], { title: feature.properties.title, alt: feature.properties.title });
        var link = document.createElement('a');
        link.href = feature.properties.url;
        link.textContent = feature.properties.title;
        marker.bindPopup(link);
        markers.addLayer(marker);
        if (focus && !focused && feature.properties.url.indexOf(focus) === 0) {
          focused = marker;
        }
      });
      map.addLayer(markers);
      if (focused) {
        markers.zoomToShowLayer(focused, function () { focused.openPopup(); });
      } else if (markers.getLayers().length > 0) {
        map.fitBounds(markers.getBounds(), { maxZoom: 15, padding: [20, 20] });
      }
      element.dataset.loaded = String(markers.getLayers().length);
    });
  var nearMe = document.getElementById('near-me');
  if (nearMe && navigator.geolocation) {
    nearMe.hidden = false;
    nearMe.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var here = [position.coords.latitude, position.coords.longitude];
        L.circleMarker(here, { radius: 8 }).addTo(map);
        map.setView(here, 15);
      });
    });
  }
})();
