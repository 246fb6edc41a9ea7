import { Router, type Request, type Response } from 'express';
import { responseStateLabels, responseStates } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import { param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { emptyExtension, grantExtension, type ExtensionInput } from '../../services/coordination/extensions.ts';
import { organisationHistory } from '../../services/coordination/history.ts';
import { editOrganisation, filterChoices, listOrganisations, organisationDetail, type OrganisationEdit } from '../../services/coordination/organisations.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { wavesAnsweredBy } from '../../services/surveyWaves.ts';
import { inviteRespondents } from '../../services/invitations.ts';
import { body, errorList, query } from './common.ts';

interface DetailForm {
  edit?: OrganisationEdit;
  editErrors?: Record<string, string>;
  emails?: string;
  inviteError?: string | null;
  extension?: ExtensionInput;
  extensionErrors?: Record<string, string>;
}

/** Organisations: list and filter, details, accounts and invitations, answer history. */
export function organisationRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;

  r.get('/beheer/organisaties', async (req, res) => {
    const { wave, waves } = await chooseWave(s, req.query.ronde);
    if (!wave) throw notFound();
    const filter = { q: query(req, 'q'), actorKind: query(req, 'soort'), province: query(req, 'provincie'), region: query(req, 'regio'), state: query(req, 'status') };
    const rows = await listOrganisations(s, wave.id, filter);
    res.render('coordination/organisations', {
      title: 'Organisaties', wave, waves, filter, rows, ...(await filterChoices(s)),
      actors: s.surveys.get(wave.survey_id)?.actors ?? [], states: responseStates, stateLabels: responseStateLabels,
    });
  });

  async function renderDetail(req: Request, res: Response, code: string, form: DetailForm = {}, status = 200) {
    const detail = await organisationDetail(s, code);
    if (!detail) throw notFound();
    const { wave, waves } = await chooseWave(s, undefined);
    const o = detail.organisation;
    const editErrors = form.editErrors ?? {};
    const extensionErrors = form.extensionErrors ?? {};
    res.status(status).render('coordination/organisation', {
      title: status === 422 ? `Fout: ${o.name}` : o.name, ...detail, waves, stateLabels: responseStateLabels,
      edit: form.edit ?? { name: o.name, contactEmail: o.contact_email ?? '', inhabitants: o.inhabitants === null ? '' : String(o.inhabitants), active: o.active === 1 },
      editErrors, emails: form.emails ?? '', inviteError: form.inviteError ?? null,
      extension: form.extension ?? emptyExtension(wave?.id), extensionErrors, extensionWaves: await wavesAnsweredBy(s, o.actor_kind),
      errorList: [...errorList(editErrors), ...(form.inviteError ? [{ href: '#emails', text: form.inviteError }] : []), ...errorList(extensionErrors)],
    });
  }

  r.get('/beheer/organisaties/:code', async (req, res) => {
    await renderDetail(req, res, param(req, 'code'));
  });

  r.post('/beheer/organisaties/:code', async (req, res) => {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    const edit: OrganisationEdit = { name: body(req, 'name'), contactEmail: body(req, 'contactEmail'), inhabitants: body(req, 'inhabitants'), active: body(req, 'active') === 'ja' };
    const errors = await editOrganisation(s, code, edit);
    if (Object.keys(errors).length) return renderDetail(req, res, code, { edit, editErrors: errors }, 422);
    flash(req, 'success', 'De gegevens van de organisatie zijn opgeslagen.');
    res.redirect(303, `/beheer/organisaties/${code}`);
  });

  r.post('/beheer/organisaties/:code/uitnodigen', async (req, res) => {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    const emails = body(req, 'emails');
    const result = await inviteRespondents(s, mc, code, emails, req.user!.id);
    if (result.error) return renderDetail(req, res, code, { emails, inviteError: result.error }, 422);
    if (result.invited.length) flash(req, 'success', `Uitnodiging verstuurd naar ${result.invited.join(', ')}.`);
    if (result.resent.length) flash(req, 'success', `Nieuwe uitnodiging verstuurd naar ${result.resent.join(', ')} (de vorige link werkt niet meer).`);
    if (result.failed.length) flash(req, 'error', `Versturen mislukt naar ${result.failed.join(', ')}. De accounts bestaan wel; probeer ‘Opnieuw uitnodigen’ later.`);
    res.redirect(303, `/beheer/organisaties/${code}#accounts`);
  });

  // Extra time for this organisation alone (issue 16, point 6).
  r.post('/beheer/organisaties/:code/extra-tijd', async (req, res) => {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    const input: ExtensionInput = { waveId: body(req, 'extraRonde'), closesOn: body(req, 'extraSluitdatum'), reason: body(req, 'extraReden') };
    const errors = await grantExtension(s, code, input, req.user!.id);
    if (Object.keys(errors).length) return renderDetail(req, res, code, { extension: input, extensionErrors: errors }, 422);
    flash(req, 'success', 'De extra tijd is vastgelegd. De organisatie kan tot en met de nieuwe sluitdatum invullen en indienen.');
    res.redirect(303, `/beheer/organisaties/${code}#extra-tijd`);
  });

  r.get('/beheer/organisaties/:code/geschiedenis', async (req, res) => {
    const { wave, waves } = await chooseWave(s, req.query.ronde);
    if (!wave) throw notFound();
    const history = await organisationHistory(s, param(req, 'code'), wave);
    if (!history) throw notFound();
    res.render('coordination/history', { title: `Geschiedenis ${history.organisation.name}`, wave, waves, ...history });
  });

  return r;
}
