// The small map on an offering's page: one marker per place, close in. It is a picture with nothing to click or
// focus, so keyboard users pass it by; the addresses on the page are its text, and without this script they remain.
(function () {
  'use strict';
  var element = document.getElementById('offering-map');
  var places = document.querySelectorAll('.omk-place[data-latitude]');
  if (!element || !window.L || places.length === 0) {
    return;
  }
  element.hidden = false;
  var map = L.map(element, {
    keyboard: false,
    zoomControl: false,
    dragging: false,
    touchZoom: false,
    doubleClickZoom: false,
    scrollWheelZoom: false,
    boxZoom: false,
    maxZoom: 19
  });
  map.attributionControl.setPrefix(false);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution }).addTo(map);
  }
  var points = [];
  places.forEach(function (place) {
    var point = [Number(place.dataset.latitude), Number(place.dataset.longitude)];
    var name = place.querySelector('h3').textContent;
    L.marker(point, { keyboard: false, interactive: false, title: name, alt: name }).addTo(map);
    points.push(point);
  });
  map.fitBounds(points, { maxZoom: 16, padding: [30, 30] });
})();
