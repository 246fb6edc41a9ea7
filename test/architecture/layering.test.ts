/**
 * Guards of the code's shape (issue 13): question types own themselves, routes stay thin, imports
 * run downward and never in a cycle. Each guard has an allow-list of today's offenders, so it
 * passes now and fails as soon as a new one appears; the lists are to be emptied, never extended.
 * The checks read the source with regular expressions: simple on purpose, no compiler needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionTypes } from '../../server/questions/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Files under a folder (relative to the repository, with forward slashes), filtered by extension. */
function filesUnder(dir: string, exts: string[]): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .sort();
}
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const serverFiles = filesUnder('server', ['.ts']).filter((f) => !f.endsWith('.d.ts'));

// ---------------------------------------------------------------------------------------------
// 1. No question type is compared outside server/questions/.

const names = questionTypes.join('|');
/** `q.type === 'getal'`, `'tekst' !== question.type`, `['getal', 'bedrag'].includes(q.type)`, `switch (q.type)`. */
const typeTests = [
  new RegExp(String.raw`\btype\s*[!=]==?\s*['"\`](?:${names})['"\`]`, 'g'),
  new RegExp(String.raw`['"\`](?:${names})['"\`]\s*[!=]==?\s*[\w.?]*\btype\b`, 'g'),
  new RegExp(String.raw`\[[^\]]*['"](?:${names})['"][^\]]*\]\s*\.includes\(\s*[\w.?]*\btype\s*\)`, 'g'),
  /switch\s*\(\s*[\w.?]*\btype\s*\)/g,
];

/**
 * Files allowed to compare a question type: none (issue 13 moved every such decision into the type
 * modules). Keep it empty; let the type module decide instead.
 */
const TYPE_TEST_ALLOWED = new Set<string>([]);

function typeTestOffenders(): Map<string, number> {
  const out = new Map<string, number>();
  const files = [...serverFiles, ...filesUnder('views', ['.ejs'])].filter((f) => !f.startsWith('server/questions/'));
  for (const file of files) {
    const text = read(file);
    const n = typeTests.reduce((sum, re) => sum + (text.match(re)?.length ?? 0), 0);
    if (n) out.set(file, n);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The import graph of server/: file → the files it imports (relative imports only).

const importRe = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
const dynamicRe = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const from of serverFiles) {
    const text = read(from);
    const resolve = (spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    for (const m of text.matchAll(importRe)) {
      // `import type { … }` and `import { type A, type B }` only: erased at run time.
      const typeOnly = Boolean(m[1]) || /^\s*import\s*\{(\s*type\s+[\w$]+(\s+as\s+[\w$]+)?\s*,?)+\s*\}/.test(m[0]);
      edges.push({ from, to: resolve(m[2]!), typeOnly });
    }
    for (const m of text.matchAll(dynamicRe)) edges.push({ from, to: resolve(m[1]!), typeOnly: false });
  }
  return edges.filter((e) => e.to.startsWith('server/'));
}
const pair = (e: Edge) => `${e.from} -> ${e.to}`;

// ---------------------------------------------------------------------------------------------
// 2. No route imports db/repos.

/** Routes that call repositories (each should call one service instead): none; keep it so. */
const ROUTE_REPO_ALLOWED = new Set<string>([]);

// ---------------------------------------------------------------------------------------------
// 3. Imports run downward: routes → services → http/auth → domain → db (survey, questions and
// the other folders are shared below all of them and not ranked here).

const RANK: [prefix: string, rank: number][] = [
  ['server/routes/', 6],
  ['server/services/', 4],
  ['server/http/', 3],
  ['server/auth/', 3],
  ['server/domain/', 2],
  ['server/db/', 1],
];
const rankOf = (file: string) => RANK.find(([prefix]) => file.startsWith(prefix))?.[1];

/** Upward imports, by file pair: none (the app context lives in server/context.ts); keep it so. */
const UPWARD_ALLOWED = new Set<string>([]);

// 4. No import cycle (type-only imports included: a cycle of types is still a knot to read).
/** The edges inside import cycles that are tolerated, by file pair: none today; keep it so. */
const CYCLE_ALLOWED = new Set<string>([]);

/** Edges that lie inside a strongly connected component (Tarjan): every edge that closes a cycle. */
function cycleEdges(edges: Edge[]): Edge[] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let components = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.set(w, components);
      } while (w !== v);
      components++;
    }
  };
  for (const v of new Set(edges.flatMap((e) => [e.from, e.to]))) if (!index.has(v)) visit(v);
  return edges.filter((e) => e.from !== e.to && component.get(e.from) === component.get(e.to));
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

