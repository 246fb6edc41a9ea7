import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { logger } from './http/logger.ts';
import { logUnhandledRejections } from './http/processHandlers.ts';
import { boot } from './services/bootstrap.ts';
import { seedDemoAnswers } from './services/demoAnswers.ts';
import { schedulerSettings, startReminderScheduler } from './services/reminderPlan/scheduler.ts';
import { seedDemoMovement } from './services/demoMovement.ts';
import { SurveyDefinitionError } from './survey/loader.ts';

/** How long requests in flight may take to finish after SIGTERM before the process gives up. */
const SHUTDOWN_GRACE_MS = 15_000;

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
    throw err;
  }
  // Demo: the other organisations' answers, so dashboards and exports have something to show.
  const demoOrgs = new Set(booted.demoAccounts.map((a) => a.organisationCode).filter((c): c is string => c !== null));
  const demoData = config.demoAnswers ? await seedDemoAnswers(booted, demoOrgs) : null;
  // Year after year (issue 17): the demo accounts' last year, and the next wave moved on from it.
  const movement = config.demoAnswers ? await seedDemoMovement(booted, demoOrgs) : null;
  const log = logger();
  if (config.production && config.trustProxy === false) {
    // Behind a TLS proxy nothing works without it (no Secure cookie); directly on the internet it is right to leave off.
    log.warn(
      'TRUST_PROXY staat uit: X-Forwarded-For/-Proto worden niet geloofd. Zet TRUST_PROXY=1 als er één reverse proxy voor de app staat.',
    );
  }
  const app = createApp(booted.services, { config, sessionDbPath: config.databasePath });
  // Scheduled reminders (issue 16): the first pass at once, for a step that fell due while the server was down.
  const reminders = startReminderScheduler(booted.services, schedulerSettings(config), log);
  reminders.ready.catch((err: unknown) => log.error({ err }, 'geplande herinneringen bij de start mislukt'));
  const onListening = () => {
    const { port } = server.address() as AddressInfo;
    // The port line is read by the durability test and the bench (PORT=0 picks a free port).
    console.log(`Afsprakenmonitor draait op http://localhost:${port} (database ${config.databasePath})`);
    if (booted.demoAccounts.length > 0) {
      console.log('Demo-accounts (wachtwoord voor allemaal: ' + booted.demoAccounts[0]!.password + '):');
      for (const a of booted.demoAccounts) console.log(`  ${a.email.padEnd(22)} ${a.description}`);
    }
    if (demoData)
      console.log(
        `Voorbeeldantwoorden toegevoegd van ${demoData.organisations} andere organisaties (DEMO_ANSWERS=false om dit uit te zetten).`,
      );
    if (movement) console.log(`Voorbeeldantwoorden voor de volgende ronde en vorig jaar: ${movement.organisations} organisaties.`);
  };
  // HOST unset: every interface, as before; HOST=127.0.0.1 keeps the server to this machine.
  const server = config.host ? app.listen(config.port, config.host, onListening) : app.listen(config.port, onListening);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.locals.shuttingDown = true; // /healthz answers 503 from now on
    log.info({ signal }, 'stoppen: geen nieuwe verbindingen, lopende verzoeken worden afgemaakt');
    const remindersStopped = reminders.stop();
    // close() stops accepting and waits for requests in flight; idle keep-alive sockets go at once,
    // and a busy socket is closed right after its response (Connection: close).
    server.close((err) => {
      if (err) log.error({ err }, 'fout bij het sluiten van de server');
      // A reminder pass in flight ends after its current organisation, before the database closes.
      void remindersStopped.finally(() => {
        booted.database.sqlite.close();
        log.info('gestopt');
        process.exit(err ? 1 : 0);
      });
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log.error('verzoeken niet op tijd klaar; toch gestopt');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  // While stopping, a keep-alive socket is closed as soon as its last response has gone out.
  server.on('request', (_req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
    res.on('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

// A failed start ends the process (the unhandled-rejection logger above would otherwise keep it idle).
main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
