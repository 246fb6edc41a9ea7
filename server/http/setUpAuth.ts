import type { Express } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { verifyCredentials } from '../auth/credentials.ts';
import { toSessionUser } from '../auth/roles.ts';
import { findUserById } from '../db/repos/users.ts';
import type { Services } from '../services/context.ts';

export type AppPassport = InstanceType<typeof Passport>;

/**
 * Login sessions. One passport instance per app (not the module-wide singleton), so two apps in
 * one process (tests) never look users up in each other's database. The 'local' strategy checks
 * e-mail and password; server/routes/auth.ts runs it between login throttling and the optional second factor.
 */
export function setUpAuth(app: Express, s: Services): AppPassport {
  const passport = new Passport();
  passport.use(
    'local',
    new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, (email, password, done) => {
      verifyCredentials(s, email, password).then((user) => done(null, user ?? false), done);
    }),
  );
  passport.serializeUser((user, done) => done(null, user.id));
  passport.deserializeUser((id: number, done) => {
    findUserById(s.db, id).then(
      // A deactivated account loses its sessions at the next request.
      (u) => done(null, u && u.active ? toSessionUser(u) : false),
      done,
    );
  });
  app.use(passport.initialize());
  app.use(passport.session());
  return passport;
}
