import type { Express } from 'express';
import { Passport } from 'passport';
import { toSessionUser } from '../auth/roles.ts';
import { findUserById } from '../db/repos/users.ts';
import type { Services } from '../services/context.ts';

/**
 * Login sessions. One passport instance per app (not the module-wide singleton), so two apps in
 * one process (tests) never look users up in each other's database. Passwords are checked in
 * server/routes/auth.ts (with throttling and the optional second factor).
 */
export function setUpAuth(app: Express, s: Services): void {
  const passport = new Passport();
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
}
