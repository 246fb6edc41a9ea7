import type { Express } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { verifyCredentials } from '../auth/credentials.ts';
import { toSessionUser } from '../auth/roles.ts';
import { findUserById } from '../db/repos/users.ts';
import type { Services } from '../context.ts';

export type AppPassport = InstanceType<typeof Passport>;

/** What a login session stores under passport.user. */
interface StoredLogin {
  id: number;
  gen: number;
}

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
  // The session keeps the user id and the session generation it logged in under (passport.user).
  passport.serializeUser((user, done) => done(null, { id: user.id, gen: user.sessionGeneration ?? 0 } satisfies StoredLogin));
  passport.deserializeUser((stored: StoredLogin | number, done) => {
    // Sessions from before generations were stored hold only the id: they count as generation 0.
    const { id, gen } = typeof stored === 'number' ? { id: stored, gen: 0 } : stored;
    findUserById(s.db, id).then(
      // A deactivated account, or one whose password was reset since this login, loses the session here.
      (u) => done(null, u && u.active && u.session_generation === gen ? toSessionUser(u) : false),
      done,
    );
  });
  app.use(passport.initialize());
  app.use(passport.session());
  return passport;
}
