// Leaving a theme page never drops what was typed. Other links on the page and other forms wait until
// pending answers are saved; if that fails the user stays, with the reason in the status line. Closing
// the tab, going back or typing an address: the browser asks first, and what is waiting is sent with
// keepalive. The pager, 'Opslaan' and, on an editable page, the header (menu, site name, account,
// Uitloggen) are buttons of the form itself: their post saves everything, then the server goes on.
(function () {
  'use strict';
  var autosave = window.amAutosave;
  var form = document.querySelector('form.questionnaire-form[data-autosave]');
  if (!autosave || !form) return;
  var leaving = false;

  function leaveAfterSave(go) {
    // When something is refused the status line (a live region) says which question and why.
    autosave.flush().then(function (ok) { if (ok) { leaving = true; go(); } });
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (a.target || a.hasAttribute('download') || a.getAttribute('href').charAt(0) === '#') return;
    if (!autosave.pending()) return;
    e.preventDefault();
    leaveAfterSave(function () { window.location.href = a.href; });
  });

  document.addEventListener('submit', function (e) {
    var other = e.target;
    if (other === form || !autosave.pending()) return;
    e.preventDefault();
    leaveAfterSave(function () { other.submit(); });
  }, true);

  // A submit of the questionnaire form itself carries every field: no warning then.
  form.addEventListener('submit', function () { leaving = true; });

  window.addEventListener('beforeunload', function (e) {
    if (leaving || !autosave.pending()) return;
    e.preventDefault();
    e.returnValue = '';
  });

  window.addEventListener('pagehide', function () { autosave.flushOnExit(); });
})();
