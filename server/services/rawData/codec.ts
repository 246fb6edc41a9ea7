/**
 * The 'Ruwe data' format, one codec for export and import so that an export imports back
 * unchanged: one row per organisation, eight descriptive columns, then one column per field
 * (question id, `<id>.anders`, `<id>.toelichting`) holding the answer code.
 */
import type { ExportOrganisation } from '../../db/repos/exportData.ts';
import { responseStateOf } from '../../domain/responseRates.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { fieldsOf, questionsFor, type Field } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { amsterdamWallClock } from '../spreadsheet/cells.ts';
import type { CsvValue } from '../spreadsheet/csvWrite.ts';

export const RAW_SHEET = 'Ruwe data';

export const metaColumns = [
  { key: 'code', header: 'Organisatiecode', width: 16 },
  { key: 'name', header: 'Naam', width: 30 },
  { key: 'actorKind', header: 'Soort organisatie', width: 16 },
  { key: 'province', header: 'Provincie', width: 16 },
  { key: 'region', header: 'Jeugdregio', width: 24 },
  { key: 'inhabitants', header: 'Inwoners', width: 12 },
  { key: 'state', header: 'Status respons', width: 14 },
  { key: 'submittedAt', header: 'Ingediend op', width: 18 },
] as const;
export type MetaKey = (typeof metaColumns)[number]['key'];

export type RawColumn =
  | { kind: 'meta'; key: MetaKey; header: string; width: number }
  | { kind: 'field'; header: string; field: Field };

/** A cell of 'Ruwe data': the same in the workbook and the CSV. */
export type RawCell = CsvValue;

/** All fields of the survey, or only those an actor kind answers (a filtered export). */
export function rawFields(survey: Survey, actorKind?: string): Field[] {
  const questions = actorKind ? questionsFor(survey, actorKind) : survey.questions;
  return questions.flatMap(fieldsOf);
}

export function rawColumns(survey: Survey, actorKind?: string): RawColumn[] {
  return [
    ...metaColumns.map((m) => ({ kind: 'meta' as const, ...m })),
    ...rawFields(survey, actorKind).map((field) => ({ kind: 'field' as const, header: field.id, field })),
  ];
}

function metaValue(key: MetaKey, org: ExportOrganisation): RawCell {
  switch (key) {
    case 'code': return org.code;
    case 'name': return org.name;
    case 'actorKind': return org.actor_kind;
    case 'province': return org.province_name;
    case 'region': return org.region_name ?? org.region_code;
    case 'inhabitants': return org.inhabitants;
    case 'state':
      return responseStateOf(org.response_state === null ? null : { state: org.response_state, version: org.response_version ?? 0 });
    case 'submittedAt':
      return org.response_state === 'ingediend' && org.submitted_at ? amsterdamWallClock(org.submitted_at) : null;
  }
}

/** The export cell of one field: the answer code (codes joined with '|'), a number or the text. */
export function fieldCell(field: Field, value: AnswerValue | undefined): RawCell {
  if (value === undefined) return null;
  if (field.role !== 'answer') return String(value);
  return field.module.exportCell(field.question, value);
}

export function rawRow(columns: RawColumn[], org: ExportOrganisation, answers: Record<string, AnswerValue>): RawCell[] {
  return columns.map((c) => (c.kind === 'meta' ? metaValue(c.key, org) : fieldCell(c.field, answers[c.field.id])));
}
