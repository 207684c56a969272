import { and, asc, desc, eq, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../../db/client';
import {
  chaseUpOrders,
  documentKinds,
  documents,
  instructions,
  problems,
  projects,
  users,
} from '../../../db/schema';
import {
  cleanFileName,
  DOCUMENT_LIMITS,
  DOCUMENT_TYPES,
  type DocumentTarget,
  previewOf,
} from '../../../shared/domain/documents';
import type { AppMessage } from '../../../shared/errors/catalog';
import type {
  documentKindsInput,
  documentListInput,
  documentWithdrawInput,
  DocumentUploadQuery,
} from '../../../shared/schemas/documents';
import type { SessionUser } from '../../auth/sessions';
import { audit } from '../../audit';
import { AppError, appError, conflict, notFound } from '../../errors';
import { storeFile } from './file-store';
import { extOf, sniff } from './sniff';

const MB = 1024 * 1024;
const uploader = alias(users, 'uploader');

const columns = {
  id: documents.id,
  projectId: documents.projectId,
  target: documents.target,
  targetId: documents.targetId,
  kind: documents.kind,
  kindLabel: documentKinds.label,
  name: documents.name,
  mime: documents.mime,
  size: documents.size,
  status: documents.status,
  supersedesId: documents.supersedesId,
  uploadedBy: uploader.displayName,
  uploadedAt: documents.uploadedAt,
  endedAt: documents.endedAt,
  endReason: documents.endReason,
  version: documents.version,
};

/** A project's documents (or those on one of its problems, 批示 or 督办单), current first, newest first. */
export function listDocuments(db: Db, input: z.output<typeof documentListInput>) {
  const rows = db
    .select(columns)
    .from(documents)
    .innerJoin(documentKinds, eq(documentKinds.key, documents.kind))
    .innerJoin(uploader, eq(uploader.id, documents.uploadedBy))
    .where(
      and(
        eq(documents.projectId, input.projectId),
        input.target ? eq(documents.target, input.target) : undefined,
        input.targetId ? eq(documents.targetId, input.targetId) : undefined,
      ),
    )
    .orderBy(sql`${documents.status} = 'current' desc`, desc(documents.uploadedAt), desc(documents.id))
    .all();
  return rows.map((r) => ({ ...r, preview: previewOf(r.mime) }));
}
export type DocumentRow = ReturnType<typeof listDocuments>[number];

/** The catalogue of kinds, in its order (retired kinds too: old documents keep their label). */
export function listKinds(db: Db) {
  return db
    .select({
      key: documentKinds.key,
      label: documentKinds.label,
      active: documentKinds.active,
      version: documentKinds.version,
    })
    .from(documentKinds)
    .orderBy(asc(documentKinds.position))
    .all();
}

/** What the download route needs about one document. */
export function documentFile(db: Db, id: number) {
  return db
    .select({
      id: documents.id,
      projectId: documents.projectId,
      name: documents.name,
      mime: documents.mime,
      sha256: documents.sha256,
      size: documents.size,
    })
    .from(documents)
    .where(eq(documents.id, id))
    .get();
}

/** Bytes kept for a project, every status counted (withdrawn and superseded files stay on disk). */
export function projectBytes(db: Db, projectId: number): number {
  return Number(
    db
      .select({ n: sum(documents.size) })
      .from(documents)
      .where(eq(documents.projectId, projectId))
      .get()?.n ?? 0,
  );
}

const refuse = (app: AppMessage, status: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' = 'BAD_REQUEST') =>
  new AppError(status, app);

/** The object a document is attached to is on the project: the project of a problem, 批示 or 督办单. */
function targetProject(db: Db, target: DocumentTarget, targetId: number | undefined): number | null {
  if (target === 'project') return null;
  if (!targetId) throw appError('documentTargetMismatch');
  const table = { problem: problems, instruction: instructions, chaseUp: chaseUpOrders }[target];
  const row = db.select({ projectId: table.projectId }).from(table).where(eq(table.id, targetId)).get();
  if (!row) throw notFound(target);
  return row.projectId;
}

/** Everything the upload needs that the database knows; asked before the file is stored and again in the write. */
function checkPlace(db: Db, q: DocumentUploadQuery, name: string, size: number) {
  if (!db.select({ id: projects.id }).from(projects).where(eq(projects.id, q.projectId)).get())
    throw notFound('project');
  const kind = db
    .select({ active: documentKinds.active, label: documentKinds.label })
    .from(documentKinds)
    .where(eq(documentKinds.key, q.kind))
    .get();
  if (!kind?.active) throw appError('documentKindInactive');
  const kindLabel = kind.label;
  const owner = targetProject(db, q.target, q.targetId);
  if (owner !== null && owner !== q.projectId) throw appError('documentTargetMismatch');
  if (projectBytes(db, q.projectId) + size > DOCUMENT_LIMITS.projectBytes)
    throw refuse(
      { code: 'documentQuota', params: { mb: DOCUMENT_LIMITS.projectBytes / MB, name } },
      'PAYLOAD_TOO_LARGE',
    );
  if (q.supersedes) {
    const old = db.select().from(documents).where(eq(documents.id, q.supersedes)).get();
    if (!old) throw notFound('document');
    if (old.status !== 'current') throw new AppError('CONFLICT', { code: 'documentEnded' });
    if (
      old.projectId !== q.projectId ||
      old.target !== q.target ||
      (old.targetId ?? undefined) !== (q.targetId ?? undefined)
    )
      throw appError('documentSupersedeTarget');
    return { old, kindLabel };
  }
  return { old: null, kindLabel };
}

/** The name offered for download ends with the extension of what the file is. */
function nameFor(raw: string, mime: keyof typeof DOCUMENT_TYPES): string {
  const name = cleanFileName(raw);
  const want = DOCUMENT_TYPES[mime].ext;
  const has = extOf(name);
  if (has === want || (want === 'jpg' && has === 'jpeg') || (mime === 'application/x-cfb' && has))
    return name;
  return cleanFileName(`${name}.${want}`);
}

/**
 * Receives one uploaded file (issue 17): refused with a message naming the file when it is empty, too
 * large, over the project's quota, not an accepted type by its content, or truncated/damaged; otherwise
 * stored on disk by its hash, then its row and audit row written in one transaction (superseding the file
 * it replaces). Permission is asked by the route before this runs.
 */
export async function receiveDocument(
  db: Db,
  user: SessionUser,
  q: DocumentUploadQuery,
  rawName: string,
  bytes: Uint8Array,
  now: number,
) {
  const shown = cleanFileName(rawName);
  if (bytes.length === 0) throw appError('documentEmpty', { name: shown });
  if (bytes.length > DOCUMENT_LIMITS.fileBytes)
    throw refuse(
      { code: 'documentTooLarge', params: { name: shown, mb: DOCUMENT_LIMITS.fileBytes / MB } },
      'PAYLOAD_TOO_LARGE',
    );
  checkPlace(db, q, shown, bytes.length);
  const sniffed = await sniff(bytes, shown);
  if (!sniffed.ok)
    throw refuse({
      code: sniffed.reason === 'type' ? 'documentTypeRefused' : 'documentCorrupt',
      params: { name: shown, type: sniffed.type },
    });
  const hash = storeFile(bytes);
  const name = nameFor(rawName, sniffed.mime);
  return writeTransaction(db, () => {
    const { old, kindLabel } = checkPlace(db, q, shown, bytes.length);
    const row = db
      .insert(documents)
      .values({
        projectId: q.projectId,
        target: q.target,
        targetId: q.target === 'project' ? null : (q.targetId ?? null),
        kind: q.kind,
        name,
        mime: sniffed.mime,
        size: bytes.length,
        sha256: hash,
        supersedesId: old?.id ?? null,
        uploadedBy: user.id,
        uploadedAt: now,
      })
      .returning({ id: documents.id })
      .get();
    if (old) {
      const r = db
        .update(documents)
        .set({ status: 'superseded', endedBy: user.id, endedAt: now, version: old.version + 1 })
        .where(and(eq(documents.id, old.id), eq(documents.version, old.version)))
        .run();
      if (r.changes !== 1) throw conflict('document');
    }
    audit(db, {
      userId: user.id,
      action: old ? 'document.supersede' : 'document.upload',
      entity: 'project',
      entityId: q.projectId,
      // `file` and `documentKind`, not `name`/`kind`: the trail reads them as the document's, not the project's.
      changes: {
        documentId: row.id,
        documentKind: kindLabel,
        file: name,
        mime: sniffed.mime,
        size: bytes.length,
        sha256: hash,
        ...(q.target !== 'project' && { target: q.target, targetId: q.targetId }),
        ...(old && { supersedes: old.id, supersededName: old.name }),
      },
      at: now,
    });
    return { id: row.id, name, mime: sniffed.mime, size: bytes.length };
  });
}

/** Withdraws a document (撤回): it stays on disk and in the list, marked, with who, when and why. */
export function withdrawDocument(
  db: Db,
  user: SessionUser,
  input: z.output<typeof documentWithdrawInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const doc = db.select().from(documents).where(eq(documents.id, input.id)).get();
    if (!doc) throw notFound('document');
    if (doc.status !== 'current') throw new AppError('CONFLICT', { code: 'documentEnded' });
    const r = db
      .update(documents)
      .set({
        status: 'withdrawn',
        endedBy: user.id,
        endedAt: now,
        endReason: input.reason,
        version: doc.version + 1,
      })
      .where(and(eq(documents.id, doc.id), eq(documents.version, input.version)))
      .run();
    if (r.changes !== 1) throw conflict('document');
    audit(db, {
      userId: user.id,
      action: 'document.withdraw',
      entity: 'project',
      entityId: doc.projectId,
      changes: { documentId: doc.id, file: doc.name, reason: input.reason },
      at: now,
    });
    return { id: doc.id };
  });
}

