import { answersOfResponses } from '../../db/repos/answers.ts';
import { extensionsInWave } from '../../db/repos/deadlineExtensions.ts';
import { reminderStats, responseIdsInWave } from '../../db/repos/workbench.ts';
import { pageOf } from '../../domain/paging.ts';
import { isApplicable, questionsFor } from '../../survey/model.ts';
import type { Services } from '../../context.ts';
import { organisationStatuses } from '../responseOverview.ts';
import { loadWave } from '../surveyWaves.ts';
import { reachOf } from './contactAddresses.ts';
import { byKey, sortKeys, type WorkbenchFilter, type WorkbenchRow } from './workbenchModel.ts';

export { sortKeys, type WorkbenchFilter, type WorkbenchRow } from './workbenchModel.ts';

// The chasing workbench's rows (issue 16, point 3); what a row holds and how rows sort: workbenchModel.ts.

/** Every row of the selection, sorted (the downloads; the page shows one page of it). */
export async function workbenchRows(s: Services, f: WorkbenchFilter): Promise<WorkbenchRow[]> {
  const { wave, survey } = await loadWave(s, f.waveId);
  const kinds = new Set(survey.actors.map((a) => a.id));
  const q = f.q.trim().toLowerCase();
  const filter = { actorKind: f.actorKind, province: f.province, region: f.region };
  const selected = (await organisationStatuses(s, wave.id, filter))
    .filter((o) => kinds.has(o.actorKind) && o.state !== 'ingediend' && (!f.state || o.state === f.state)
      && (!q || o.name.toLowerCase().includes(q) || o.code.toLowerCase().includes(q)));
  const codes = selected.map((o) => o.code);
  const reach = await reachOf(s, selected);
  const ids = await responseIdsInWave(s.db, wave.id);
  const answers = await answersOfResponses(s.db, codes.flatMap((c) => (ids.has(c) ? [ids.get(c)!] : [])));
  const reminders = await reminderStats(s.db, wave.id);
  const extensions = await extensionsInWave(s.db, wave.id);
  const rows = selected.map((o): WorkbenchRow => {
    const given = answers.get(ids.get(o.code) ?? -1) ?? {};
    const required = questionsFor(survey, o.actorKind).filter((x) => x.required && isApplicable(x, given));
    const ext = extensions.get(o.code);
    return {
      code: o.code, name: o.name, actorKind: o.actorKind, regionName: o.regionName, provinceName: o.provinceName, state: o.state,
      contacts: reach.get(o.code)?.labels ?? [],
      answered: required.filter((x) => given[x.id] !== undefined).length, required: required.length,
      lastActivity: o.lastActivity, lastReminder: reminders.get(o.code)?.last ?? null, reminders: reminders.get(o.code)?.count ?? 0,
      extendedTo: ext && ext > wave.closes_on ? ext : null,
    };
  });
  const compare = byKey[(sortKeys as readonly string[]).includes(f.sort) ? (f.sort as (typeof sortKeys)[number]) : 'naam'];
  const sign = f.dir === 'desc' ? -1 : 1;
  // Ties (and the secondary order) by name, so a page never shuffles between requests.
  return rows.sort((a, b) => sign * compare(a, b) || byKey.naam(a, b) || a.code.localeCompare(b.code));
}

/** One page of the selection, with the counts the pager needs. */
export async function workbenchPage(s: Services, f: WorkbenchFilter) {
  // The same paging as every long list (domain/paging.ts); `pager` feeds the shared pager partial.
  const { rows, ...pager } = pageOf(await workbenchRows(s, f), f.page);
  return { rows, pager };
}
