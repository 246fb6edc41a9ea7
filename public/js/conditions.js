// Follow-up questions appear only after the answer they belong to (GOV.UK's conditional reveal),
// and an 'Andere …' text field only after its option. Without this script every follow-up is shown
// with a note saying when it applies, and the server ignores answers to follow-ups that do not apply.
(function () {
  'use strict';
  var form = document.querySelector('form.questionnaire-form');
  if (!form) return;
  var autosave = form.hasAttribute('data-autosave');

  function chosen(name) {
    var out = [];
    form.querySelectorAll('[name="' + CSS.escape(name) + '"]').forEach(function (el) {
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      out.push(el.value);
    });
    return out;
  }

  function apply() {
    form.querySelectorAll('[data-condition-question]').forEach(function (section) {
      var wanted = section.getAttribute('data-condition-equals').split(' ');
      var show = chosen(section.getAttribute('data-condition-question')).some(function (c) { return wanted.indexOf(c) >= 0; });
      section.hidden = !show;
      // Hidden follow-ups are not sent: the server clears them when their condition no longer holds.
      if (autosave) section.querySelectorAll('input, textarea').forEach(function (i) { i.disabled = !show; });
    });
    form.querySelectorAll('[data-other-for]').forEach(function (field) {
      var codes = field.getAttribute('data-other-codes').split(' ');
      field.hidden = !chosen(field.getAttribute('data-other-for')).some(function (c) { return codes.indexOf(c) >= 0; });
    });
  }

  form.addEventListener('change', apply);
  apply();
})();
