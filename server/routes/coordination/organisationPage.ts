/** One organisation's page, rendered by its GET and again, with the typed values, by every refused form on it. */
import type { Response } from 'express';
import { organisationRoleLabels } from '../../auth/roles.ts';
import { responseStateLabels } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import type { Services } from '../../context.ts';
import { emptyContact, type ContactErrors, type ContactInput } from '../../services/coordination/contacts.ts';
import { contactRoleLabels, contactRoleText } from '../../services/coordination/contactRoles.ts';
import { emptyExtension, type ExtensionInput } from '../../services/coordination/extensions.ts';
import { organisationDetail, type OrganisationEdit } from '../../services/coordination/organisations.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { wavesAnsweredBy } from '../../services/surveyWaves.ts';
import { errorList } from './common.ts';

/** What a refused form on the detail page shows again: the values typed and their messages. */
export interface DetailForm {
  edit?: OrganisationEdit;
  editErrors?: Record<string, string>;
  emails?: string;
  inviteError?: string | null;
  /** The role chosen for the invited accounts (issue 16, point 7). */
  inviteRole?: string;
  extension?: ExtensionInput;
  extensionErrors?: Record<string, string>;
  /** A refused contact form: which contact (null: the new one), what was typed and why. */
  contact?: { id: number | null; input: ContactInput; errors: ContactErrors };
}

/** The id prefix of a contact form's fields: 'nieuw-' for the new one, 'contact-<id>-' for an existing one. */
export const contactPrefix = (id: number | null) => (id === null ? 'nieuw-' : `contact-${id}-`);

/** One organisation's page: its details, accounts and invitations, and extra time. */
export async function renderDetail(s: Services, res: Response, code: string, form: DetailForm = {}, status = 200) {
  const detail = await organisationDetail(s, code);
  if (!detail) throw notFound();
  const { wave, waves } = await chooseWave(s, undefined);
  const o = detail.organisation;
  const editErrors = form.editErrors ?? {};
  const extensionErrors = form.extensionErrors ?? {};
  const inhabitants = o.inhabitants === null ? '' : String(o.inhabitants);
  res.status(status).render('coordination/organisation', {
    title: status === 422 ? `Fout: ${o.name}` : o.name, ...detail, waves, stateLabels: responseStateLabels,
    edit: form.edit ?? { name: o.name, contactEmail: o.contact_email ?? '', inhabitants, active: o.active === 1 },
    editErrors, emails: form.emails ?? '', inviteError: form.inviteError ?? null, inviteRole: form.inviteRole ?? 'respondent',
    organisationRoleLabels,
    extension: form.extension ?? emptyExtension(wave?.id), extensionErrors, extensionWaves: await wavesAnsweredBy(s, o.actor_kind),
    contactForm: form.contact ?? null, emptyContact, contactRoleLabels, contactRoleText,
    errorList: [
      ...errorList(editErrors), ...(form.inviteError ? [{ href: '#emails', text: form.inviteError }] : []), ...errorList(extensionErrors),
      ...(form.contact ? errorList(form.contact.errors as Record<string, string>, contactPrefix(form.contact.id)) : []),
    ],
  });
}
