// Remembers the resident's wijk in this browser only (localStorage): no cookie, nothing sent to the server. The start
// page works without this script, as the wijk travels in the address (/?wijk=WK019322).
(function () {
  'use strict';
  var KEY = 'omkijken.wijk';
  var form = document.getElementById('wijk-form');
  if (!form) {
    return;
  }
  var select = form.elements.wijk;
  var remembered = form.querySelector('.omk-nearby__remembered');
  var forget = document.getElementById('vergeet-wijk');
  var status = document.getElementById('wijk-status');

  // Private windows and strict settings may refuse storage; the page then simply forgets.
  function read() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (e) {
      return null;
    }
  }

  function write(code) {
    try {
      if (code) {
        window.localStorage.setItem(KEY, code);
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      // Nothing to do: without storage there is nothing to remember or forget.
    }
  }

  // Only a wijk the page offers counts, so an old or altered value cannot send anyone astray.
  function offered(code) {
    return Array.prototype.some.call(select.options, function (option) {
      return option.value !== '' && option.value === code;
    });
  }

  var code = read();
  var parameters = new URLSearchParams(window.location.search);
  if (offered(code) && !parameters.has('wijk')) {
    select.value = code;
    parameters.set('wijk', code);
    // Replace rather than add, so that Back leaves the start page instead of landing here again.
    window.location.replace(window.location.pathname + '?' + parameters.toString());
    return;
  }

  remembered.hidden = !offered(code);
  form.addEventListener('submit', function () {
    if (select.value) {
      write(select.value);
    }
  });
  forget.addEventListener('click', function () {
    write(null);
    remembered.hidden = true;
    status.textContent = status.dataset.forgotten;
    select.focus();
  });
  // Tells that the script ran and what it found, as map.js does with data-loaded; the browser tests wait on it.
  form.dataset.remembered = offered(code) ? code : '';
})();
