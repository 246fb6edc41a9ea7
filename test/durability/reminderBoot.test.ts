/**
 * Issue 16, point 4, on the real server (server/index.ts in its own process, the real clock): the
 * reminder scheduler starts with the server, carries out at start a step that fell due while it
 * was down, lets SIGTERM end the process cleanly, and after a restart never sends a step again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase, startServer, WAVE, type RealServer, type Respondent } from '../../scripts/bench/realServer.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { daysBefore } from '../../server/domain/reminderSchedule.ts';
import { amsterdamDate } from '../../server/domain/fieldwork.ts';
import { addReminderStepOn } from '../support/arrange.ts';
import { reminderRecipients } from '../support/inspectFile.ts';
import { startFlakySmtp, type FlakySmtp } from '../coordination/reminderPlanSupport.ts';

let dir: string;
let file: string;
let respondents: Respondent[];
let smtp: FlakySmtp;
let server: RealServer | null = null;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-reminders-'));
  file = path.join(dir, 'monitor.sqlite');
  respondents = await prepareDatabase(file, 3);
  smtp = await startFlakySmtp();
});
afterAll(async () => {
  if (server && server.process.exitCode === null) {
    server.process.kill('SIGKILL');
    await server.exited;
  }
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A step planned for some days ago at 9.00 (the server was 'down' then), written while no server runs. */
async function planStepDaysAgo(subject: string, ago: number) {
  const booted = await boot({ databasePath: file, demo: false });
  try {
    const day = daysBefore(amsterdamDate(new Date()), ago);
    await addReminderStepOn(booted.services, WAVE, day, { subject, body: 'Beste {organisatie}: {link}', states: 'niet-gestart,bezig' });
  } finally {
    booted.database.close();
  }
}

/** Waits until the mail server has this many messages (the server sends on its own clock). */
async function received(n: number) {
  for (let i = 0; i < 600 && smtp.received.length < n; i++) await new Promise((r) => setTimeout(r, 100));
  return smtp.received.map((m) => `${m.to} ${m.subject}`).sort();
}

describe('the reminder scheduler in the real server', () => {
  it('sends a missed step at start, stops with SIGTERM, and after a restart sends only the new step', async () => {
    const env = { SMTP_URL: smtp.url, REMINDER_CRON: '*/2 * * * * *' };
    await planStepDaysAgo('Eerste herinnering', 2);
    // Everyone a reminder reaches: the bench's respondents and the demo accounts of the wave's organisations.
    const addresses = reminderRecipients(file, WAVE);
    for (const r of respondents) expect(addresses).toContain(r.email);
    const n = addresses.length;
    server = await startServer(file, env);
    expect(await received(n)).toEqual(addresses.map((a) => `${a} Eerste herinnering`));
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    await planStepDaysAgo('Tweede herinnering', 1);
    server = await startServer(file, env);
    expect(await received(2 * n)).toEqual(addresses.flatMap((a) => [`${a} Eerste herinnering`, `${a} Tweede herinnering`]).sort());
    // A few more passes of the scheduler: still every message once.
    await new Promise((r) => setTimeout(r, 4500));
    expect(smtp.received).toHaveLength(2 * n);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
