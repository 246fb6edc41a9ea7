import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The engine knows no survey: the kinds of question ('afspraak', 'beleving', …) and the actor kinds
 * ('gemeente', 'regio', …) are the definitions' own words. Code decides by a question's role or an
 * actor's traits, never by comparing with one of those words.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const defs = readdirSync(path.join(ROOT, 'surveys')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(ROOT, 'surveys', f), 'utf8')) as {
    questionKinds: Record<string, unknown>; actors: { id: string }[];
  });
const words = [...new Set(defs.flatMap((d) => [...Object.keys(d.questionKinds), ...d.actors.map((a) => a.id)]))];
const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
// A kind or actor on one side (q.kind, actor_kind, a.id of an actor …), one of the words on the other.
const subject = '[\\w.?!]*(?:kind|Kind|actor|Actor)[\\w.?!]*';
const word = `['"](?:${alternatives})['"]`;
const comparison = new RegExp(`${subject}\\s*[!=]==?\\s*${word}|${word}\\s*[!=]==?\\s*${subject}`, 'g');

function files(dir: string, ext: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext)).map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

describe('no survey vocabulary in the engine', () => {
  it('reads the words of every definition (the guard would pass vacuously otherwise)', () => {
    expect(words).toEqual(expect.arrayContaining(['afspraak', 'vervolg', 'gemeente', 'regio', 'jeugdzorgregio']));
    expect("if (q.kind === 'afspraak')").toMatch(new RegExp(comparison.source));
    expect("'gemeente' !== o.actor_kind").toMatch(new RegExp(comparison.source));
  });

  it('compares with no kind of question or actor kind of a definition in server/ or views/', () => {
    const offenders = [...files('server', '.ts'), ...files('views', '.ejs')].flatMap((f) => {
      const hits = readFileSync(path.join(ROOT, f), 'utf8').match(comparison) ?? [];
      return hits.map((h) => `${f}: ${h}`);
    });
    expect(offenders, 'Decide by q.role or the actor\'s traits (survey/actors.ts) instead:\n').toEqual([]);
  });
});
