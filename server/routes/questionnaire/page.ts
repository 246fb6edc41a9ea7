import type { Request } from 'express';
import type { ResponseView } from '../../services/responseView.ts';
import { themesFor } from '../../survey/model.ts';
import { canEditResponse, canSignOff } from '../../auth/roles.ts';
import { responseBase, responseFor } from '../responseRequest.ts';

/** The shared bits of every questionnaire page: where the response lives and who may do what on it. */
export const base = responseBase;
export const load = responseFor;

export function pageLocals(v: ResponseView, req: Request) {
  return {
    view: v,
    base: base(v),
    actor: v.survey.actors.find((a) => a.id === v.organisation.actor_kind)!,
    themes: themesFor(v.survey, v.organisation.actor_kind),
    canEdit: v.editable && canEditResponse(req.user!, v.organisation.code),
    onBehalf: req.user!.role !== 'respondent',
    canReopen: v.fieldwork === 'open' && canEditResponse(req.user!, v.organisation.code),
    // Sign-off inside the organisation (issue 16, point 7).
    signOffRequired: v.wave.sign_off_required === 1,
    canSignOff: canSignOff(req.user!, v.organisation.code),
  };
}
