// The start-up script: boot, seed demo data, listen, schedule reminders, stop gracefully.
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { installGracefulStop } from './http/gracefulStop.ts';
import { logger } from './http/logger.ts';
import { logUnhandledRejections } from './http/processHandlers.ts';
import { boot } from './services/bootstrap.ts';
import { printStartup, seedDemoData } from './services/demoStartup.ts';
import { schedulerSettings, startReminderScheduler } from './services/reminderPlan/scheduler.ts';
import { explainStartFailure } from './startFailure.ts';
import { SurveyDefinitionError } from './survey/loader.ts';

async function main(): Promise<void> {
  logUnhandledRejections(logger());
  const config = loadConfig();
  let booted;
  try {
    booted = await boot(config);
  } catch (err) {
    if (err instanceof SurveyDefinitionError) {
      console.error(err.message);
      process.exit(1);
    }
    // The database out of reach or a migration failing: a line for the operator, no stack trace.
    const failure = explainStartFailure(err, config.databaseUrl, config.databasePath);
    if (failure) {
      console.error(failure.message);
      process.exit(failure.exitCode);
    }
    throw err;
  }
  const seeded = await seedDemoData(config, booted);
  const log = logger();
  if (config.production && config.trustProxy === false) {
    // Behind a TLS proxy nothing works without it (no Secure cookie); directly on the internet it is right to leave off.
    log.warn(
      'TRUST_PROXY staat uit: X-Forwarded-For/-Proto worden niet geloofd. Zet TRUST_PROXY=1 als er één reverse proxy voor de app staat.',
    );
  }
  const app = createApp(booted.services, { config, database: booted.database });
  // Scheduled reminders (issue 16): the first pass at once, for a step that fell due while the server was down.
  const reminders = startReminderScheduler(booted.services, schedulerSettings(config), log);
  reminders.ready.catch((err: unknown) => log.error({ err }, 'geplande herinneringen bij de start mislukt'));
  const onListening = () => {
    const { port } = server.address() as AddressInfo;
    printStartup(port, config.databasePath, booted, seeded);
  };
  // HOST unset: every interface, as before; HOST=127.0.0.1 keeps the server to this machine.
  const server = config.host ? app.listen(config.port, config.host, onListening) : app.listen(config.port, onListening);
  installGracefulStop({
    // On PostgreSQL this ends the pool: its connections are closed before the process exits.
    app, server, log, stopReminders: () => reminders.stop(), closeDatabase: () => booted.database.close(),
  });
}

// A failed start ends the process (the unhandled-rejection logger above would otherwise keep it idle).
main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
