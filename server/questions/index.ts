import { bedrag } from './bedrag.ts';
import { datum } from './datum.ts';
import { getal } from './getal.ts';
import { janee } from './janee.ts';
import { keuze } from './keuze.ts';
import { meerkeuze } from './meerkeuze.ts';
import { percentage } from './percentage.ts';
import { schaal5 } from './schaal5.ts';
import { status } from './status.ts';
import { tekst } from './tekst.ts';
import type { QuestionModule } from './types.ts';

export const questionTypes = [
  'status', 'janee', 'schaal5', 'keuze', 'meerkeuze', 'getal', 'percentage', 'bedrag', 'tekst', 'datum',
] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The registry: a missing type is a compile error, an unknown one a run-time error. */
export const questionModules = {
  status, janee, schaal5, keuze, meerkeuze, getal, percentage, bedrag, tekst, datum,
} satisfies Record<QuestionType, QuestionModule>;

export function moduleFor(type: string): QuestionModule {
  const m = (questionModules as Record<string, QuestionModule | undefined>)[type];
  if (!m) throw new Error(`Onbekend vraagtype: ${type}`);
  return m;
}

export type { AnswerValue, OptionDef, QuestionModule, Aggregate, QuestionLike } from './types.ts';
