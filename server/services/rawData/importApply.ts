/** Bulk import, step two: store a plan without problems (see importPlan.ts) through saveAnswers. */
import type { Services } from '../../context.ts';
import { messages } from '../../messages.ts';
import { saveAnswers, submitResponse } from '../responses.ts';
import type { ImportPlan } from './importPlan.ts';

export interface ImportOutcome {
  saved: number;
  unchanged: number;
  submitted: number;
  /** Per organisation marked as submitted with required questions unanswered: which. */
  submittedWithBlanks: { code: string; name: string; questions: string[] }[];
  failures: { code: string; message: string }[];
}

/** Stores a plan without problems: each organisation in its own transaction, as an import (no merge). */
export async function applyImport(s: Services, plan: ImportPlan, userId: number | null): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { saved: 0, unchanged: 0, submitted: 0, submittedWithBlanks: [], failures: [] };
  for (const p of plan.organisations) {
    if (p.changes.length === 0) {
      outcome.unchanged++;
    } else {
      const result = await saveAnswers(s, {
        waveId: plan.waveId, orgCode: p.code, userId, baseVersion: null,
        input: p.input, mode: 'cell', channel: 'import', outsideFieldwork: true,
      });
      if (result.kind !== 'saved') {
        const message =
          result.kind === 'locked' ? result.message
          : result.kind === 'invalid' ? [...new Set(Object.values(result.errors))].join(' ')
          : messages.conflict;
        outcome.failures.push({ code: p.code, message });
        continue;
      }
      outcome.saved++;
    }
    if (p.submit) {
      const r = await submitResponse(s, plan.waveId, p.code, userId, {
        outsideFieldwork: true, allowUnanswered: true, ...(p.submittedAt ? { submittedAt: p.submittedAt } : {}),
      });
      if (r.ok) {
        outcome.submitted++;
        if (p.unanswered.length) outcome.submittedWithBlanks.push({ code: p.code, name: p.name, questions: p.unanswered });
      } else outcome.failures.push({ code: p.code, message: r.message });
    }
  }
  return outcome;
}
