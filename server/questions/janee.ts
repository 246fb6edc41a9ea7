import { fixedOptions, singleOptionModule } from './optionQuestion.ts';

export const janeeOptions = fixedOptions([
  ['ja', 'Ja'],
  ['nee', 'Nee'],
]);

export const janee = singleOptionModule('janee', {}, () => janeeOptions);
