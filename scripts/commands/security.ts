import { clearThrottle, setTotpSecret } from '../../server/db/repos/security.ts';
import { findUserByEmail } from '../../server/db/repos/users.ts';
import { throttleKey } from '../../server/auth/throttle.ts';
import type { Command } from './types.ts';

/** Help for a locked-out user: phone lost (second factor), or blocked after too many attempts. */
export const securityCommand: Command = {
  usage: [
    'npm run admin -- security totp-uit --email E        (tweestapsverificatie uitzetten, bv. bij een verloren telefoon)',
    'npm run admin -- security deblokkeer --email E      (inlogblokkade na te veel pogingen opheffen)',
  ].join('\n'),
  options: { email: { type: 'string' } },
  async run({ action, values, services }) {
    const email = String(values.email ?? '');
    if (!['totp-uit', 'deblokkeer'].includes(action) || !email) {
      console.error(this.usage);
      return 2;
    }
    const user = await findUserByEmail(services.db, email);
    if (!user) {
      console.error(`--email: er is geen gebruiker met ${email}.`);
      return 1;
    }
    if (action === 'totp-uit') {
      await setTotpSecret(services.db, user.id, null, null);
      console.log(`Tweestapsverificatie van ${user.email} staat uit; bij de volgende keer inloggen is het wachtwoord genoeg.`);
    } else {
      // Both the password counter and the second-factor counter.
      await clearThrottle(services.db, throttleKey('account', user.email));
      await clearThrottle(services.db, throttleKey('totp', String(user.id)));
      console.log(`Inlogblokkade van ${user.email} opgeheven.`);
    }
    return 0;
  },
};
