// The autosave status line (a live region under the questions): every text it shows, in plain Dutch.
// Used by autosave.js through window.amAutosaveStatus(form).
(function () {
  'use strict';
  function now() { return new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }); }

  window.amAutosaveStatus = function (form) {
    var status = form.querySelector('.autosave-status');

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

    return {
      saving: function () { say('Bezig met opslaan…'); },
      offline: function () {
        say('Niet opgeslagen: geen verbinding. Uw antwoorden staan nog op de pagina; we proberen het zo opnieuw.', true);
      },
      loggedOut: function () { say('U bent uitgelogd. Klik op \'Opslaan\' om uw antwoorden te bewaren; u logt dan opnieuw in.', true); },
      /** Server trouble (a busy database answers 503 with its own message): `retrying` = tried again by itself. */
      failed: function (error, retrying) {
        var next = retrying ? 'We proberen het zo opnieuw.' : 'Klik op \'Opslaan\' om uw antwoorden te bewaren.';
        say((error ? error + ' ' : '') + next, true);
      },
      /** After a save: the fields refused (invalid, or changed by a colleague) by name, or the time of the save. */
      saved: function (errors, conflicts) {
        var lines = Object.keys(errors).map(function (n) { return questionLabel(n) + ' niet opgeslagen: ' + errors[n]; });
        conflicts.forEach(function (n) {
          lines.push(questionLabel(n) + ' niet opgeslagen: een collega heeft dit antwoord intussen gewijzigd. ' +
            'Klik op \'Opslaan\' om te kiezen welk antwoord blijft.');
        });
        if (lines.length) say(lines.join(' ') + ' De andere antwoorden zijn opgeslagen om ' + now() + '.', true);
        else say('Automatisch opgeslagen om ' + now() + '.');
      }
    };
  };
})();
