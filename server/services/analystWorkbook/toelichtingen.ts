/** The 'Toelichtingen' sheet: every explanation with the answer it explains. */
import type { ExportOrganisation } from '../../db/repos/exportData.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { fieldMap } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { formatValue } from '../offline/changes.ts';

export const toelichtingHeaders = [
  'Organisatiecode', 'Organisatie', 'Soort organisatie', 'Vraag-id', 'Vraag', 'Antwoord', 'Toelichting',
] as const;
export const toelichtingWidths = [16, 30, 16, 30, 60, 30, 80];

export function toelichtingRows(survey: Survey, org: ExportOrganisation, answers: Record<string, AnswerValue>): string[][] {
  const fields = fieldMap(survey, org.actor_kind);
  const actor = survey.actors.find((a) => a.id === org.actor_kind)?.label ?? org.actor_kind;
  const rows: string[][] = [];
  for (const [id, field] of fields) {
    if (field.role !== 'toelichting') continue;
    const text = answers[id];
    if (typeof text !== 'string' || text.trim() === '') continue;
    const q = field.question;
    const answerField = fields.get(q.id)!;
    let answer = formatValue(answerField, answers[q.id]) ?? '';
    const other = answers[`${q.id}.anders`];
    if (typeof other === 'string') answer = `${answer}: ${other}`;
    rows.push([org.code, org.name, actor, q.id, q.text, answer, text]);
  }
  return rows;
}
