import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { projectContacts, projects } from '../../db/schema';
import type {
  contactCreateInput,
  contactFields,
  contactRemoveInput,
  contactUpdateInput,
} from '../../shared/schemas/contacts';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { conflict, fieldError, notFound } from '../errors';
import { updateVersioned } from './versioned-update';

type Fields = z.output<typeof contactFields>;

const columns = {
  id: projectContacts.id,
  projectId: projectContacts.projectId,
  name: projectContacts.name,
  title: projectContacts.title,
  phone: projectContacts.phone,
  email: projectContacts.email,
  note: projectContacts.note,
  isPrimary: projectContacts.isPrimary,
  version: projectContacts.version,
};
export type Contact = Omit<
  typeof projectContacts.$inferSelect,
  'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'
>;

/** A project's contacts, the primary one first, then in the order they were added. */
export function listContacts(db: Db, projectId: number): Contact[] {
  return db
    .select(columns)
    .from(projectContacts)
    .where(eq(projectContacts.projectId, projectId))
    .orderBy(desc(projectContacts.isPrimary), asc(projectContacts.id))
    .all();
}

/** What is stored: a field the person left out is empty, as in the form. */
const stored = (f: Fields) => ({
  name: f.name,
  title: f.title ?? null,
  phone: f.phone ?? null,
  email: f.email ?? null,
  note: f.note ?? null,
});

/** The audit's view of a contact: its own field names, so they never read as the project's name or note. */
export const contactTrail = (c: Partial<Fields>) => ({
  contactName: c.name,
  contactTitle: c.title,
  contactPhone: c.phone,
  contactEmail: c.email,
  contactNote: c.note,
  isPrimary: c.isPrimary,
});

function changed(before: Contact, after: Fields & { isPrimary: boolean }) {
  const b = contactTrail(before);
  const a = contactTrail(after);
  return Object.fromEntries(
    (Object.keys(a) as (keyof typeof a)[])
      .filter((k) => (b[k] ?? null) !== (a[k] ?? null))
      .map((k) => [k, [b[k] ?? null, a[k] ?? null]]),
  );
}

/** Only one primary per project: the others lose the mark (their versions move on). */
function clearOtherPrimaries(db: Db, projectId: number, keepId: number, now: number, userId: number) {
  const others = db
    .select({ id: projectContacts.id, version: projectContacts.version })
    .from(projectContacts)
    .where(
      and(
        eq(projectContacts.projectId, projectId),
        eq(projectContacts.isPrimary, true),
        ne(projectContacts.id, keepId),
      ),
    )
    .all();
  for (const o of others)
    updateVersioned(
      db,
      projectContacts,
      o,
      { isPrimary: false, updatedAt: now, updatedBy: userId },
      'contact',
    );
}

function loadContact(db: Db, id: number): Contact {
  const c = db.select(columns).from(projectContacts).where(eq(projectContacts.id, id)).get();
  if (!c) throw notFound('contact');
  return c;
}

/** Adds a contact; a project's first contact is its primary one. */
export function addContact(
  db: Db,
  user: SessionUser,
  input: z.output<typeof contactCreateInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const p = db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
    if (!p) throw notFound('project');
    const first = listContacts(db, input.projectId).length === 0;
    const isPrimary = first || input.fields.isPrimary === true;
    // The other primary loses its mark first: the unique index allows one per project.
    if (isPrimary) clearOtherPrimaries(db, input.projectId, 0, now, user.id);
    const row = db
      .insert(projectContacts)
      .values({
        ...stored(input.fields),
        projectId: input.projectId,
        isPrimary,
        createdBy: user.id,
        createdAt: now,
      })
      .returning({ id: projectContacts.id })
      .get();
    audit(db, {
      userId: user.id,
      action: 'contact.add',
      entity: 'project',
      entityId: input.projectId,
      changes: { contactId: row.id, ...contactTrail({ ...stored(input.fields), isPrimary }) },
      at: now,
    });
    return { id: row.id, version: 1 };
  });
}

/** Edits a contact at the version the person opened; making it primary takes the mark from the other. */
export function updateContact(
  db: Db,
  user: SessionUser,
  input: z.output<typeof contactUpdateInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadContact(db, input.id);
    if (before.version !== input.version) throw conflict('contact');
    const isPrimary = input.fields.isPrimary ?? before.isPrimary;
    if (before.isPrimary && !isPrimary) throw fieldError({ isPrimary: 'primaryContactNeeded' });
    if (isPrimary && !before.isPrimary) clearOtherPrimaries(db, before.projectId, before.id, now, user.id);
    const next = { ...stored(input.fields), isPrimary };
    const version = updateVersioned(
      db,
      projectContacts,
      before,
      { ...next, updatedAt: now, updatedBy: user.id },
      'contact',
    );
    audit(db, {
      userId: user.id,
      action: 'contact.update',
      entity: 'project',
      entityId: before.projectId,
      changes: { contactId: before.id, ...changed(before, next) },
      at: now,
    });
    return { id: before.id, version };
  });
}

/** Removes a contact; when it was the primary one, the earliest remaining contact becomes primary. */
export function removeContact(
  db: Db,
  user: SessionUser,
  input: z.output<typeof contactRemoveInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadContact(db, input.id);
    if (before.version !== input.version) throw conflict('contact');
    const r = db
      .delete(projectContacts)
      .where(and(eq(projectContacts.id, input.id), eq(projectContacts.version, input.version)))
      .run();
    if (r.changes !== 1) throw conflict('contact');
    const next = before.isPrimary ? listContacts(db, before.projectId)[0] : undefined;
    if (next)
      updateVersioned(
        db,
        projectContacts,
        next,
        { isPrimary: true, updatedAt: now, updatedBy: user.id },
        'contact',
      );
    audit(db, {
      userId: user.id,
      action: 'contact.remove',
      entity: 'project',
      entityId: before.projectId,
      changes: { contactId: before.id, ...contactTrail(before), ...(next && { primaryNow: next.name }) },
      at: now,
    });
    return { id: before.id };
  });
}
