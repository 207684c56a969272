import type { z } from 'zod';
import { type AppMessage, appMessage } from '../../errors/catalog';
import { contactFields } from '../../schemas/contacts';
import type { LedgerField } from './columns';
import { type CellValue, cellText } from './table';
import { isBlankText } from './text';

/** The investor's contact a ledger row names (联系人, 联系人职务, 联系电话, 联系邮箱); null: blank cell. */
export interface LedgerContact {
  name: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
}
type ContactKey = keyof LedgerContact;

/** The contact's columns, each read with the contact form's own rule (shared/schemas/contacts.ts). */
const COLUMNS: Record<ContactKey, { field: LedgerField; schema: z.ZodType; refused: AppMessage }> = {
  name: { field: 'contactName', schema: contactFields.shape.name, refused: appMessage('ledgerContactText') },
  title: {
    field: 'contactTitle',
    schema: contactFields.shape.title,
    refused: appMessage('ledgerContactText'),
  },
  phone: {
    field: 'contactPhone',
    schema: contactFields.shape.phone,
    refused: appMessage('ledgerContactPhone'),
  },
  email: {
    field: 'contactEmail',
    schema: contactFields.shape.email,
    refused: appMessage('ledgerContactEmail'),
  },
};
const KEYS = Object.keys(COLUMNS) as ContactKey[];

/** Reads the contact cells of a row; a value the contact form would refuse is an error on its column. */
export function parseLedgerContact(
  cells: Partial<Record<LedgerField, CellValue>>,
  errors: Partial<Record<LedgerField, AppMessage>>,
): LedgerContact {
  const contact: LedgerContact = { name: null, title: null, phone: null, email: null };
  for (const key of KEYS) {
    const { field, schema, refused } = COLUMNS[key];
    const text = cellText(cells[field] ?? null);
    if (isBlankText(text)) continue;
    if (schema.safeParse(text).success) contact[key] = text;
    else errors[field] ??= refused;
  }
  return contact;
}

/** The project's primary contact as stored. */
export interface StoredContact extends LedgerContact {
  id: number;
  version: number;
  name: string;
}

/**
 * What an import does with a row's contact: add it as the primary contact when the project has none,
 * or update the primary contact's fields the sheet fills differently (blank cells change nothing).
 */
export type ContactPlan =
  | { kind: 'add'; contact: LedgerContact & { name: string } }
  | { kind: 'update'; before: StoredContact; set: Partial<Record<ContactKey, string>> }
  | { kind: 'unnamed' };

export function planContact(sheet: LedgerContact, primary: StoredContact | undefined): ContactPlan | null {
  if (primary) {
    const set = Object.fromEntries(
      KEYS.filter((k) => sheet[k] !== null && sheet[k] !== primary[k]).map((k) => [k, sheet[k]]),
    );
    return Object.keys(set).length ? { kind: 'update', before: primary, set } : null;
  }
  if (sheet.name) return { kind: 'add', contact: { ...sheet, name: sheet.name } };
  return KEYS.some((k) => sheet[k] !== null) ? { kind: 'unnamed' } : null;
}

/** The preview's note on a row: what happens to its contact. */
export function contactNote(plan: ContactPlan): AppMessage {
  if (plan.kind === 'add') return appMessage('ledgerContactAdded', { name: plan.contact.name });
  if (plan.kind === 'update') return appMessage('ledgerContactUpdated', { name: plan.before.name });
  return appMessage('ledgerContactUnnamed');
}
