// The JSON API's submit and reopen of one organisation's response, mounted by responses.ts.
import { Router } from 'express';
import { assertCanEdit } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { loadResponseView, reopenResponse, submitResponse } from '../../services/responses.ts';
import { responseFor as load } from '../responseRequest.ts';
import { responseBody } from './responseBody.ts';

/** Submit (confirming open or copied answers when asked) and reopen. */
export function apiSubmitRoutes(s: Services): Router {
  const r = Router();

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
