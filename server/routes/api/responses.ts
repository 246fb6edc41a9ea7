// The JSON API of one organisation's response: read and (partial) save; submit and reopen in responseSubmit.ts.
import { Router } from 'express';
import { assertCanEdit } from '../../http/guards.ts';
import { HttpError } from '../../http/errors.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { saveAnswers } from '../../services/responses.ts';
import { responseFor as load, saveChannel, targetFor } from '../responseRequest.ts';
import { apiSubmitRoutes } from './responseSubmit.ts';
import { viewOf } from '../../services/responseView.ts';
import { responseBody } from './responseBody.ts';

/** One organisation's response: read, save (partially), submit and reopen. */
export function apiResponseRoutes(s: Services): Router {
  const r = Router();

  r.get('/waves/:wave/responses/:org', async (req, res) => {
    res.json(responseBody(await load(s, req)));
  });

  // A save reads the wave and organisation here, and the response and its answers once, in its transaction.
  r.put('/waves/:wave/responses/:org', async (req, res) => {
    const v = await targetFor(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const body = req.body as { version?: unknown; answers?: unknown; bases?: unknown };
    if (!body || typeof body.answers !== 'object' || body.answers === null || Array.isArray(body.answers)) {
      throw new HttpError(400, 'Stuur een object met "answers" (antwoorden per vraag-id) en "version".');
    }
    // Without a version the server cannot tell a colleague's change from the client's own: refuse.
    if (!Number.isInteger(body.version)) throw new HttpError(400, messages.apiVersionRequired);
    const bases = body.bases && typeof body.bases === 'object' && !Array.isArray(body.bases)
      ? (body.bases as Record<string, AnswerValue | null>)
      : undefined;
    const result = await saveAnswers(s, {
      waveId: v.wave.id, orgCode: v.organisation.code, target: v, userId: req.user!.id, baseVersion: body.version as number, bases,
      input: body.answers as Record<string, unknown>, mode: 'json', channel: saveChannel(req.user!, 'api'), partial: true,
    });
    if (result.kind === 'locked') return res.status(409).json({ error: result.message, version: result.version });
    if (result.kind !== 'saved') throw new Error(`unexpected save result ${result.kind}`);
    const saved = { ...responseBody(viewOf(v, result.response, result.answers, result.carried)), changed: result.changed };
    const errors = result.errors ?? {};
    const conflicts = result.conflicts ?? [];
    // Refused fields are reported on their own; everything else in the request is saved ('changed', 'version').
    if (Object.keys(errors).length) {
      return res.status(422).json({ error: 'Niet alle antwoorden zijn geldig; de andere zijn opgeslagen.', errors, conflicts, ...saved });
    }
    if (conflicts.length) {
      const error = 'Een collega heeft intussen dezelfde antwoorden gewijzigd; de andere zijn opgeslagen.';
      return res.status(409).json({ error, conflicts, ...saved });
    }
    return res.json(saved);
  });

  r.use(apiSubmitRoutes(s));
  return r;
}
