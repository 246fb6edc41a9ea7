import { Router } from 'express';
import { assertCanEdit } from '../../http/guards.ts';
import { HttpError } from '../../http/errors.ts';
import type { AnswerValue } from '../../questions/index.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { loadResponseView, reopenResponse, saveAnswers, submitResponse } from '../../services/responses.ts';
import { responseFor as load, saveChannel, targetFor } from '../responseRequest.ts';
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

  r.post('/waves/:wave/responses/:org/submit', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    // Questions the definition lets stay open need {"confirmOpen": true}; until then 409 names them.
    // Answers copied from last year and still untouched are confirmed only when asked: {"confirmCopied": true} (issue 17).
    const body = req.body as { confirmOpen?: unknown; confirmCopied?: unknown } | undefined;
    const result = await submitResponse(s, v.wave.id, v.organisation.code, req.user!.id, {
      confirmOpen: body?.confirmOpen === true, confirmCarried: body?.confirmCopied === true,
    });
    if (!result.ok && result.open) return res.status(409).json({ error: result.message, open: result.open });
    if (!result.ok) {
      const copied = result.carried ? { copied: result.carried } : {};
      return res.status(422).json({ error: result.message, missing: result.missing ?? [], ...copied });
    }
    res.json(responseBody(await loadResponseView(s, v.wave.id, v.organisation.code)));
  });

  r.post('/waves/:wave/responses/:org/reopen', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const result = await reopenResponse(s, v.wave.id, v.organisation.code, req.user!.id);
    if (!result.ok) return res.status(409).json({ error: result.message });
    res.json(responseBody(await loadResponseView(s, v.wave.id, v.organisation.code)));
  });

  return r;
}
