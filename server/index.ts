import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { boot } from './services/bootstrap.ts';
import { SurveyDefinitionError } from './survey/loader.ts';

async function main(): Promise<void> {
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
  const app = createApp(booted.services, { config, sessionDbPath: config.databasePath });
  const server = app.listen(config.port, () => {
    console.log(`Afsprakenmonitor draait op ${config.baseUrl} (database ${config.databasePath})`);
    if (booted.demoAccounts.length > 0) {
      console.log('Demo-accounts (wachtwoord voor allemaal: ' + booted.demoAccounts[0]!.password + '):');
      for (const a of booted.demoAccounts) console.log(`  ${a.email.padEnd(22)} ${a.description}`);
    }
  });
  const stop = () => {
    server.close(() => {
      booted.database.sqlite.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
