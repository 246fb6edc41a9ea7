import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatPercentage } from '../../server/presenters/format.ts';
import { checkContactFile, writeContacts } from '../../server/services/orgImport/contactImport.ts';
import { checkImportFile } from '../../server/services/orgImport/organisationCheck.ts';
import { writeImport } from '../../server/services/orgImport/organisationConfirm.ts';
import { PERCENT_COLUMN, responseTableHeader, responseTableRows } from '../../server/services/coordination/responseTable.ts';
import { chooseWave } from '../../server/services/coordination/waves.ts';
import { inviteRespondents } from '../../server/services/invitations.ts';
import { parseOrganisationRole } from '../../server/services/coordination/organisationRoles.ts';
import { buildResponseOverview } from '../../server/services/responseOverview.ts';
import type { Command } from './types.ts';

/** Organisations from the command line: import a file, invite respondents, print the response table. */
export const orgCommand: Command = {
  usage: [
    'npm run admin -- org import BESTAND.csv|.xlsx [--apply]   (zonder --apply alleen controleren)',
    'npm run admin -- org invite --org CODE --email E[,E2,...] [--role respondent|vaststeller]',
    'npm run admin -- org response [--wave ID]',
  ].join('\n'),
  options: { apply: { type: 'boolean' }, org: { type: 'string' }, email: { type: 'string' }, wave: { type: 'string' }, role: { type: 'string' } },
  async run({ action, values, positionals, services, config }) {
    if (action === 'import') {
      const file = positionals[0];
      if (!file) {
        console.error('Geef het bestand op: npm run admin -- org import organisaties.csv');
        return 2;
      }
      const buffer = await readFile(file);
      // A contacts file (a 'rol' column, no 'soort') is checked and written the same way (issue 16, point 1).
      const contacts = await checkContactFile(services, path.basename(file), buffer);
      const organisations = contacts ? null : await checkImportFile(services, path.basename(file), buffer);
      const check = contacts ?? organisations!;
      for (const e of check.fileErrors) console.error(e);
      for (const r of check.rows) {
        const detail = r.errors.length ? r.errors.join(' ') : r.changes.map((c) => `${c.field}: ${c.old ? `${c.old} → ` : ''}${c.new}`).join('; ');
        (r.errors.length ? console.error : console.log)(`rij ${r.line}\t${r.code}\t${r.status}\t${detail}`);
      }
      console.log(`nieuw ${check.counts.nieuw}, gewijzigd ${check.counts.gewijzigd}, ongewijzigd ${check.counts.ongewijzigd}, fout ${check.counts.fout}`);
      if (!check.ok) {
        console.error('Het bestand bevat fouten; er is niets geïmporteerd.');
        return 1;
      }
      if (!values.apply) {
        console.log('Gecontroleerd; er is niets opgeslagen. Voeg --apply toe om te importeren.');
        return 0;
      }
      const result = contacts ? await writeContacts(services, contacts.toWrite) : await writeImport(services, organisations!.toWrite);
      console.log(`Geïmporteerd: ${result.added} toegevoegd, ${result.updated} bijgewerkt.`);
      return 0;
    }
    if (action === 'invite') {
      const org = String(values.org ?? '').toUpperCase();
      // The organisation role of the new accounts (issue 16, point 7); respondent unless told otherwise.
      const role = parseOrganisationRole(String(values.role ?? 'respondent'));
      if (!role) {
        console.error('--role: kies respondent of vaststeller.');
        return 2;
      }
      const result = await inviteRespondents(services, services.mail, org, String(values.email ?? ''), null, role);
      if (result.error) {
        console.error(result.error);
        return 1;
      }
      for (const e of [...result.invited, ...result.resent]) console.log(`Uitnodiging verstuurd naar ${e}${config.smtpUrl ? '' : ` (outbox: ${config.outboxDir})`}.`);
      for (const e of result.failed) console.error(`Versturen mislukt naar ${e}.`);
      return result.failed.length ? 1 : 0;
    }
    if (action === 'response') {
      const { wave } = await chooseWave(services, values.wave);
      if (!wave) {
        console.error('Er is geen monitorronde.');
        return 1;
      }
      const o = await buildResponseOverview(services, wave.id);
      // Table 1.3 with the one header and row builder of its exports; the percentage as the page shows it.
      console.log(responseTableHeader.join('\t'));
      for (const row of responseTableRows(o, 'percentage')) {
        console.log(row.map((v, i) => (i === PERCENT_COLUMN && typeof v === 'number' ? formatPercentage(v) : v ?? '')).join('\t'));
      }
      return 0;
    }
    console.error(this.usage);
    return 2;
  },
};
