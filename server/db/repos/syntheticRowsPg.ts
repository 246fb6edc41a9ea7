// Synthetic rows on PostgreSQL (see syntheticRows.ts): a few thousand rows per statement, unnest over arrays.
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { CORE, type OrganisationCore, type SyntheticItem } from './syntheticShapes.ts';

// Rows per statement: far below PostgreSQL's limits (arrays are one parameter each), large enough that round trips don't count.
const BATCH = 2000;

export async function writePostgres(trx: Db, items: Iterable<SyntheticItem>, at: string): Promise<void> {
  let orgs: OrganisationCore[] = [];
  let responses: { waveId: string; code: string; submitted: boolean; answers: [string, string][] }[] = [];
  let answerCount = 0;
  const flushOrganisations = async () => {
    if (orgs.length === 0) return;
    const col = <K extends keyof OrganisationCore>(k: K) => orgs.map((o) => o[k]);
    await sql`insert into organisations (${sql.raw(CORE)}, contact_email, active, created_at, updated_at)
      select code, name, actor_kind, province_code, province_name, region_code, inhabitants, null, 1, ${at}, ${at}
      from unnest(${col('code')}::text[], ${col('name')}::text[], ${col('actor_kind')}::text[], ${col('province_code')}::text[],
        ${col('province_name')}::text[], ${col('region_code')}::text[], ${col('inhabitants')}::integer[])
        as t(code, name, actor_kind, province_code, province_name, region_code, inhabitants)
      on conflict (code) do nothing`.execute(trx);
    orgs = [];
  };
  const flushResponses = async () => {
    if (responses.length === 0) return;
    const rows = await sql<{ id: number; organisation_code: string; wave_id: string }>`insert into responses
      (wave_id, organisation_code, state, version, submitted_at, created_at, updated_at)
      select wave_id, code, case when submitted then 'ingediend' else 'concept' end, 1, case when submitted then ${at} end, ${at}, ${at}
      from unnest(${responses.map((r) => r.waveId)}::text[], ${responses.map((r) => r.code)}::text[],
        ${responses.map((r) => r.submitted)}::boolean[]) as t(wave_id, code, submitted)
      returning id, organisation_code, wave_id`.execute(trx);
    const ids = new Map(rows.rows.map((r) => [`${r.wave_id}\n${r.organisation_code}`, r.id]));
    const responseIds: number[] = [];
    const fields: string[] = [];
    const values: string[] = [];
    for (const r of responses) {
      const id = ids.get(`${r.waveId}\n${r.code}`)!;
      for (const [field, value] of r.answers) {
        responseIds.push(id);
        fields.push(field);
        values.push(value);
      }
    }
    for (let i = 0; i < responseIds.length; i += BATCH * 5) {
      const end = i + BATCH * 5;
      await sql`insert into answers (response_id, field_id, value, updated_at, updated_by)
        select response_id, field_id, value, ${at}, null
        from unnest(${responseIds.slice(i, end)}::integer[], ${fields.slice(i, end)}::text[], ${values.slice(i, end)}::text[])
          as t(response_id, field_id, value)`.execute(trx);
    }
    responses = [];
    answerCount = 0;
  };
  for (const item of items) {
    if ('organisation' in item) {
      orgs.push(item.organisation);
      if (orgs.length >= BATCH) await flushOrganisations();
      continue;
    }
    // Responses refer to organisations: the copies go in first.
    await flushOrganisations();
    const r = item.response;
    const answers: [string, string][] = [...r.answers].map(([field, value]) => [field, JSON.stringify(value)]);
    responses.push({ ...r, answers });
    answerCount += answers.length;
    if (responses.length >= BATCH || answerCount >= BATCH * 5) await flushResponses();
  }
  await flushOrganisations();
  await flushResponses();
}
