import { singleOptionModule } from './optionQuestion.ts';
import { optionsShape } from './optionsShape.ts';

export const keuze = singleOptionModule('keuze', optionsShape, (q) => q.options ?? []);
