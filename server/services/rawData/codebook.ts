/** The codebook: what each column of 'Ruwe data' holds and which codes it may contain. */
import { TEXT_RANGE } from '../../questions/tekst.ts';
import type { Field } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { metaColumns, rawFields } from './codec.ts';

export const codebookHeaders = [
  'Kolom', 'Vraag-id', 'Thema', 'Soort organisatie', 'Soort vraag', 'Vraag', 'Type', 'Antwoordcodes en labels', 'Bereik',
  'Planning HA/IP', 'Voorwaarde', 'Verplicht',
] as const;

export const codebookWidths = [34, 30, 34, 18, 12, 70, 12, 50, 18, 20, 40, 10];

const metaDescriptions: Record<string, string> = {
  code: 'CBS-code van de gemeente (GM…) of jeugdregio (JZ…), of de code van de landelijke partij',
  name: 'Naam van de organisatie',
  actorKind: 'Soort organisatie (code)',
  province: 'Provincie',
  region: 'Jeugdregio (naam)',
  inhabitants: 'Aantal inwoners',
  state: 'Status van de vragenlijst',
  submittedAt: 'Moment van indienen (Nederlandse tijd)',
};

const metaCodes: Record<string, string> = {
  actorKind: '',
  state: 'niet-gestart = Niet gestart; bezig = Bezig; ingediend = Ingediend',
};

function rangeOf(field: Field): string {
  return field.role === 'answer' ? field.module.codebook(field.question) : TEXT_RANGE;
}

function fieldText(field: Field): string {
  const q = field.question;
  if (field.role === 'toelichting') return `Toelichting bij vraag ${q.id}`;
  if (field.role === 'anders') {
    const other = 'options' in q ? q.options.find((o) => o.other)?.label : undefined;
    return `${other ?? 'Anders'}, namelijk (bij vraag ${q.id})`;
  }
  return q.text;
}

function conditionOf(field: Field): string {
  const q = field.question;
  const parts: string[] = [];
  if (q.condition) parts.push(`${q.condition.question} = ${q.condition.equals.join(' of ')}`);
  if (field.role === 'anders' && 'options' in q) {
    parts.push(`${q.id} = ${q.options.filter((o) => o.other).map((o) => o.code).join(' of ')}`);
  }
  return parts.length ? `alleen als ${parts.join(' en ')}` : '';
}

export type CodebookRow = string[];

export function codebookRows(survey: Survey, actorKind?: string): CodebookRow[] {
  const themes = new Map(survey.themes.map((t) => [t.id, `${t.number} ${t.title}`]));
  const actors = new Map(survey.actors.map((a) => [a.id, a.label]));
  const meta: CodebookRow[] = metaColumns.map((m) => [
    m.header, '', '', '', 'Kenmerk', metaDescriptions[m.key] ?? '', 'tekst',
    m.key === 'actorKind' ? survey.actors.map((a) => `${a.id} = ${a.label}`).join('; ') : metaCodes[m.key] ?? '',
    '', '', '', '',
  ]);
  const fields = rawFields(survey, actorKind).map((field): CodebookRow => {
    const q = field.question;
    const options = field.role === 'answer' ? field.module.options(q) : null;
    return [
      field.id,
      q.id,
      themes.get(q.theme) ?? q.theme,
      q.actorKinds.map((a) => actors.get(a) ?? a).join(', '),
      field.role === 'answer' ? survey.questionKinds[q.kind]?.label ?? q.kind : 'Tekst',
      fieldText(field),
      field.role === 'answer' ? q.type : 'tekst',
      options ? options.map((o) => `${o.code} = ${o.label}`).join('; ') : '',
      rangeOf(field),
      field.role === 'answer' ? q.planning ?? '' : '',
      conditionOf(field),
      field.role === 'answer' && q.required ? 'ja' : 'nee',
    ];
  });
  return [...meta, ...fields];
}
