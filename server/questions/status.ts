import { fixedOptions, singleOptionModule } from './optionQuestion.ts';

// Labels as in the report's table headings (§3): the four progress states of an agreement.
export const statusOptions = fixedOptions([
  ['niet_begonnen', 'Nog niet begonnen'],
  ['mee_bezig', 'Mee bezig'],
  ['bijna_klaar', 'Bijna klaar'],
  ['afgerond', 'Afgerond'],
]);

// Behind: not 'Afgerond' when it should be done; 'Nog niet begonnen' when it should have started.
export const status = singleOptionModule('status', {}, () => statusOptions, {
  isBehind: (code, expects) => (expects === 'afgerond' ? code !== 'afgerond' : code === 'niet_begonnen'),
  doneCode: 'afgerond',
});
