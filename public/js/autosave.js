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
  var status = window.amAutosaveStatus(form);
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var dirty = {};      // field -> value not yet sent
  var refused = {};    // field -> true: sent, refused (invalid or conflict), still only on the page
  var timer = null;
  var inFlight = null; // the running save's promise
  var retryDelay = 2000;
  // 'bevestigd' (confirming an answer copied from last year) goes with the form's own save, not autosave.
  var skip = { _csrf: 1, version: 1, bases: 1, actie: 1, conflicten: 1, bevestigd: 1 };

  function bases() { try { return JSON.parse(basesInput.value) || {}; } catch (e) { return {}; } }

  function valueOf(el) {
    var els = form.querySelectorAll('[name="' + CSS.escape(el.name) + '"]');
    var chosen = [];
    els.forEach(function (e) { if (e.checked) chosen.push(e.value); });
    if (el.type === 'checkbox') return chosen;
    if (el.type === 'radio') return chosen[0] ? chosen[0] : null;
    return el.value.trim() === '' ? null : el.value;
  }

  // A follow-up is sent with its trigger: the server then sees its condition hold, and a follow-up the
  // user switched back to keeps the text it still shows (the server cleared it when it was hidden).
  function withFollowUps(answers) {
    Object.keys(answers).forEach(function (trigger) {
      form.querySelectorAll('[data-condition-question="' + CSS.escape(trigger) + '"]').forEach(function (section) {
        if (section.hidden) return;
        section.querySelectorAll('input[name], textarea[name]').forEach(function (el) {
          if (!el.disabled && !skip[el.name] && !/^keuze\./.test(el.name) && !(el.name in answers)) answers[el.name] = valueOf(el);
        });
      });
    });
    return answers;
  }

  function send(keepalive) {
    var answers = withFollowUps(dirty);
    var names = Object.keys(answers);
    if (names.length === 0) return Promise.resolve(true);
    dirty = {};
    var all = bases();
    var sentBases = {};
    names.forEach(function (n) { if (n in all) sentBases[n] = all[n]; });
    status.saving();
    return fetch(url, {
      method: 'PUT', credentials: 'same-origin', keepalive: Boolean(keepalive),
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Accept: 'application/json' },
      body: JSON.stringify({ version: Number(versionInput.value), bases: sentBases, answers: answers })
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        return handle(res.status, body, answers, res.headers.get('Retry-After'));
      });
    }, function () {
      requeue(answers);
      status.offline();
      return false;
    });
  }

  function handle(code, body, answers, retryAfter) {
    var saved = code === 200 || ((code === 409 || code === 422) && body.answers);
    if (!saved) {
      if (code === 401) { status.loggedOut(); requeue(answers, false); return false; }
      // Busy database (503), other server trouble, or a lock: try again later, unless changed since.
      requeue(answers, code >= 500, retryAfter);
      status.failed(body && body.error, code >= 500);
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
    status.saved(errors, Object.keys(conflicts));
    return Object.keys(errors).length === 0 && Object.keys(conflicts).length === 0;
  }

  // A save that failed on the way is tried again (with growing pauses), unless the field changed since.
  // A busy server's Retry-After (seconds) is followed, up to half a minute.
  function requeue(answers, retry, retryAfter) {
    Object.keys(answers).forEach(function (n) { if (!(n in dirty)) dirty[n] = answers[n]; });
    if (retry === false) return;
    clearTimeout(timer);
    var asked = Number(retryAfter) * 1000;
    timer = setTimeout(save, asked > 0 ? Math.min(asked, 30000) : retryDelay);
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
    flush: function () {
      return save(false).then(function () { return Object.keys(refused).length === 0 && Object.keys(dirty).length === 0; });
    },
    /** The page is going away: send what is waiting in a request that outlives the page. */
    flushOnExit: function () { clearTimeout(timer); if (Object.keys(dirty).length) send(true); }
  };
})();
