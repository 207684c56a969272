import type { Role } from './catalog';

/**
 * Live updates (issue 18, decision 091): every committed change has its audit row, and the audit log's
 * id is the sequence the server streams. A change event says what changed, on which project, its new
 * version where it has one, and who did it; the client refreshes what it shows of it.
 */
export interface LiveChange {
  /** The audit row's id: the stream's sequence number. */
  seq: number;
  entity: string;
  action: string;
  /** The changed object's id (a project's for entity 'project'). */
  id: number | null;
  /** The project the change belongs to, when it belongs to one. */
  projectId: number | null;
  /** The project's version after the change (entity 'project' only). */
  version: number | null;
  byId: number | null;
  by: string | null;
  at: number;
}

/** What one frame of the stream carries: the changes a person may see, and whether their bell rang. */
export interface LiveBatch {
  changes: LiveChange[];
  /** New notifications for this person since the previous frame. */
  notifications: number;
}

/** Where a stream stands: the last audit row and the last notification it has passed. */
export interface LiveCursor {
  audit: number;
  notification: number;
}

/** The cursor as the SSE `id:` field carries it (and the browser's `Last-Event-ID` returns it). */
export const formatCursor = (c: LiveCursor): string => `a${c.audit}n${c.notification}`;

export function parseCursor(text: string | undefined | null): LiveCursor | null {
  const m = /^a(\d{1,15})n(\d{1,15})$/.exec(text ?? '');
  return m ? { audit: Number(m[1]), notification: Number(m[2]) } : null;
}

/**
 * Who may see a change, by the entity its audit row names. Projects and everything on them, and the
 * office's settings, are read by every signed-in person; accounts by admins (and the person named);
 * refused requests, notifications (they travel as the bell's count) and import runs by nobody.
 */
export function mayReceive(
  user: { id: number; role: Role },
  change: Pick<LiveChange, 'entity' | 'id'>,
): boolean {
  switch (change.entity) {
    case 'route':
    case 'notification':
    case 'ledgerImportRun':
      return false;
    case 'user':
      return user.role === 'admin' || change.id === user.id;
    default:
      return true;
  }
}

/** The project a change belongs to: the project itself, or the `projectId` its audit row records. */
export function projectOf(entity: string, entityId: number | null, changes: unknown): number | null {
  if (entity === 'project') return entityId;
  if (changes && typeof changes === 'object' && 'projectId' in changes) {
    const id = changes.projectId;
    return typeof id === 'number' ? id : null;
  }
  return null;
}
