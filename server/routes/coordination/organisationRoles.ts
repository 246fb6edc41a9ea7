import { Router } from 'express';
import { notFound } from '../../http/errors.ts';
import { idParam } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { findAccount } from '../../services/accountSecurity.ts';
import { changeOrganisationRole } from '../../services/coordination/organisationRoles.ts';
import { body } from './common.ts';

/** Coordinators make an organisation's account a vaststeller or a respondent again (issue 16, point 7). */
export function organisationRoleRoutes(s: Services): Router {
  const r = Router();

  r.post('/beheer/gebruikers/:id/rol', async (req, res) => {
    const id = idParam(req, 'id');
    const user = Number.isInteger(id) ? await findAccount(s, id) : undefined;
    if (!user) throw notFound();
    const result = await changeOrganisationRole(s, user.id, body(req, 'rol'));
    flash(req, result.ok ? 'success' : 'error', result.message);
    res.redirect(303, user.organisation_code ? `/beheer/organisaties/${user.organisation_code}#accounts` : '/beheer/gebruikers');
  });

  return r;
}
