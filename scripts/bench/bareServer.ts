// The baseline for `npm run bench`: Express, a JSON body, one SQLite insert, nothing else.
// Same durability settings as the app (WAL, synchronous=FULL), so the difference is the app's own work.
import type { AddressInfo } from 'node:net';
import SQLite from 'better-sqlite3';
import express from 'express';

const db = new SQLite(process.argv[2] ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('create table if not exists saves (id integer primary key, field text not null, value text not null, at text not null)');
const insert = db.prepare('insert into saves (field, value, at) values (?, ?, ?)');

const app = express();
app.use(express.json());
app.put('/bare/:org', (req, res) => {
  const [field, value] = Object.entries((req.body as { answers: Record<string, string> }).answers)[0]!;
  insert.run(field, JSON.stringify(value), new Date().toISOString());
  res.json({ ok: true });
});
const server = app.listen(0, '127.0.0.1', () => console.log(`bare server on port ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
