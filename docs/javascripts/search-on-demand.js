// Loads the search index when the reader turns to search, not with every first page.
//
// Material requests search/search_index.json as soon as a page opens; at 50 questions it is
// about 60% of a first visit's bytes, and most visits never search. This script runs before
// Material's bundle and holds that one request (an XMLHttpRequest) until the reader points at,
// taps or focuses the search box, or uses its keyboard shortcut (which focuses the box), or
// opens a shared search link (?q=). Then the request goes out unchanged: the search box shows
// "Initializing search" for the moment it takes, as it does today on a slow connection.
// Every other request is left alone. Instant navigation keeps this page's scripts, so the
// index, once loaded, serves every later page.
"use strict";

(function () {
  const INDEX = "search/search_index.json";
  const held = [];
  const indexRequests = new WeakSet();
  let wanted = new URLSearchParams(location.search).has("q");

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(url, location.href).pathname.endsWith("/" + INDEX)) {
      indexRequests.add(this);
    }
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (!wanted && indexRequests.has(this)) {
      held.push(() => send.apply(this, body));
      return;
    }
    return send.apply(this, body);
  };

  function release() {
    wanted = true;
    for (const type of EVENTS) document.removeEventListener(type, onSearch, true);
    for (const go of held.splice(0)) go();
  }

  // The search form, its header button and overlay labels, and the toggle they check.
  const SEARCH = ".md-search, label[for='__search'], #__search";
  const EVENTS = ["pointerover", "pointerdown", "focusin", "change"];
  function onSearch(event) {
    if (event.target instanceof Element && event.target.closest(SEARCH)) release();
  }
  if (!wanted) {
    for (const type of EVENTS) document.addEventListener(type, onSearch, true);
  }
})();
