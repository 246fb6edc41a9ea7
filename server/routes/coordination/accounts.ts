import { Router, type Request, type Response } from 'express';
import { roleLabels } from '../../auth/roles.ts';
import type { User } from '../../db/schema.ts';
import { pageOf, requestedPage } from '../../domain/paging.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { idParam, requireRole } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { findAccount } from '../../services/accountSecurity.ts';
import { inviteStaff, resendInvitation, setAccountActive, staffAccounts, staffRoles, type StaffInput } from '../../services/invitations.ts';
import { body, errorList } from './common.ts';

/** Coordinators manage respondents' accounts; only beheerders manage staff accounts. */
async function targetUser(s: Services, req: Request): Promise<User> {
  const id = idParam(req, 'id');
  const user = Number.isInteger(id) ? await findAccount(s, id) : undefined;
  if (!user) throw notFound();
  if (user.role !== 'respondent' && req.user!.role !== 'admin') throw forbidden();
  return user;
}

const back = (u: User) => (u.organisation_code ? `/beheer/organisaties/${u.organisation_code}#accounts` : '/beheer/gebruikers');

export function accountAdminRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;

  r.post('/beheer/gebruikers/:id/opnieuw-uitnodigen', async (req, res) => {
    const user = await targetUser(s, req);
    const result = await resendInvitation(s, mc, user.id, req.user!.id);
    flash(req, result.ok ? 'success' : 'error', result.message);
    res.redirect(303, back(user));
  });

  for (const [action, active] of [
    ['deactiveren', false],
    ['activeren', true],
  ] as const) {
    r.post(`/beheer/gebruikers/:id/${action}`, async (req, res) => {
      const user = await targetUser(s, req);
      if (user.id === req.user!.id) {
        flash(req, 'error', 'U kunt uw eigen account niet deactiveren.');
        return res.redirect(303, back(user));
      }
      await setAccountActive(s, user.id, active);
      flash(
        req,
        'success',
        active
          ? `${user.email} is weer actief.`
          : `${user.email} is gedeactiveerd: inloggen kan niet meer en openstaande links werken niet meer.`,
      );
      res.redirect(303, back(user));
    });
  }

  async function renderStaff(req: Request, res: Response, input: StaffInput, errors: Record<string, string> = {}, status = 200) {
    const { rows: users, ...pager } = pageOf(await staffAccounts(s), requestedPage(req.query.pagina));
    res.status(status).render('coordination/staff', {
      title: 'Medewerkers',
      input,
      errors,
      errorList: errorList(errors),
      roleChoices: staffRoles.map((r) => [r, roleLabels[r]]),
      users,
      pager,
    });
  }

  r.get('/beheer/gebruikers', requireRole('admin'), async (req, res) => {
    await renderStaff(req, res, { email: '', name: '', role: 'coordinator' });
  });

  r.post('/beheer/gebruikers', requireRole('admin'), async (req, res) => {
    const input: StaffInput = { email: body(req, 'email'), name: body(req, 'name'), role: body(req, 'role') };
    const result = await inviteStaff(s, mc, input, req.user!.id);
    if (Object.keys(result.errors).length) return renderStaff(req, res, input, result.errors, 422);
    flash(
      req,
      result.sent ? 'success' : 'error',
      result.sent
        ? `Uitnodiging verstuurd naar ${input.email.trim()}.`
        : `Het account is aangemaakt, maar het versturen naar ${input.email.trim()} is mislukt. Probeer ‘Opnieuw uitnodigen’.`,
    );
    res.redirect(303, '/beheer/gebruikers');
  });

  return r;
}
