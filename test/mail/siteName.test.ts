import { describe, expect, it } from 'vitest';
import { mailContextFor } from '../../server/mail/mailer.ts';
import { offeredMail, sentBackMail } from '../../server/mail/signOffTemplates.ts';
import { defaultReminder, invitationMail, receiptMail, reopenedMail, resetMail } from '../../server/mail/templates.ts';

// No survey's name is built into an e-mail: the platform's name comes from SITE_TAGLINE via the mail context.
describe('e-mail texts carry the configured site name, not the 2024 survey', () => {
  const mc = mailContextFor({
    smtpUrl: null, outboxDir: '/tmp/unused', mailFrom: 'monitor@example.nl', baseUrl: 'https://x.example.nl',
    siteTagline: 'Transformatieplannen Jeugd',
  });

  it('names the configured platform in every text and never the Hervormingsagenda', () => {
    expect(mc.siteName).toBe('Afsprakenmonitor Transformatieplannen Jeugd');
    const at = '2026-12-01T10:00:00.000Z';
    const texts = [
      invitationMail(mc.siteName, { organisationName: 'Regio Twente', roleLabel: 'Respondent', link: 'L', expiresAt: at }),
      invitationMail(mc.siteName, { organisationName: null, roleLabel: 'Coördinator', link: 'L', expiresAt: at }),
      resetMail(mc.siteName, { link: 'L', expiresAt: at }),
      defaultReminder(mc.siteName),
      receiptMail(mc.siteName, { organisationName: 'O', waveTitle: 'W', submittedBy: 'a', submittedAt: at, printLink: 'L' }),
      reopenedMail(mc.siteName, { organisationName: 'O', waveTitle: 'W', reopenedBy: 'a', reopenedAt: at, link: 'L', closesOn: '2026-12-31' }),
      offeredMail(mc.siteName, { organisationName: 'O', waveTitle: 'W', offeredBy: 'a', offeredAt: at, link: 'L' }),
      sentBackMail(mc.siteName, { organisationName: 'O', waveTitle: 'W', sentBackBy: 'a', sentBackAt: at, remark: 'r', link: 'L' }),
    ];
    for (const t of texts) {
      expect(`${t.subject}\n${t.text}`).not.toMatch(/Hervormingsagenda/);
      expect(t.text).toContain('De coördinatie van de Afsprakenmonitor Transformatieplannen Jeugd');
    }
    expect(texts[0]!.subject).toBe('Uitnodiging voor de Afsprakenmonitor Transformatieplannen Jeugd');
    expect(texts[0]!.text).toContain('namens Regio Twente de vragenlijst in de Afsprakenmonitor Transformatieplannen Jeugd');
  });

  it('says just Afsprakenmonitor when no tagline is configured', () => {
    const bare = mailContextFor({ smtpUrl: null, outboxDir: '/tmp/unused', mailFrom: 'm@example.nl', baseUrl: 'https://x', siteTagline: ' ' });
    expect(bare.siteName).toBe('Afsprakenmonitor');
  });
});
