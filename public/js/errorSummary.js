// After a form comes back with errors, move the focus to the error summary, so screen-reader
// and keyboard users hear at once what went wrong and can follow its links to the fields.
(function () {
  'use strict';
  var summary = document.querySelector('.error-summary[tabindex]');
  if (summary) summary.focus();
  // A link to a field inside a closed <details> (the optional explanation) opens it first.
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('.error-summary a[href^="#"]');
    if (!link) return;
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    var details = target.closest('details');
    if (details) details.open = true;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });
})();
