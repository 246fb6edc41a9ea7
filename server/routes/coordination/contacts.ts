import { Router, type Request } from 'express';
import { notFound } from '../../http/errors.ts';
import { idParam, param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { addContact, changeContact, cleanName, removeContact, type ContactInput } from '../../services/coordination/contacts.ts';
import { organisationDetail } from '../../services/coordination/organisations.ts';
import { body } from './common.ts';
import { renderDetail } from './organisationPage.ts';

const inputOf = (req: Request): ContactInput => ({
  naam: body(req, 'naam'), email: body(req, 'email'), rol: body(req, 'rol'), rolAnders: body(req, 'rolAnders'),
});

/** Contact people on an organisation's page (issue 16, point 1): add, change, remove; plain forms. */
export function contactRoutes(s: Services): Router {
  const r = Router();
  const t = messages.contacts;

  async function orgCode(req: Request): Promise<string> {
    const code = param(req, 'code');
    if (!(await organisationDetail(s, code))) throw notFound();
    return code;
  }
  const contactId = (req: Request) => {
    const id = idParam(req, 'id');
    if (!Number.isInteger(id)) throw notFound();
    return id;
  };
  const back = (code: string) => `/beheer/organisaties/${code}#contactpersonen`;

  r.post('/beheer/organisaties/:code/contactpersonen', async (req, res) => {
    const code = await orgCode(req);
    const input = inputOf(req);
    const errors = await addContact(s, code, input);
    if (Object.keys(errors).length) return renderDetail(s, res, code, { contact: { id: null, input, errors } }, 422);
    flash(req, 'success', t.added(cleanName(input.naam)));
    res.redirect(303, back(code));
  });

  r.post('/beheer/organisaties/:code/contactpersonen/:id', async (req, res) => {
    const code = await orgCode(req);
    const id = contactId(req);
    const input = inputOf(req);
    const errors = await changeContact(s, code, id, input);
    if (errors === null) {
      flash(req, 'error', t.gone);
      return res.redirect(303, back(code));
    }
    if (Object.keys(errors).length) return renderDetail(s, res, code, { contact: { id, input, errors } }, 422);
    flash(req, 'success', t.changed(cleanName(input.naam)));
    res.redirect(303, back(code));
  });

  r.post('/beheer/organisaties/:code/contactpersonen/:id/verwijderen', async (req, res) => {
    const code = await orgCode(req);
    const name = await removeContact(s, code, contactId(req));
    flash(req, name === null ? 'error' : 'success', name === null ? t.gone : t.removed(name));
    res.redirect(303, back(code));
  });

  return r;
}
