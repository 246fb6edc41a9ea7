import { fixedOptions, singleOptionModule } from './optionQuestion.ts';

export const janeeOptions = fixedOptions([
  ['ja', 'Ja'],
  ['nee', 'Nee'],
]);

// A yes/no agreement is behind when the answer is 'Nee', whether it should be done or started.
export const janee = singleOptionModule('janee', {}, () => janeeOptions, {
  yesNo: true,
  isBehind: (code) => code === 'nee',
  doneCode: 'ja',
});
