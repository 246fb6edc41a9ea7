import type { Request } from 'express';
import type { SessionUser } from '../auth/roles.ts';
import type { Services } from '../context.ts';
import { assertCanView, param } from '../http/guards.ts';
import { loadResponseTarget, loadResponseView, type ResponseTarget, type ResponseView } from '../services/responseView.ts';

/**
 * What the questionnaire pages, the JSON API and the offline workbook share about a request for
 * one organisation's response (`:wave` and `:org` in the path).
 */

/** The response of the path's wave and organisation, after checking the user may see it (403/404 otherwise). */
export async function responseFor(s: Services, req: Request): Promise<ResponseView> {
  const org = param(req, 'org');
  assertCanView(req.user!, org);
  return loadResponseView(s, param(req, 'wave'), org);
}

/** The wave, survey and organisation of the path, after the same check; the response itself is not read. */
export async function targetFor(s: Services, req: Request): Promise<ResponseTarget> {
  const org = param(req, 'org');
  assertCanView(req.user!, org);
  return loadResponseTarget(s, param(req, 'wave'), org);
}

/** The questionnaire's own address: `/vragenlijst/<wave>/<organisation>`. */
export const responseBase = (v: Pick<ResponseView, 'wave' | 'organisation'>): string => `/vragenlijst/${v.wave.id}/${v.organisation.code}`;

/** The channel a save is recorded under: the respondent's own ('web', 'api'), or on behalf of them ('namens'). */
export const saveChannel = (user: SessionUser, own: 'web' | 'api'): string => (user.role === 'respondent' ? own : 'namens');
