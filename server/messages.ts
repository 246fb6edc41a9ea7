/**
 * One catalogue for the Dutch texts of pages, API, exports and imports. The texts live in
 * server/messages/, one file per concern; the general ones sit at the top level, the texts of
 * one feature under its own key (messages.upload, messages.offline, messages.bulkImport,
 * messages.orgImport).
 */
import { answerMessages } from './messages/answers.ts';
import { bulkImportMessages } from './messages/bulkImport.ts';
import { contactMessages } from './messages/contacts.ts';
import { lastYearMessages } from './messages/lastYear.ts';
import { offlineMessages } from './messages/offline.ts';
import { orgImportMessages } from './messages/orgImport.ts';
import { pageMessages } from './messages/pages.ts';
import { signOffMessages } from './messages/signOff.ts';
import { reminderPlanMessages } from './messages/reminderPlan.ts';
import { uploadMessages } from './messages/upload.ts';

export const messages = {
  ...answerMessages,
  ...pageMessages,
  upload: uploadMessages,
  offline: offlineMessages,
  bulkImport: bulkImportMessages,
  orgImport: orgImportMessages,
  signOff: signOffMessages,
  reminderPlan: reminderPlanMessages,
  contacts: contactMessages,
  lastYear: lastYearMessages,
} as const;
