import { eq, max } from 'drizzle-orm';
import { insertRows } from '../../../db/bulk-insert';
import type { Db } from '../../../db/client';
import { auditLog, projectContacts } from '../../../db/schema';
import type { ContactPlan, StoredContact } from '../../../shared/domain/ledger/contact';
import type { SessionUser } from '../../auth/sessions';
import { audit } from '../../audit';
import { contactTrail } from '../contacts';
import { updateVersioned } from '../versioned-update';

/** Every project's primary contact (联系人, 联系人职务, 联系电话, 联系邮箱) by project id: read once for the export and for the import's check. */
export function loadPrimaryContacts(db: Db): Map<number, StoredContact> {
  const rows = db
    .select({
      projectId: projectContacts.projectId,
      id: projectContacts.id,
      version: projectContacts.version,
      name: projectContacts.name,
      title: projectContacts.title,
      phone: projectContacts.phone,
      email: projectContacts.email,
    })
    .from(projectContacts)
    .where(eq(projectContacts.isPrimary, true))
    .all();
  return new Map(rows.map(({ projectId, ...c }) => [projectId, c]));
}

/** A row's contact change, on the project it belongs to (a new project's id is known once it is written). */
export interface ContactWrite {
  projectId: number;
  sheetRow: number;
  plan: ContactPlan;
}

/**
 * Writes an import's contact changes on its connection, inside its transaction: new primary contacts
 * in bulk (like the other per-project rows of a create), updates one by one at the version checked.
 * Each change has its audit row, with the action and fields the contacts procedures write.
 */
export function writeImportContacts(db: Db, user: SessionUser, writes: ContactWrite[], now: number): void {
  const adds = writes.flatMap((w) => (w.plan.kind === 'add' ? [{ ...w, contact: w.plan.contact }] : []));
  const firstId =
    (db
      .select({ id: max(projectContacts.id) })
      .from(projectContacts)
      .get()?.id ?? 0) + 1;
  insertRows(
    db,
    projectContacts,
    adds.map((a, i) => ({
      ...a.contact,
      id: firstId + i,
      projectId: a.projectId,
      isPrimary: true,
      createdBy: user.id,
      createdAt: now,
    })),
  );
  const audits = adds.map((a, i) => ({
    at: now,
    userId: user.id,
    action: 'contact.add',
    entity: 'project',
    entityId: a.projectId,
    changes: JSON.stringify({
      contactId: firstId + i,
      ...contactTrail({ ...a.contact, isPrimary: true }),
      sheetRow: a.sheetRow,
    }),
  }));
  insertRows(db, auditLog, audits);
  for (const w of writes) if (w.plan.kind === 'update') updateContact(db, user, w, w.plan, now);
}

function updateContact(
  db: Db,
  user: SessionUser,
  w: ContactWrite,
  plan: Extract<ContactPlan, { kind: 'update' }>,
  now: number,
): void {
  const { before, set } = plan;
  updateVersioned(db, projectContacts, before, { ...set, updatedAt: now, updatedBy: user.id }, 'contact');
  const was = contactTrail(before);
  const changes = Object.entries(contactTrail(set))
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, [was[k as keyof typeof was] ?? null, v]]);
  audit(db, {
    userId: user.id,
    action: 'contact.update',
    entity: 'project',
    entityId: w.projectId,
    changes: { contactId: before.id, ...Object.fromEntries(changes), sheetRow: w.sheetRow },
    at: now,
  });
}
