import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { rowCounts } from '../support/inspect.ts';
import { WAVE } from '../support/wave.ts';
import { afterUpload } from '../support/uploads.ts';

/*
 * Every upload of the platform refuses files over 10 MB and files that are not CSV or XLSX, with a
 * Dutch message on the form, and stores nothing: no table of the database changes, and no preview
 * is kept (no redirect to one). The detailed reports per route are tested in test/coordination and
 * test/exchange; this file makes sure no upload route is left out.
 */

const VIEWS = path.resolve(import.meta.dirname, '../../views');
const TEN_MB = 10 * 1024 * 1024;

interface UploadRoute {
  name: string;
  /** The view with the upload form. */
  view: string;
  user: { email: string; role: string; org?: string };
  form: string;
  action: string;
  /** The names of files this route takes, and a Dutch message for a file of another type. */
  accepts: ('csv' | 'xlsx')[];
  wrongType: RegExp;
}

const UPLOADS: UploadRoute[] = [
  {
    name: 'organisaties importeren', view: 'coordination/import.ejs', user: { email: 'coord@example.nl', role: 'coordinator' },
    form: '/beheer/organisaties/importeren', action: '/beheer/organisaties/importeren', accepts: ['csv', 'xlsx'],
    wrongType: /geen CSV-bestand en geen Excel-bestand|kan niet worden gelezen/,
  },
  {
    name: 'antwoorden importeren (bulk)', view: 'exchange/import.ejs', user: { email: 'coord@example.nl', role: 'coordinator' },
    form: `/analyse/${WAVE}/importeren`, action: `/analyse/${WAVE}/importeren`, accepts: ['csv', 'xlsx'],
    wrongType: /geen Excel-werkboek \(\.xlsx\) of CSV-bestand|beschadigd/,
  },
  {
    name: 'offline werkboek uploaden', view: 'exchange/offlineUpload.ejs', user: { email: 'ams@example.nl', role: 'respondent', org: 'GM0363' },
    form: `/vragenlijst/${WAVE}/GM0363/excel/uploaden`, action: `/vragenlijst/${WAVE}/GM0363/excel/uploaden`, accepts: ['xlsx'],
    wrongType: /geen Excel-werkboek \(\.xlsx\)|beschadigd/,
  },
];

let ctx: TestContext;
const sessions = new Map<string, Session>();

beforeAll(async () => {
  ctx = await createTestContext();
  for (const u of new Map(UPLOADS.map((r) => [r.user.email, r.user])).values()) {
    await ctx.addUser(u.email, u.role, u.org ?? null);
    sessions.set(u.email, await ctx.login(u.email));
  }
});
afterAll(() => ctx.close());

/** Row counts of every table: an upload that is refused must leave all of them as they were. */
const snapshot = () => rowCounts(ctx);

async function post(route: UploadRoute, files: { buffer: Buffer; name: string }[]) {
  const me = sessions.get(route.user.email)!;
  const page = await me.agent.get(route.form);
  expect(page.status, route.form).toBe(200);
  const csrf = $(page.text)('meta[name="csrf-token"]').attr('content')!;
  let req = me.agent.post(`${route.action}`).field('_csrf', csrf);
  for (const f of files) req = req.attach('bestand', f.buffer, f.name);
  return afterUpload(me.agent, await req);
}

/** Posts, checks that nothing was stored and nothing is waiting for confirmation, returns the page's messages. */
async function refused(route: UploadRoute, files: { buffer: Buffer; name: string }[], status: number) {
  const before = await snapshot();
  const res = await post(route, files);
  expect(res.status, `${route.name}: ${files.map((f) => f.name).join(', ')}`).toBe(status);
  expect(res.headers.location, 'no preview to confirm').toBeUndefined();
  expect(await snapshot()).toEqual(before);
  const page = $(res.text);
  expect(page('input[name="token"]').length, 'no confirm form').toBe(0);
  expect(page('html').attr('lang')).toBe('nl');
  return page('.error-summary').text().replace(/\s+/g, ' ');
}

describe('uploads: size and type limits on every upload route', () => {
  it('knows every upload form of the platform', () => {
    const forms: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ejs') && /enctype="multipart\/form-data"/.test(readFileSync(p, 'utf8'))) forms.push(path.relative(VIEWS, p));
      }
    };
    walk(VIEWS);
    expect(forms.sort()).toEqual(UPLOADS.map((u) => u.view).sort());
  });

  for (const route of UPLOADS) {
    describe(route.name, () => {
      it('refuses a file over 10 MB, whatever its name, with a Dutch message', async () => {
        for (const ext of route.accepts) {
          const message = await refused(route, [{ buffer: Buffer.alloc(TEN_MB + 1, 'a'), name: `groot.${ext}` }], 413);
          expect(message).toContain('Het bestand is groter dan 10 MB.');
        }
      });

      it('refuses files that are not CSV or XLSX, by content rather than by name', async () => {
        const pdf = Buffer.from('%PDF-1.4\n\u0000\u0001binary\u0000');
        const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
        const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]); // a zip, but no workbook
        const cases = [
          { buffer: pdf, name: 'lijst.pdf' },
          { buffer: png, name: 'lijst.csv' },
          { buffer: zip, name: 'lijst.xlsx' },
          ...(route.accepts.includes('csv') ? [] : [{ buffer: Buffer.from('code;naam\nGM0363;Amsterdam\n'), name: 'lijst.csv' }]),
        ];
        for (const file of cases) {
          const message = await refused(route, [file], 422);
          expect(message, file.name).toMatch(route.wrongType);
        }
      });

      it('refuses more than one file at once', async () => {
        const csv = Buffer.from('code;naam;soort\n');
        const message = await refused(route, [{ buffer: csv, name: 'a.csv' }, { buffer: csv, name: 'b.csv' }], 422);
        expect(message).toMatch(/Upload één bestand/);
      });
    });
  }
});
