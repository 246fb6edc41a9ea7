import type { ResponseView } from '../../services/responses.ts';
import { missingRequired, openAtSubmitOf } from '../../survey/model.ts';

/** One response as the JSON API returns it. */
export const responseBody = (v: ResponseView, answers = v.answers, version = v.version) => ({
  wave: v.wave.id,
  organisation: { code: v.organisation.code, name: v.organisation.name, actorKind: v.organisation.actor_kind },
  state: v.submitted ? 'ingediend' : v.offered ? 'ter-vaststelling' : v.response ? 'concept' : 'niet-gestart',
  editable: v.editable,
  version,
  submittedAt: v.response?.submitted_at ?? null,
  answers,
  missing: missingRequired(v.survey, v.organisation.actor_kind, answers).map((q) => q.id),
  /** Of `missing`, those that refuse a submit; the others need `confirmOpen` when submitting. */
  mustAnswer: openAtSubmitOf(v.survey, v.organisation.actor_kind, answers).blocking.map((q) => q.id),
  /** Copied from last year, not yet confirmed or changed (issue 17). */
  copied: v.carried,
});
