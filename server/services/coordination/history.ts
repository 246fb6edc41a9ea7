import { parseStoredAnswer } from '../../db/repos/answers.ts';
import { extensionsOfOrganisation } from '../../db/repos/deadlineExtensions.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import { eventsOf } from '../../db/repos/responseStatus.ts';
import { findResponse, historyOf } from '../../db/repos/responses.ts';
import type { Wave } from '../../db/schema.ts';
import { fieldMap } from '../../survey/model.ts';
import type { Services } from '../../context.ts';

export const channelLabels: Record<string, string> = {
  web: 'Website (respondent)',
  api: 'Automatisch opgeslagen tijdens het invullen, of via de API (respondent)',
  namens: 'Namens de organisatie (coördinator)',
  excel: 'Excel-bestand',
  import: 'Import',
  system: 'Systeem',
  'vorig-jaar': 'Overgenomen van vorig jaar (nog te bevestigen)',
};

const roleLabels = { answer: '', toelichting: 'Toelichting bij ', anders: 'Anders, namelijk, bij ' } as const;

export interface HistoryEntry {
  at: string;
  who: string;
  channel: string;
  fieldId: string;
  question: string;
  old: string;
  new: string;
}

/** Every change of every answer of one organisation in one wave, newest first, in words. */
export async function organisationHistory(s: Services, code: string, wave: Wave) {
  const organisation = await findOrganisation(s.db, code);
  if (!organisation) return null;
  const survey = s.surveys.get(wave.survey_id);
  const response = await findResponse(s.db, wave.id, code);
  // Extra time granted in this wave (issue 16): part of the organisation's history.
  const extensions = (await extensionsOfOrganisation(s.db, code)).filter((e) => e.wave_id === wave.id);
  if (!response || !survey) return { organisation, entries: [] as HistoryEntry[], events: [], extensions };
  const fields = fieldMap(survey, organisation.actor_kind);
  const show = (fieldId: string, json: string | null): string => {
    if (json === null) return '(leeg)';
    const value = parseStoredAnswer(json);
    const f = fields.get(fieldId);
    // A field that has left the definition is shown as stored.
    return f ? f.module.format(f.question, value) : Array.isArray(value) ? value.join(', ') : String(value);
  };
  const entries: HistoryEntry[] = (await historyOf(s.db, response.id)).map((h) => {
    const f = fields.get(h.field_id);
    const text = f ? f.question.text : '';
    return {
      at: h.changed_at,
      who: h.email ?? 'onbekend',
      channel: channelLabels[h.channel] ?? h.channel,
      fieldId: h.field_id,
      question: f ? `${roleLabels[f.role]}${text.length > 140 ? `${text.slice(0, 137)}…` : text}` : '(vraag niet meer in de vragenlijst)',
      old: show(h.field_id, h.old_value),
      new: show(h.field_id, h.new_value),
    };
  });
  return { organisation, entries, events: await eventsOf(s.db, response.id), extensions };
}