describe('the shape of the code', () => {
  const edges = importGraph();

  it('reads the import graph (the guards below would pass vacuously otherwise)', () => {
    expect(serverFiles.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'server/app.ts' && e.to === 'server/routes/monitor.ts')).toBe(true);
    // The type-test patterns catch the usual spellings, and leave other `type`s alone.
    const caught = (code: string) => typeTests.some((re) => new RegExp(re.source).test(code));
    for (const code of ["if (q.type === 'getal')", "'tekst' !== question.type", "['getal', 'bedrag'].includes(q.type)", 'switch (q.type) {']) {
      expect(caught(code), code).toBe(true);
    }
    expect(caught("if (e?.type === 'entity.too.large')")).toBe(false);
    // The cycle finder finds a cycle of three and leaves the edge out of it alone.
    const e = (from: string, to: string): Edge => ({ from, to, typeOnly: false });
    expect(cycleEdges([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')]).map(pair)).toEqual(['a -> b', 'b -> c', 'c -> a']);
  });

  it('compares question types only in server/questions/', () => {
    const found = typeTestOffenders();
    const fresh = [...found.keys()].filter((f) => !TYPE_TEST_ALLOWED.has(f));
    expect(fresh, `A question type is compared outside server/questions/ in:\n${fresh.join('\n')}\n`
      + 'Let the type module decide (server/questions/<type>.ts) instead of testing q.type.').toEqual([]);
  });

  it('has no route that imports db/repos', () => {
    const found = unique(edges.filter((e) => e.from.startsWith('server/routes/') && e.to.startsWith('server/db/repos/')).map(pair));
    const fresh = found.filter((p) => !ROUTE_REPO_ALLOWED.has(p));
    expect(fresh, `Routes that import a repository (call a service instead):\n${fresh.join('\n')}\n`).toEqual([]);
  });

  it('imports only downward: routes → services → http/auth → domain → db', () => {
    const upward = unique(edges.filter((e) => {
      const a = rankOf(e.from);
      const b = rankOf(e.to);
      return a !== undefined && b !== undefined && b > a;
    }).map(pair));
    const fresh = upward.filter((p) => !UPWARD_ALLOWED.has(p));
    expect(fresh, `Upward imports:\n${fresh.join('\n')}\n`).toEqual([]);
  });

  it('has no import cycle', () => {
    const inCycles = unique(cycleEdges(edges).map(pair));
    const fresh = inCycles.filter((p) => !CYCLE_ALLOWED.has(p));
    expect(fresh, `Imports inside a cycle:\n${fresh.join('\n')}\n`).toEqual([]);
  });

  it('keeps the allow-lists honest: every entry is still an offender', () => {
    const stale = [
      ...[...TYPE_TEST_ALLOWED].filter((f) => !typeTestOffenders().has(f)),
      ...[...ROUTE_REPO_ALLOWED].filter((p) => !edges.some((e) => pair(e) === p)),
      ...[...UPWARD_ALLOWED].filter((p) => !edges.some((e) => pair(e) === p)),
      ...[...CYCLE_ALLOWED].filter((p) => !edges.some((e) => pair(e) === p)),
    ];
    expect(stale, `Fixed: remove these from the allow-lists:\n${stale.join('\n')}\n`).toEqual([]);
  });
});
