// Command-line administration: `npm run admin -- <group> <command> [--options]`.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { boot } from '../server/services/bootstrap.ts';
import { explainStartFailure } from '../server/startFailure.ts';
import { commands } from './commands/index.ts';
import type { Command, StandaloneCommand } from './commands/types.ts';

const isStandalone = (c: Command | StandaloneCommand): c is StandaloneCommand => 'standalone' in c;

async function main(): Promise<void> {
  const [group, action, ...rest] = process.argv.slice(2);
  const command = group ? commands[group] : undefined;
  if (!command) {
    console.error(`Gebruik: npm run admin -- <${Object.keys(commands).join('|')}> ...\n`);
    for (const c of Object.values(commands)) console.error(c.usage);
    process.exit(2);
  }
  const config = loadConfig();
  if (isStandalone(command)) {
    const args = parseArgs({ args: process.argv.slice(3), options: command.options, allowPositionals: true, strict: true });
    process.exitCode = await command.run({ ...args, config });
    return;
  }
  const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  const booted = await boot({ ...config, demo: false }).catch((err: unknown) => {
    const failure = explainStartFailure(err, config.databaseUrl, config.databasePath);
    if (!failure) throw err;
    console.error(failure.message);
    process.exit(failure.exitCode);
  });
  try {
    process.exitCode = await command.run({ action: action ?? '', values, positionals, services: booted.services, config, database: booted.database });
  } finally {
    await booted.database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
