import { hashApiToken, newApiToken, tokenRoles } from '../../server/auth/apiTokens.ts';
import type { Role } from '../../server/auth/roles.ts';
import { insertApiToken, listApiTokens, revokeApiToken } from '../../server/db/repos/apiTokens.ts';
import { findUserByEmail } from '../../server/db/repos/users.ts';
import { isoNow } from '../../server/context.ts';
import type { Command } from './types.ts';

export const tokenCommand: Command = {
  usage: [
    'npm run admin -- token add --email E [--label L]   (drukt een nieuw API-token af; alleen analist, coördinator of beheerder)',
    'npm run admin -- token list --email E',
    'npm run admin -- token revoke --id N',
  ].join('\n'),
  options: { email: { type: 'string' }, label: { type: 'string' }, id: { type: 'string' } },
  async run({ action, values, services }) {
    if (action === 'revoke') {
      const id = Number(values.id);
      if (!Number.isInteger(id) || id <= 0) {
        console.error('--id: geef het nummer van het token (zie token list).');
        return 1;
      }
      const ok = await revokeApiToken(services.db, id, isoNow(services));
      console[ok ? 'log' : 'error'](ok ? `Token ${id} is ingetrokken.` : `Token ${id} bestaat niet of was al ingetrokken.`);
      return ok ? 0 : 1;
    }
    if (action !== 'add' && action !== 'list') {
      console.error(this.usage);
      return 2;
    }
    const email = String(values.email ?? '');
    const user = email ? await findUserByEmail(services.db, email) : undefined;
    if (!user) {
      console.error(email ? `--email: er is geen gebruiker ${email}.` : '--email: verplicht.');
      return 1;
    }
    if (action === 'list') {
      for (const t of await listApiTokens(services.db, user.id)) {
        console.log([t.id, t.label ?? '-', `aangemaakt ${t.created_at}`, t.last_used_at ? `laatst gebruikt ${t.last_used_at}` : 'nooit gebruikt', t.revoked_at ? 'ingetrokken' : 'actief'].join('\t'));
      }
      return 0;
    }
    if (!tokenRoles.includes(user.role as Role) || !user.active) {
      console.error(`${user.email} is ${user.active ? user.role : 'gedeactiveerd'}: alleen actieve analisten, coördinatoren en beheerders krijgen een API-token.`);
      return 1;
    }
    const token = newApiToken();
    const id = await insertApiToken(services.db, user.id, hashApiToken(token), values.label ? String(values.label) : null, isoNow(services));
    console.error(`API-token ${id} voor ${user.email}. Bewaar het nu: het wordt niet opnieuw getoond. Gebruik: Authorization: Bearer <token>`);
    console.log(token);
    return 0;
  },
};
