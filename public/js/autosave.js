// Progressive enhancement of theme pages: follow-up questions appear at once, and answers are
// saved through the JSON API while the user works. Without this script the plain form posts work.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]') || document.querySelector('form.questionnaire-form');
  if (!form) return;
  var url = form.getAttribute('data-autosave');
  var versionInput = form.querySelector('input[name="version"]');
  var status = form.querySelector('.autosave-status');
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var dirty = {};
  var timer = null;
  var saving = false;

  function values(name) {
    var els = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
    var out = [];
    els.forEach(function (el) {
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      out.push(el.value);
    });
    return out;
  }

  function applyConditions() {
    form.querySelectorAll('[data-condition-question]').forEach(function (section) {
      var chosen = values(section.getAttribute('data-condition-question'));
      var wanted = section.getAttribute('data-condition-equals').split(' ');
      var show = chosen.some(function (c) { return wanted.indexOf(c) >= 0; });
      section.hidden = !show;
      // Hidden follow-ups are not sent: the server clears them when their condition no longer holds.
      if (url) section.querySelectorAll('input, textarea').forEach(function (i) { i.disabled = !show; });
    });
    form.querySelectorAll('[data-other-for]').forEach(function (field) {
      var chosen = values(field.getAttribute('data-other-for'));
      var codes = field.getAttribute('data-other-codes').split(' ');
      field.hidden = !chosen.some(function (c) { return codes.indexOf(c) >= 0; });
    });
  }

  function say(text, isError) {
    if (!status) return;
    status.textContent = text;
    // A class, not an inline style: the Content-Security-Policy allows no inline styles.
    status.classList.toggle('autosave-status--error', Boolean(isError));
  }

  function jsonValue(el) {
    var name = el.name;
    if (el.type === 'checkbox') return values(name);
    if (el.type === 'radio') { var v = values(name)[0]; return v === undefined || v === '' ? null : v; }
    return el.value.trim() === '' ? null : el.value;
  }

  function save() {
    if (saving) { timer = setTimeout(save, 400); return; }
    var answers = {};
    Object.keys(dirty).forEach(function (name) { answers[name] = dirty[name]; });
    if (Object.keys(answers).length === 0) return;
    dirty = {};
    saving = true;
    say('Bezig met opslaan…');
    fetch(url, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Accept: 'application/json' },
      body: JSON.stringify({ version: Number(versionInput.value), answers: answers })
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) { return { res: res, body: body }; });
    }).then(function (r) {
      saving = false;
      if (r.res.ok) {
        versionInput.value = r.body.version;
        say('Automatisch opgeslagen om ' + new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }) + '.');
      } else if (r.res.status === 401) {
        say('U bent uitgelogd. Klik op \'Opslaan\' om uw antwoorden te bewaren; u logt dan opnieuw in.', true);
      } else if (r.res.status === 422 && r.body.errors) {
        // Invalid values are not saved; the 'Opslaan' button shows the message at the field.
        var first = Object.keys(r.body.errors)[0];
        say('Niet opgeslagen: ' + r.body.errors[first] + ' Klik op \'Opslaan\' om de fout bij de vraag te zien.', true);
      } else {
        if (r.res.status >= 500) retryLater(answers);
        say((r.body && r.body.error ? r.body.error + ' ' : '') + 'Klik op \'Opslaan\' om uw antwoorden te bewaren.', true);
      }
    }).catch(function () {
      saving = false;
      retryLater(answers);
      say('Niet opgeslagen: geen verbinding. Uw antwoorden staan nog op de pagina; klik later op \'Opslaan\'.', true);
    });
  }

  // A save that failed on the way (network, server) is tried again, unless the field changed since.
  function retryLater(answers) {
    Object.keys(answers).forEach(function (name) { if (!(name in dirty)) dirty[name] = answers[name]; });
    clearTimeout(timer);
    timer = setTimeout(save, 10000);
  }

  function onChange(e) {
    var el = e.target;
    if (!el.name || el.name === '_csrf' || el.name === 'version' || el.name === 'actie') return;
    applyConditions();
    if (!url) return;
    dirty[el.name] = jsonValue(el);
    clearTimeout(timer);
    timer = setTimeout(save, e.type === 'input' ? 1500 : 300);
  }

  form.addEventListener('change', onChange);
  form.addEventListener('input', function (e) { if (e.target.tagName === 'TEXTAREA' || e.target.type === 'text') onChange(e); });
  form.addEventListener('submit', function () { clearTimeout(timer); dirty = {}; });
  applyConditions();
})();
