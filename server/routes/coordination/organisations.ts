import { Router } from 'express';
import type { Services } from '../../context.ts';
import { contactRoutes } from './contacts.ts';
import { organisationDetailRoutes } from './organisationDetail.ts';
import { organisationEditRoutes } from './organisationEdits.ts';
import { organisationListRoutes } from './organisationList.ts';

/** Organisations: list and filter, details, accounts and invitations, answer history. */
export function organisationRoutes(s: Services): Router {
  const r = Router();
  r.use(organisationListRoutes(s));
  r.use(organisationDetailRoutes(s));
  r.use(organisationEditRoutes(s));
  r.use(contactRoutes(s));
  return r;
}
