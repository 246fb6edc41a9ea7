import { Router } from 'express';
import { notFound } from '../../http/errors.ts';
import { param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { grantExtension, type ExtensionInput } from '../../services/coordination/extensions.ts';
import { editOrganisation, organisationDetail, type OrganisationEdit } from '../../services/coordination/organisations.ts';
import { inviteRespondents } from '../../services/invitations.ts';
import { parseOrganisationRole } from '../../services/coordination/organisationRoles.ts';
import { messages } from '../../messages.ts';
import { body } from './common.ts';
import { renderDetail } from './organisationPage.ts';

/** The forms on one organisation's page: its details, invitations, extra time. */
export function organisationEditRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;

  r.post('/beheer/organisaties/:code', async (req, res) => {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    const edit: OrganisationEdit = {
      name: body(req, 'name'), contactEmail: body(req, 'contactEmail'),
      inhabitants: body(req, 'inhabitants'), active: body(req, 'active') === 'ja',
    };
    const errors = await editOrganisation(s, code, edit);
    if (Object.keys(errors).length) return renderDetail(s, res, code, { edit, editErrors: errors }, 422);
    flash(req, 'success', 'De gegevens van de organisatie zijn opgeslagen.');
    res.redirect(303, `/beheer/organisaties/${code}`);
  });

  r.post('/beheer/organisaties/:code/uitnodigen', async (req, res) => {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    const emails = body(req, 'emails');
    // The role of the new accounts (issue 16, point 7); a form without the choice invites respondents.
    const inviteRole = body(req, 'rol') || 'respondent';
    const role = parseOrganisationRole(inviteRole);
    if (!role) return renderDetail(s, res, code, { emails, inviteRole, inviteError: messages.signOff.roleUnknown }, 422);
    const result = await inviteRespondents(s, mc, code, emails, req.user!.id, role);
    if (result.error) return renderDetail(s, res, code, { emails, inviteRole, inviteError: result.error }, 422);
    if (result.invited.length) flash(req, 'success', `Uitnodiging verstuurd naar ${result.invited.join(', ')}.`);
    if (result.resent.length) {
      flash(req, 'success', `Nieuwe uitnodiging verstuurd naar ${result.resent.join(', ')} (de vorige link werkt niet meer).`);
    }
    if (result.failed.length) {
      const failed = result.failed.join(', ');
      flash(req, 'error', `Versturen mislukt naar ${failed}. De accounts bestaan wel; probeer ‘Opnieuw uitnodigen’ later.`);
    }
    res.redirect(303, `/beheer/organisaties/${code}#accounts`);
  });

  // Extra time for this organisation alone (issue 16, point 6).
  r.post('/beheer/organisaties/:code/extra-tijd', async (req, res) => {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    const input: ExtensionInput = {
      waveId: body(req, 'extraRonde'), closesOn: body(req, 'extraSluitdatum'), reason: body(req, 'extraReden'),
    };
    const errors = await grantExtension(s, code, input, req.user!.id);
    if (Object.keys(errors).length) return renderDetail(s, res, code, { extension: input, extensionErrors: errors }, 422);
    flash(req, 'success', 'De extra tijd is vastgelegd. De organisatie kan tot en met de nieuwe sluitdatum invullen en indienen.');
    res.redirect(303, `/beheer/organisaties/${code}#extra-tijd`);
  });

  return r;
}
