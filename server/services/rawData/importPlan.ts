/**
 * Bulk import of responses in the 'Ruwe data' format, step one: validate everything first (nothing
 * is stored while any row has a problem) and list what would change. importApply.ts stores it.
 */
import { organisationsForImport } from '../../db/repos/exportData.ts';
import type { Services } from '../../context.ts';
import { messages } from '../../messages.ts';
import type { Problem } from '../spreadsheet/problems.ts';
import { loadWave } from '../surveyWaves.ts';
import { planRow, type OrganisationPlan } from './planRow.ts';
import type { ImportRow } from './reader.ts';

export type { OrganisationPlan } from './planRow.ts';

export interface ImportPlan {
  waveId: string;
  submit: boolean;
  organisations: OrganisationPlan[];
  problems: Problem[];
}

export interface StoredImport {
  sheet: string | undefined;
  rows: ImportRow[];
}

/** Checks every row against the wave's organisations and questions and lists what would change. */
export async function planImport(s: Services, waveId: string, file: StoredImport, submit: boolean): Promise<ImportPlan> {
  const { survey } = await loadWave(s, waveId);
  const { sheet, rows } = file;
  const problems: Problem[] = [];
  const data = await organisationsForImport(s.db, waveId, [...new Set(rows.map((r) => r.code).filter(Boolean))]);
  const orgs = new Map(data.organisations.map((o) => [o.code, o]));
  const actors = new Map(survey.actors.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const plans: OrganisationPlan[] = [];
  for (const r of rows) {
    const at = { sheet, row: r.row, cell: r.codeCell };
    if (!r.code) { problems.push({ ...at, message: messages.bulkImport.missingCode }); continue; }
    if (seen.has(r.code)) { problems.push({ ...at, message: messages.bulkImport.duplicateOrganisation(r.code) }); continue; }
    seen.add(r.code);
    const org = orgs.get(r.code);
    const actor = org && actors.get(org.actor_kind as never);
    if (!org || !actor) { problems.push({ ...at, message: messages.bulkImport.unknownOrganisation(r.code) }); continue; }
    const current = (org.response_id !== null ? data.answers.get(org.response_id) : undefined) ?? {};
    plans.push(planRow({ survey, sheet, row: r, org, actor, current, submit }, problems));
  }
  // Bulk imports are staff work and may load a wave outside its fieldwork (e.g. a previous year's monitor).
  return { waveId, submit, organisations: plans, problems };
}
