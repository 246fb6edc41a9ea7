import { readFile, stat } from 'node:fs/promises';
import { applyImport } from '../../server/services/rawData/importApply.ts';
import { planImport } from '../../server/services/rawData/importPlan.ts';
import { describeProblem } from '../../server/services/spreadsheet/problems.ts';
import { readImportFile } from '../../server/services/rawData/reader.ts';
import { messages } from '../../server/messages.ts';
import { findWaveContext } from '../../server/services/surveyWaves.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '../../server/services/upload/limits.ts';
import type { Command } from './types.ts';

/** `responses import`: the bulk import of the web page, from a file; nothing is stored when any row is wrong. */
export const responsesCommand: Command = {
  usage: 'npm run admin -- responses import --wave WAVE FILE.xlsx|FILE.csv [--submit] [--dry-run]',
  options: { wave: { type: 'string' }, submit: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  async run({ action, values, positionals, services }) {
    const file = positionals[0];
    if (action !== 'import' || !values.wave || !file || positionals.length > 1) {
      console.error(this.usage);
      return 2;
    }
    const found = await findWaveContext(services, String(values.wave));
    if (!found) {
      console.error(`--wave: uitvraag ${String(values.wave)} bestaat niet.`);
      return 1;
    }
    const { wave, survey } = found;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      console.error(`Bestand ${file} bestaat niet.`);
      return 1;
    }
    if (info.size > MAX_UPLOAD_BYTES) {
      console.error(messages.upload.tooLarge(MAX_UPLOAD_MB));
      return 1;
    }
    const read = await readImportFile(survey, await readFile(file));
    const stored = { sheet: read.sheet, rows: read.rows };
    const plan = read.problems.length ? null : await planImport(services, wave.id, stored, Boolean(values.submit));
    const problems = plan ? plan.problems : read.problems;
    if (!plan || problems.length) {
      for (const p of problems) console.error(describeProblem(p));
      console.error(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}; er is niets opgeslagen.`);
      return 1;
    }
    const changed = plan.organisations.filter((o) => o.changes.length);
    for (const o of changed) console.log(`${o.code}\t${o.name}\t${o.changes.length} wijziging(en)`);
    if (values['dry-run']) {
      console.log(`Proef: ${changed.length} van ${plan.organisations.length} organisaties zouden veranderen; er is niets opgeslagen.`);
      return 0;
    }
    const outcome = await applyImport(services, plan, null);
    for (const f of outcome.failures) console.error(`${f.code}: ${f.message}`);
    // Earlier answers load as they were: per organisation, how many and which required questions are blank.
    for (const b of outcome.submittedWithBlanks) {
      console.log(`${b.code}\t${b.name}\tingediend met ${b.questions.length} ${b.questions.length === 1 ? 'onbeantwoorde vraag' : 'onbeantwoorde vragen'}: ${b.questions.join(', ')}`);
    }
    console.log(`Import ${wave.id}: ${outcome.saved} bijgewerkt, ${outcome.unchanged} ongewijzigd, ${outcome.submitted} als ingediend gemarkeerd.`);
    return outcome.failures.length ? 1 : 0;
  },
};
