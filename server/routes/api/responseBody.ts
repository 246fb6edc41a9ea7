import type { ResponseView } from '../../services/responses.ts';
import { missingRequired } from '../../survey/model.ts';

/** One response as the JSON API returns it. */
export const responseBody = (v: ResponseView, answers = v.answers, version = v.version) => ({
  wave: v.wave.id,
  organisation: { code: v.organisation.code, name: v.organisation.name, actorKind: v.organisation.actor_kind },
  state: v.submitted ? 'ingediend' : v.response ? 'concept' : 'niet-gestart',
  editable: v.editable,
  version,
  submittedAt: v.response?.submitted_at ?? null,
  answers,
  missing: missingRequired(v.survey, v.organisation.actor_kind, answers).map((q) => q.id),
  /** Copied from last year, not yet confirmed or changed (issue 17). */
  copied: v.carried,
});