/**
 * The admin's catalogue of kinds, in the order given: labels renamed, kinds retired (active false) or
 * added (no key: one is made). A kind is never deleted — documents keep their kind — so kinds left out
 * of the list stay as they are.
 */
export function saveKinds(
  db: Db,
  user: SessionUser,
  input: z.output<typeof documentKindsInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = listKinds(db);
    const labels = input.kinds.map((k) => k.label);
    if (new Set(labels).size !== labels.length) throw appError('nameTaken');
    let made =
      db
        .select({ n: sql<number>`count(*)` })
        .from(documentKinds)
        .get()?.n ?? 0;
    input.kinds.forEach((k, i) => {
      const known = k.key ? before.find((b) => b.key === k.key) : undefined;
      if (k.key && !known) throw notFound('documentKind');
      // Another admin saved this kind since it was read: nothing is written, the person looks again.
      if (known && k.version !== known.version) throw conflict('settings');
      if (known)
        db.update(documentKinds)
          .set({
            label: k.label,
            active: k.active,
            position: i + 1,
            version: sql`${documentKinds.version} + 1`,
          })
          .where(eq(documentKinds.key, known.key))
          .run();
      else {
        let key = `kind_${++made}`;
        while (before.some((b) => b.key === key)) key = `kind_${++made}`;
        db.insert(documentKinds)
          .values({ key, label: k.label, active: k.active, position: i + 1 })
          .run();
      }
    });
    const after = listKinds(db);
    audit(db, {
      userId: user.id,
      action: 'document.kinds',
      entity: 'settings',
      changes: {
        kinds: [
          before.map((k) => `${k.label}${k.active ? '' : '（停用）'}`).join('、'),
          after.map((k) => `${k.label}${k.active ? '' : '（停用）'}`).join('、'),
        ],
      },
      at: now,
    });
    return after;
  });
}
