import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { setUpAuth } from './http/setUpAuth.ts';
import { setUpCsrf } from './http/setUpCsrf.ts';
import { failFastWhileDatabaseDown } from './http/databaseDown.ts';
import { setUpErrorHandling } from './http/errorHandler.ts';
import { requireReadableBody } from './http/guards.ts';
import { setUpBearer } from './http/setUpBearer.ts';
import { setUpSecurity } from './http/setUpSecurity.ts';
import { setUpSessions } from './http/setUpSessions.ts';
import { setUpStatic, setUpViews } from './http/setUpViews.ts';
import { accountRoutes } from './routes/account.ts';
import { apiRoutes } from './routes/api.ts';
import { authRoutes } from './routes/auth.ts';
import { coordinationRoutes } from './routes/coordination.ts';
import { exchangeRoutes } from './routes/exchange.ts';
import { homeRoutes } from './routes/home.ts';
import { monitorRoutes } from './routes/monitor.ts';
import { accessibilityRoutes, opsRoutes } from './routes/ops.ts';
import { infoRoutes } from './routes/info.ts';
import { questionnaireRoutes } from './routes/questionnaire.ts';
import type { Services } from './context.ts';
import type { OpenedDatabase } from './db/database.ts';

export interface AppOptions {
  config: Config;
  /**
   * The app's database: on PostgreSQL the sessions go into its `sessions` table through the same pool;
   * on SQLite into the same file over a connection of their own (the embedded default).
   */
  database?: OpenedDatabase;
  /** SQLite only: another file for the sessions (':memory:' in tests); default the database's own file. */
  sessionDbPath?: string;
  /** The request logger (tests pass one that writes to a stream they read); default the process logger. */
  logger?: Logger;
}

/** Builds the whole web app from its services; no listening, so tests drive it with supertest. */
export function createApp(s: Services, { config, database, sessionDbPath, logger }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  setUpSecurity(app, config, logger);
  app.use(opsRoutes(s));
  setUpStatic(app);
  app.use(express.urlencoded({ extended: false, limit: '2mb', parameterLimit: 5000 }));
  app.use(express.json({ limit: '1mb' }));
  app.use(requireReadableBody);
  // The database out of reach: 503 for every page until it is back (http/databaseDown.ts).
  app.use(failFastWhileDatabaseDown(s.db));
  setUpSessions(app, config, database, sessionDbPath);
  const passport = setUpAuth(app, s);
  setUpBearer(app, s);
  setUpViews(app, config);
  setUpCsrf(app);
  // The API first: an autosave (the most frequent request) then skips every page router's route list.
  app.use('/api', apiRoutes(s));
  app.use(authRoutes(s, passport));
  app.use(accountRoutes(s));
  app.use(accessibilityRoutes());
  app.use(infoRoutes());
  app.use(homeRoutes(s));
  app.use(questionnaireRoutes(s));
  app.use(coordinationRoutes(s, config));
  app.use(monitorRoutes(s));
  app.use(exchangeRoutes(s));
  setUpErrorHandling(app, config.production);
  return app;
}
