import { updateOrganisation } from '../../db/repos/organisationAdmin.ts';
import { isoNow, type Services } from '../../context.ts';
import { isValidEmail } from './emails.ts';

/** A coordinator's change to an organisation's details, checked field by field. */
export interface OrganisationEdit {
  name: string;
  contactEmail: string;
  inhabitants: string;
  active: boolean;
}

export async function editOrganisation(s: Services, code: string, input: OrganisationEdit): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const name = input.name.trim();
  const email = input.contactEmail.trim().toLowerCase();
  const inhabitants = input.inhabitants.trim().replace(/\./g, '');
  if (!name) errors.name = 'Vul de naam van de organisatie in.';
  else if (name.length > 200) errors.name = 'Gebruik maximaal 200 tekens.';
  if (email && !isValidEmail(email)) {
    errors.contactEmail = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg.';
  }
  if (inhabitants && !/^\d{1,9}$/.test(inhabitants)) {
    errors.inhabitants = 'Vul het aantal inwoners in als heel getal, bijvoorbeeld 12500, of laat het veld leeg.';
  }
  if (Object.keys(errors).length) return errors;
  await updateOrganisation(s.db, code, {
    name, contact_email: email || null, inhabitants: inhabitants ? Number(inhabitants) : null, active: input.active ? 1 : 0,
  }, isoNow(s));
  return errors;
}
