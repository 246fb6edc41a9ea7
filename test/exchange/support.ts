import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type request from 'supertest';
import { moduleFor, type AnswerValue } from '../../server/questions/index.ts';
import { hasOtherOption, isApplicable, questionsFor, type Answers } from '../../server/survey/model.ts';
import type { Services } from '../../server/context.ts';
import { loadResponseView, saveAnswers } from '../../server/services/responses.ts';
import { applyImport } from '../../server/services/rawData/importApply.ts';
import { planImport } from '../../server/services/rawData/importPlan.ts';
import { readImportFile } from '../../server/services/rawData/reader.ts';
import { WAVE } from '../support/wave.ts';

export { WAVE };


/** Texts that Excel would run as formulas if they were written carelessly. */
export const RISKY_TEXTS = ['=SUM(1+2)', '+31 6 1234', '-min of meer', '@collega', "'=al met apostrof"];

/** Numbers that vary per variant: whole, with a decimal, with cents (they must survive every round trip). */
const NUMBERS: Partial<Record<string, (variant: number) => number>> = {
  getal: (v) => 10 + v,
  percentage: (v) => 12.5 + v,
  bedrag: (v) => 1234.56 * (v + 1),
};

/** A complete, valid set of answers for an organisation; `variant` varies the choices. */
export function completeAnswers(s: Services, actor: string, variant: number): Record<string, AnswerValue> {
  const survey = s.surveys.get(WAVE)!;
  const answers: Answers = {};
  questionsFor(survey, actor).forEach((q, i) => {
    if (!isApplicable(q, answers)) return;
    const m = moduleFor(q.type);
    const options = m.options(q);
    const k = variant + i;
    const number = NUMBERS[q.type];
    if (m.traits.multiple && options) {
      answers[q.id] = [options[k % options.length]!.code, options[(k + 1) % options.length]!.code].filter((c, j, a) => a.indexOf(c) === j);
    } else if (options) answers[q.id] = options[k % options.length]!.code;
    else if (number) answers[q.id] = number(variant);
    else answers[q.id] = m.example(q, () => 0.5, `tekst ${variant}`);
    if (hasOtherOption(q)) {
      const chosen = ([] as string[]).concat(answers[q.id] as string | string[]);
      const other = (options ?? []).filter((o) => o.other).map((o) => o.code);
      if (chosen.some((c) => other.includes(c))) answers[`${q.id}.anders`] = `anders ${variant}`;
    }
    if (q.explanation && k % 3 === 0) answers[`${q.id}.toelichting`] = RISKY_TEXTS[k % RISKY_TEXTS.length]!;
    else if (q.explanation && k % 3 === 1) answers[`${q.id}.toelichting`] = `Toelichting ${variant}\nmet een tweede regel; en “aanhalingstekens”, komma’s, en ë`;
  });
  return answers;
}

export async function fill(s: Services, org: string, answers: Record<string, unknown>, userId: number | null = null) {
  const result = await saveAnswers(s, { waveId: WAVE, orgCode: org, userId, baseVersion: null, input: answers, mode: 'json', channel: 'web' });
  if (result.kind !== 'saved') throw new Error(`fill ${org}: ${JSON.stringify(result)}`);
  return result;
}

/** A bulk import as the confirm step applies it (`submit`: marked submitted); file and plan must have no problems. */
export async function importInto(s: Services, buf: Buffer, submit = false) {
  const file = await readImportFile(s.surveys.get(WAVE)!, buf);
  expect(file.problems).toEqual([]);
  const plan = await planImport(s, WAVE, { sheet: file.sheet, rows: file.rows }, submit);
  expect(plan.problems).toEqual([]);
  return { plan, outcome: await applyImport(s, plan, null) };
}

export async function answersOf(s: Services, org: string): Promise<Answers> {
  return (await loadResponseView(s, WAVE, org)).answers;
}

/** Binary body of a download. */
export async function download(agent: ReturnType<typeof request.agent>, url: string) {
  const res = await agent
    .get(url)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  return { res, body: res.body as Buffer };
}

export async function readXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

export async function writeXlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Header texts of row `n`. */
export function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  const out: unknown[] = [];
  const row = ws.getRow(n);
  for (let c = 1; c <= ws.columnCount; c++) out.push(row.getCell(c).value);
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
}
