import { fixedOptions, singleOptionModule } from './optionQuestion.ts';

// Labels as in the report's table headings (§3): the four progress states of an agreement.
export const statusOptions = fixedOptions([
  ['niet_begonnen', 'Nog niet begonnen'],
  ['mee_bezig', 'Mee bezig'],
  ['bijna_klaar', 'Bijna klaar'],
  ['afgerond', 'Afgerond'],
]);

export const status = singleOptionModule('status', {}, () => statusOptions);
