// Accounts: invite respondents and staff, resend, deactivate (the links themselves: accountLinks.ts).
// One place to import them from; each part lives in services/coordination/.

export {
  acceptToken, checkToken, INVITATION_DAYS, renewFromToken, requestPasswordLink, RESET_HOURS, sha256,
  type AcceptResult, type Purpose, type TokenCheck, type TokenStatus,
} from './coordination/accountLinks.ts';
export { inviteRespondents, type InviteResult } from './coordination/respondentInvitations.ts';
export {
  inviteStaff, resendInvitation, setAccountActive, staffAccounts, staffRoles, type StaffInput,
} from './coordination/staffAccounts.ts';
