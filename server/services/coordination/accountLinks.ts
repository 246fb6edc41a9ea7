// Single-use links for invitations and password resets: issue, send (accountLinkIssue.ts),
// check, accept (accountLinkUse.ts). One place to import them from.

export { INVITATION_DAYS, RESET_HOURS, sendInvitation, sha256, type Purpose } from './accountLinkIssue.ts';
export {
  acceptToken, checkToken, renewFromToken, requestPasswordLink, type AcceptResult, type TokenCheck, type TokenStatus,
} from './accountLinkUse.ts';
