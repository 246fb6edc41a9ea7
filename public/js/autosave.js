// Saves answers through the JSON API while the user works, field by field, each against the value the
// page showed for it (the hidden 'bases'), so a colleague's answer is never overwritten by a stale copy.
// Numbers go as typed ('12,5', '€ 1.200'): the server reads them as the form does. Without this script
// the plain form posts work. Exposes window.amAutosave for leavePage.js.
(function () {
  'use strict';
  var form = document.querySelector('form.questionnaire-form[data-autosave]');
  if (!form) return;
  var url = form.getAttribute('data-autosave');
  var versionInput = form.querySelector('input[name="version"]');
  var basesInput = form.querySelector('input[name="bases"]');
  var status = form.querySelector('.autosave-status');
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var dirty = {};      // field -> value not yet sent
  var refused = {};    // field -> true: sent, refused (invalid or conflict), still only on the page
  var timer = null;
  var inFlight = null; // the running save's promise
  var retryDelay = 2000;
  var skip = { _csrf: 1, version: 1, bases: 1, actie: 1, conflicten: 1 };

  function bases() { try { return JSON.parse(basesInput.value) || {}; } catch (e) { return {}; } }

  function valueOf(el) {
    var els = form.querySelectorAll('[name="' + CSS.escape(el.name) + '"]');
    var chosen = [];
    els.forEach(function (e) { if (e.checked) chosen.push(e.value); });
    if (el.type === 'checkbox') return chosen;
    if (el.type === 'radio') return chosen[0] ? chosen[0] : null;
    return el.value.trim() === '' ? null : el.value;
  }

  function say(text, isError) {
    if (!status) return;
    status.textContent = text;
    // A class, not an inline style: the Content-Security-Policy allows no inline styles.
    status.classList.toggle('autosave-status--error', Boolean(isError));
  }

  // 'Vraag 8' for a field id, from the question's section.
  function questionLabel(name) {
    var el = form.querySelector('[name="' + CSS.escape(name) + '"]');
    var section = el && el.closest('section.question');
    var n = section ? section.getAttribute('data-number') : '';
    return 'Vraag ' + n + (/\.toelichting$/.test(name) ? ' (toelichting)' : /\.anders$/.test(name) ? ' (namelijk)' : '');
  }

  function now() { return new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }); }

  function send(keepalive) {
    var answers = dirty;
    var names = Object.keys(answers);
    if (names.length === 0) return Promise.resolve(true);
    dirty = {};
    var all = bases();
    var sentBases = {};
    names.forEach(function (n) { if (n in all) sentBases[n] = all[n]; });
    say('Bezig met opslaan…');
    return fetch(url, {
      method: 'PUT', credentials: 'same-origin', keepalive: Boolean(keepalive),
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Accept: 'application/json' },
      body: JSON.stringify({ version: Number(versionInput.value), bases: sentBases, answers: answers })
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) { return handle(res.status, body, answers); });
    }, function () {
      requeue(answers);
      say('Niet opgeslagen: geen verbinding. Uw antwoorden staan nog op de pagina; we proberen het zo opnieuw.', true);
      return false;
    });
  }

  function handle(code, body, answers) {
    var saved = code === 200 || ((code === 409 || code === 422) && body.answers);
    if (!saved) {
      if (code === 401) { say('U bent uitgelogd. Klik op \'Opslaan\' om uw antwoorden te bewaren; u logt dan opnieuw in.', true); requeue(answers, false); return false; }
      // Busy database (503), other server trouble, or a lock: try again later, unless changed since.
      requeue(answers, code >= 500);
      say((body && body.error ? body.error + ' ' : '') + (code >= 500 ? 'We proberen het zo opnieuw.' : 'Klik op \'Opslaan\' om uw antwoorden te bewaren.'), true);
      return false;
    }
    retryDelay = 2000;
    versionInput.value = body.version;
    var errors = body.errors || {};
    var conflicts = {};
    (body.conflicts || []).forEach(function (c) { conflicts[c.field] = true; });
    var all = bases();
    // What the server now holds becomes the base of every field it accepted (and of fields it cleared).
    Object.keys(answers).concat(body.changed || []).forEach(function (n) {
      if (errors[n] || conflicts[n]) { refused[n] = true; return; }
      delete refused[n];
      all[n] = n in body.answers ? body.answers[n] : null;
    });
    basesInput.value = JSON.stringify(all);
    var lines = Object.keys(errors).map(function (n) { return questionLabel(n) + ' niet opgeslagen: ' + errors[n]; });
    Object.keys(conflicts).forEach(function (n) {
      lines.push(questionLabel(n) + ' niet opgeslagen: een collega heeft dit antwoord intussen gewijzigd. Klik op \'Opslaan\' om te kiezen welk antwoord blijft.');
    });
    if (lines.length) say(lines.join(' ') + ' De andere antwoorden zijn opgeslagen om ' + now() + '.', true);
    else say('Automatisch opgeslagen om ' + now() + '.');
    return lines.length === 0;
  }

  // A save that failed on the way is tried again (with growing pauses), unless the field changed since.
  function requeue(answers, retry) {
    Object.keys(answers).forEach(function (n) { if (!(n in dirty)) dirty[n] = answers[n]; });
    if (retry === false) return;
    clearTimeout(timer);
    timer = setTimeout(save, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function save(keepalive) {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(function () { return save(keepalive); });
    inFlight = send(keepalive).then(function (ok) { inFlight = null; return ok; });
    return inFlight;
  }

  function onChange(e) {
    var el = e.target;
    if (!el.name || skip[el.name] || /^keuze\./.test(el.name)) return;
    dirty[el.name] = valueOf(el);
    clearTimeout(timer);
    timer = setTimeout(save, e.type === 'input' ? 1500 : 300);
  }

  form.addEventListener('change', onChange);
  form.addEventListener('input', function (e) { if (e.target.tagName === 'TEXTAREA' || e.target.type === 'text') onChange(e); });
  // The form post carries every field with its base: pending autosaves are not needed any more.
  form.addEventListener('submit', function () { clearTimeout(timer); dirty = {}; refused = {}; });

  window.amAutosave = {
    /** Changes typed but not yet accepted by the server (waiting, being sent, or refused). */
    pending: function () { return Object.keys(dirty).length > 0 || inFlight !== null || Object.keys(refused).length > 0; },
    /** Sends what is waiting now; resolves true when everything on the page is saved. */
    flush: function () { return save(false).then(function () { return Object.keys(refused).length === 0 && Object.keys(dirty).length === 0; }); },
    /** The page is going away: send what is waiting in a request that outlives the page. */
    flushOnExit: function () { clearTimeout(timer); if (Object.keys(dirty).length) send(true); }
  };
})();
