import type { AccountToken, User } from '../../db/schema.ts';

export type AccountStateKind = 'actief' | 'uitgenodigd' | 'verlopen' | 'niet-uitgenodigd' | 'gedeactiveerd';

export interface AccountState {
  kind: AccountStateKind;
  label: string;
  /** Whether a (new) invitation makes sense for this account. */
  canInvite: boolean;
}

/** What a coordinator needs to know about an account (pure). */
export function accountState(
  user: Pick<User, 'active' | 'password_hash'>,
  invitation: AccountToken | undefined,
  now: Date,
  fmt: (iso: string) => string,
): AccountState {
  if (!user.active) return { kind: 'gedeactiveerd', label: 'Gedeactiveerd', canInvite: false };
  if (user.password_hash) return { kind: 'actief', label: 'Actief', canInvite: false };
  if (!invitation) return { kind: 'niet-uitgenodigd', label: 'Nog niet uitgenodigd', canInvite: true };
  if (!invitation.used_at && !invitation.revoked_at && invitation.expires_at > now.toISOString()) {
    return {
      kind: 'uitgenodigd',
      label: `Uitgenodigd op ${fmt(invitation.created_at)}; link geldig tot ${fmt(invitation.expires_at)}`,
      canInvite: true,
    };
  }
  return { kind: 'verlopen', label: `Uitnodiging van ${fmt(invitation.created_at)} verlopen of niet meer geldig`, canInvite: true };
}
