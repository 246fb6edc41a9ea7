/**
 * One catalogue for the Dutch texts of pages, API, exports and imports. The texts live in
 * server/messages/, one file per concern; the general ones sit at the top level, the texts of
 * one feature under its own key (messages.upload, messages.offline, messages.bulkImport,
 * messages.orgImport).
 */
import { answerMessages } from './messages/answers.ts';
import { bulkImportMessages } from './messages/bulkImport.ts';
import { lastYearMessages } from './messages/lastYear.ts';
import { offlineMessages } from './messages/offline.ts';
import { orgImportMessages } from './messages/orgImport.ts';
import { pageMessages } from './messages/pages.ts';
import { uploadMessages } from './messages/upload.ts';

export const messages = {
  ...answerMessages,
  ...pageMessages,
  upload: uploadMessages,
  offline: offlineMessages,
  bulkImport: bulkImportMessages,
  orgImport: orgImportMessages,
  lastYear: lastYearMessages,
} as const;
