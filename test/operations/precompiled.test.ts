import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledPerValue } from '../../server/db/compiledPerValue.ts';
import { precompiled } from '../../server/db/precompiled.ts';
import type { Db } from '../../server/db/database.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

// Issue 18: the statements of a save are compiled once (server/db/precompiled.ts). Each call must
// still run with its own values, in a transaction too, on SQLite and (npm run test:pg) PostgreSQL.
let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(() => ctx.close());

const byCode = precompiled((db: Db, code: string) => db.selectFrom('organisations').select(['code', 'name']).where('code', '=', code));
// One argument in two places, and a value the builder fixes itself.
const nameOrKind = precompiled((db: Db, text: string) => db.selectFrom('organisations').select('code')
  .where((eb) => eb.or([eb('name', '=', text), eb('actor_kind', '=', text)])).where('active', '=', 1).orderBy('code').limit(3));

describe('a precompiled query', () => {
  it('runs with the values of each call', async () => {
    expect((await byCode(ctx.services.db, 'GM0363')).rows).toEqual([{ code: 'GM0363', name: 'Amsterdam' }]);
    expect((await byCode(ctx.services.db, 'GM0014')).rows).toEqual([{ code: 'GM0014', name: 'Groningen' }]);
    expect((await byCode(ctx.services.db, 'GM9999')).rows).toEqual([]);
  });

  it('puts an argument used twice in both places and keeps the values the builder fixed', async () => {
    expect((await nameOrKind(ctx.services.db, 'Amsterdam')).rows).toEqual([{ code: 'GM0363' }]);
    expect((await nameOrKind(ctx.services.db, 'gemeente')).rows).toHaveLength(3);
  });

  it('runs inside a transaction, seeing what the transaction wrote, and the rollback undoes it', async () => {
    await expect(ctx.services.db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set({ name: 'Mokum' }).where('code', '=', 'GM0363').execute();
      expect((await byCode(trx, 'GM0363')).rows).toEqual([{ code: 'GM0363', name: 'Mokum' }]);
      throw new Error('terug');
    })).rejects.toThrow('terug');
    expect((await byCode(ctx.services.db, 'GM0363')).rows).toEqual([{ code: 'GM0363', name: 'Amsterdam' }]);
  });

  it('refuses a builder whose SQL depends on an argument', async () => {
    const shaped = precompiled((db: Db, code: string, onlyActive: boolean) => db.selectFrom('organisations').select('code')
      .where('code', '=', code).$if(onlyActive, (q) => q.where('active', '=', 1)));
    await expect(shaped(ctx.services.db, 'GM0363', false)).rejects.toThrow(/uses 1 of its 2 arguments/);
  });
});

// A query whose SQL follows its arguments (a segment's conditions) is compiled once per distinct
// arguments (server/db/compiledPerValue.ts): each call still reads the data as it is now.
const inKinds = compiledPerValue((db: Db, kinds: string[], prefix: string) => db.selectFrom('organisations')
  .select((eb) => eb.fn.countAll<number>().as('n')).where('actor_kind', 'in', kinds).where('code', 'like', `${prefix}%`));
const countOf = async (db: Db, kinds: string[], prefix: string) => Number((await inKinds(db, kinds, prefix)).rows[0]!.n);

describe('a query compiled per value', () => {
  it('gives each set of arguments its own SQL and values, also when they come back', async () => {
    const db = ctx.services.db;
    const gemeenten = await countOf(db, ['gemeente'], 'GM');
    const both = await countOf(db, ['gemeente', 'regio'], '');
    expect(gemeenten).toBeGreaterThan(300);
    expect(both).toBeGreaterThan(gemeenten);
    expect(await countOf(db, ['regio'], 'GM')).toBe(0);
    expect(await countOf(db, ['gemeente'], 'GM')).toBe(gemeenten);
    expect(await countOf(db, ['gemeente', 'regio'], '')).toBe(both);
  });

  it('reads the data afresh on every call, in a transaction too', async () => {
    const db = ctx.services.db;
    const before = await countOf(db, ['gemeente'], 'GM03');
    await expect(db.transaction().execute(async (trx) => {
      await trx.updateTable('organisations').set({ code: 'XX0363' }).where('code', '=', 'GM0363').execute();
      expect(await countOf(trx, ['gemeente'], 'GM03')).toBe(before - 1);
      throw new Error('terug');
    })).rejects.toThrow('terug');
    expect(await countOf(db, ['gemeente'], 'GM03')).toBe(before);
  });

  it('keeps a bounded number of compiled queries and still answers beyond it', async () => {
    const one = compiledPerValue((db: Db, code: string) => db.selectFrom('organisations').select('name').where('code', '=', code), 2);
    for (const code of ['GM0363', 'GM0014', 'GM0599', 'GM0363']) expect((await one(ctx.services.db, code)).rows).toHaveLength(1);
    expect((await one(ctx.services.db, 'GM0014')).rows).toEqual([{ name: 'Groningen' }]);
  });
});
