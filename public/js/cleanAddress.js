// The multipart upload forms carry their CSRF token in the action URL (the body is read after the
// token check). When the upload is refused, the page is shown at that URL: take the token out of
// the address bar so it is not bookmarked, shared or shown over a shoulder.
(function () {
  'use strict';
  if (!window.history || !window.history.replaceState || !window.URL) return;
  var url = new URL(window.location.href);
  if (!url.searchParams.has('_csrf')) return;
  url.searchParams.delete('_csrf');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
})();
