import { reportZh } from '../../shared/labels/report';
import { reviewZh } from '../../shared/labels/review';
import { auditZh } from './sections/audit';
import { conflictsZh } from './sections/conflicts';
import { contactsZh } from './sections/contacts';
import { importProgressZh } from './sections/import-progress';
import { ledgerZh } from './sections/ledger';
import { operationsZh } from './sections/operations';
import { schedulesZh } from './sections/schedules';

/**
 * The Chinese sections only pages and dialogs loaded on demand show, whole: they load with the first
 * of those (client/lib/i18n.ts, `loadPageStrings`), keeping them out of the board's first load.
 */
export const zhPages = {
  review: reviewZh,
  report: reportZh,
  schedules: schedulesZh,
  audit: auditZh,
  ledger: ledgerZh,
  importProgress: importProgressZh,
  contacts: contactsZh,
  operations: operationsZh,
  conflicts: conflictsZh,
} as const;
