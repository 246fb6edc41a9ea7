import { fixedOptions, singleOptionModule } from './optionQuestion.ts';

// Five-point scale of the 'beleving' questions (report chapter 4).
export const schaal5Options = fixedOptions([
  ['helemaal_niet', 'Helemaal niet'],
  ['enigszins', 'Enigszins'],
  ['halverwege', 'Ongeveer halverwege'],
  ['grotendeels', 'Grotendeels'],
  ['volledig', 'Volledig'],
]);

export const schaal5 = singleOptionModule('schaal5', {}, () => schaal5Options);
