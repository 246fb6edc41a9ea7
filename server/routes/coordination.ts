import { Router } from 'express';
import type { Config } from '../config.ts';
import { requireLogin, requireRole } from '../http/guards.ts';
import { registeredNav } from '../http/navigation.ts';
import type { Services } from '../context.ts';
import { accountAdminRoutes } from './coordination/accounts.ts';
import { bulkInvitationRoutes } from './coordination/bulkInvitations.ts';
import { dashboardRoutes } from './coordination/dashboard.ts';
import { mailLogRoutes } from './coordination/mailLog.ts';
import { orgImportRoutes } from './coordination/orgImport.ts';
import { organisationRoleRoutes } from './coordination/organisationRoles.ts';
import { organisationRoutes } from './coordination/organisations.ts';
import { reminderPlanRoutes } from './coordination/reminderPlan.ts';
import { reminderRoutes } from './coordination/reminders.ts';
import { responseRoutes } from './coordination/response.ts';
import { waveRoutes } from './coordination/waves.ts';
import { workbenchRoutes } from './coordination/workbench.ts';

/**
 * Coordination (/beheer): coordinators and beheerders only, checked here once for every page;
 * pages for beheerders alone check again on their own.
 */
export function coordinationRoutes(s: Services, config: Config): Router {
  if (!registeredNav.includes('/beheer')) registeredNav.push('/beheer');
  const r = Router();
  r.use('/beheer', requireLogin, requireRole('coordinator', 'admin'));
  r.use(dashboardRoutes(s));
  r.use(responseRoutes(s));
  r.use(waveRoutes(s));
  // The import pages before '/beheer/organisaties/:code', which would otherwise match them.
  r.use(orgImportRoutes(s));
  r.use(organisationRoutes(s));
  r.use(accountAdminRoutes(s));
  r.use(organisationRoleRoutes(s));
  r.use(reminderRoutes(s));
  r.use(reminderPlanRoutes(s));
  r.use(workbenchRoutes(s));
  r.use(bulkInvitationRoutes(s));
  r.use(mailLogRoutes(s, !config.smtpUrl, config.outboxDir));
  return r;
}
