// Synthetic answers for a whole wave (bench, tests and demo data): every organisation of the reference data,
// optionally multiplied, answering its questionnaire at random but within the rules (conditions, ranges).
import type { OpenedDatabase } from '../db/database.ts';
import { organisationCores, writeSyntheticRows } from '../db/repos/syntheticRows.ts';
import type { OrganisationCore, SyntheticItem } from '../db/repos/syntheticShapes.ts';
import { exampleAnswers, random, type ExampleOptions } from '../domain/exampleAnswers.ts';
import { pluralKinds } from '../survey/actors.ts';
import type { Question, Survey } from '../survey/schema.ts';

export { random } from '../domain/exampleAnswers.ts';

export interface SyntheticOptions {
  /** 1 = national size (342 gemeenten, 42 regio's, 5 national bodies); 100 = a hundred copies of every gemeente and regio. */
  scale: number;
  seed?: number;
  /** Share of responses that is submitted (the rest stays concept). */
  submitted?: number;
  /** Chance that an optional question or an explanation is filled in. */
  fill?: number;
  /** Organisations left out (e.g. the demo accounts' own, so they can be tried from scratch). */
  skip?: ReadonlySet<string>;
  /** Only these organisations (e.g. the demo accounts' own last year). */
  only?: ReadonlySet<string>;
  /** Time stamp of the generated responses (ISO); default 1 June 2024. */
  at?: string;
  /** Draws an answer another way (issue 17: around published distributions, or moved on from last year). */
  draw?: (org: string) => ExampleOptions['draw'];
}

/** Inserts organisations (copies), responses and answers in one transaction; returns what it made. */
export async function generateWave(
  database: OpenedDatabase, survey: Survey, waveId: string, opts: SyntheticOptions,
): Promise<{ organisations: number; answers: number }> {
  const rnd = random(opts.seed ?? 2024);
  const submittedShare = opts.submitted ?? 0.9;
  const fill = opts.fill ?? 0.8;
  const base = await organisationCores(database.db);
  const byActor = new Map<string, Question[]>();
  for (const a of survey.actors) byActor.set(a.id, survey.questions.filter((q) => q.actorKinds.includes(a.id)));
  // A larger country has more organisations of the kinds with many (gemeenten, regions), not a second Rijk.
  const scaled = new Set(pluralKinds(survey));
  let organisations = 0;
  let answers = 0;
  // Drawn while the rows are written (a generator), so a national-size wave is never held in memory at once.
  function* items(): Generator<SyntheticItem> {
    const orgs: OrganisationCore[] = [...base];
    for (let k = 1; k < opts.scale; k++) {
      for (const o of base) {
        if (!scaled.has(o.actor_kind)) continue;
        const copy = { ...o, code: `${o.code}_${k}`, name: `${o.name} ${k}`, region_code: o.region_code ? `${o.region_code}_${k}` : null };
        yield { organisation: copy };
        orgs.push(copy);
      }
    }
    for (const o of orgs) {
      const questions = byActor.get(o.actor_kind);
      if (!questions || opts.skip?.has(o.code) || (opts.only && !opts.only.has(o.code))) continue;
      const submitted = rnd() < submittedShare;
      organisations++;
      const drawn = [...exampleAnswers(questions, rnd, { fill, submitted, draw: opts.draw?.(o.code) })];
      answers += drawn.length;
      yield { response: { waveId, code: o.code, submitted, answers: drawn } };
    }
  }
  await writeSyntheticRows(database, items(), opts.at ?? new Date('2024-06-01T10:00:00Z').toISOString());
  return { organisations, answers };
}
