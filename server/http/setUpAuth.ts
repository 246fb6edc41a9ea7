import type { Express } from 'express';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { verifyPassword } from '../auth/passwords.ts';
import { toSessionUser } from '../auth/roles.ts';
import { findUserByEmail, findUserById } from '../db/repos/users.ts';
import type { Services } from '../services/context.ts';

export function setUpAuth(app: Express, s: Services): void {
  passport.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, (email, password, done) => {
      (async () => {
        const user = await findUserByEmail(s.db, email);
        // Always verify (against a dummy hash when unknown): same answer, same timing.
        const ok = await verifyPassword(user?.active ? user.password_hash : null, password);
        return ok && user ? toSessionUser(user) : false;
      })().then((u) => done(null, u), done);
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
}
