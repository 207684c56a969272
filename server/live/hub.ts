import type { Db } from '../../db/client';
import {
  formatCursor,
  type LiveBatch,
  type LiveChange,
  type LiveCursor,
  mayReceive,
  projectOf,
} from '../../shared/domain/live';
import type { SessionUser } from '../auth/sessions';

/** One open stream: who reads it and how a frame reaches them. */
export interface Subscriber {
  user: Pick<SessionUser, 'id' | 'role'>;
  /** Writes one SSE frame; false when the stream can take no more (it is then closed). */
  send: (frame: string) => boolean;
  close: () => void;
}

/** A reconnect further behind than this refetches instead of replaying (the client is told `reset`). */
export const MAX_REPLAY = 1000;
/** How often the log is read while streams are open, for writes the server was not told of. */
const POLL_MS = 200;

interface AuditRow {
  id: number;
  at: number;
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  changes: string | null;
  by: string | null;
}

/**
 * The live hub (decision 091): the audit log is the source of events. Whatever commits a change writes
 * its audit row in the same transaction, so a row the hub reads is committed, in order, whoever wrote
 * it (this process, the import's connection, another process). After a request that may have written
 * the hub is poked and reads at once; otherwise it reads every 200 ms while anyone is connected.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private cursor: LiveCursor;
  private timer: NodeJS.Timeout | null = null;
  private poked = false;
  private readonly stmts;

  constructor(private readonly db: Db) {
    const c = db.$client;
    this.stmts = {
      lastAudit: c.prepare('select coalesce(max(id), 0) as id from audit_log').pluck(),
      lastNotification: c.prepare('select coalesce(max(id), 0) as id from notifications').pluck(),
      audit: c.prepare(
        `select a.id, a.at, a.user_id as userId, a.action, a.entity, a.entity_id as entityId, a.changes,
                u.display_name as by
           from audit_log a left join users u on u.id = a.user_id
          where a.id > ? and a.id <= ? order by a.id`,
      ),
      notifications: c.prepare(
        'select user_id as userId, count(*) as n from notifications where id > ? and id <= ? group by user_id',
      ),
      version: c.prepare('select version from projects where id = ?').pluck(),
      projectOfProblem: c.prepare('select project_id from problems where id = ?').pluck(),
      projectOfInstruction: c.prepare('select project_id from instructions where id = ?').pluck(),
      projectOfMilestone: c
        .prepare(
          'select s.project_id from milestones m join schedules s on s.id = m.schedule_id where m.id = ?',
        )
        .pluck(),
      projectOfChaseUp: c.prepare('select project_id from chase_up_orders where id = ?').pluck(),
    };
    this.cursor = this.head();
  }

  /** The log's end now: where a new stream starts. */
  head(): LiveCursor {
    return {
      audit: this.stmts.lastAudit.get() as number,
      notification: this.stmts.lastNotification.get() as number,
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  /**
   * Adds a stream. With `since` (the browser's Last-Event-ID) the changes it missed are sent first, or
   * `reset` when it missed too many; then it follows the hub. Returns the unsubscribe function.
   */
  subscribe(sub: Subscriber, since: LiveCursor | null): () => void {
    this.read(); // the hub's cursor is the log's end before the stream joins
    const to = this.cursor;
    if (since && (since.audit > to.audit || since.notification > to.notification)) since = null;
    if (since && to.audit - since.audit > MAX_REPLAY) {
      sub.send(frame('reset', to, {}));
    } else {
      const missed = since
        ? this.batchFor(
            sub.user,
            this.rows(since.audit, to.audit),
            this.bells(since.notification, to.notification),
          )
        : null;
      const any = missed && (missed.changes.length || missed.notifications);
      sub.send(any ? frame('changes', to, missed) : frame('hello', to, {}));
    }
    this.subscribers.add(sub);
    this.timer ??= setInterval(() => this.read(), POLL_MS).unref();
    return () => {
      this.subscribers.delete(sub);
      if (!this.subscribers.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** Something may have been written: read the log on the next turn of the event loop. */
  poke(): void {
    if (this.poked || !this.subscribers.size) return;
    this.poked = true;
    setImmediate(() => {
      this.poked = false;
      this.read();
    });
  }

  /** Ends every stream (the server is stopping). */
  closeAll(): void {
    for (const s of [...this.subscribers]) s.close();
    this.subscribers.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads what was committed since the last read and fans it out, each person getting what they may see. */
  read(): void {
    const from = this.cursor;
    const to = this.head();
    if (to.audit === from.audit && to.notification === from.notification) return;
    this.cursor = to;
    if (!this.subscribers.size) return;
    const rows = this.rows(from.audit, to.audit);
    const bells = this.bells(from.notification, to.notification);
    // Most people see the same batch: each distinct one is serialised once.
    const frames = new Map<string, string>();
    for (const sub of [...this.subscribers]) {
      const batch = this.batchFor(sub.user, rows, bells);
      if (!batch.changes.length && !batch.notifications) continue;
      const key = `${batch.changes.length === rows.length ? '*' : batch.changes.map((c) => c.seq).join(',')}/${batch.notifications}`;
      let text = frames.get(key);
      if (text === undefined) frames.set(key, (text = frame('changes', to, batch)));
      if (!sub.send(text)) sub.close();
    }
  }

  private rows(after: number, upTo: number): LiveChange[] {
    if (upTo <= after) return [];
    return (this.stmts.audit.all(after, upTo) as AuditRow[]).map((r) => {
      const projectId = this.projectOf(r);
      return {
        seq: r.id,
        entity: r.entity,
        action: r.action,
        id: r.entityId,
        projectId,
        version:
          r.entity === 'project' && projectId
            ? ((this.stmts.version.get(projectId) as number) ?? null)
            : null,
        byId: r.userId,
        by: r.by,
        at: r.at,
      };
    });
  }

  private projectOf(r: AuditRow): number | null {
    let changes: unknown = null;
    try {
      changes = r.changes ? JSON.parse(r.changes) : null;
    } catch {
      changes = null;
    }
    const direct = projectOf(r.entity, r.entityId, changes);
    if (direct !== null || r.entityId === null) return direct;
    const lookup = {
      problem: this.stmts.projectOfProblem,
      instruction: this.stmts.projectOfInstruction,
      milestone: this.stmts.projectOfMilestone,
      chaseUp: this.stmts.projectOfChaseUp,
    }[r.entity];
    return lookup ? ((lookup.get(r.entityId) as number | undefined) ?? null) : null;
  }

  private bells(after: number, upTo: number): Map<number, number> {
    if (upTo <= after) return new Map();
    const rows = this.stmts.notifications.all(after, upTo) as { userId: number; n: number }[];
    return new Map(rows.map((r) => [r.userId, r.n]));
  }

  private batchFor(user: Subscriber['user'], rows: LiveChange[], bells: Map<number, number>): LiveBatch {
    return { changes: rows.filter((c) => mayReceive(user, c)), notifications: bells.get(user.id) ?? 0 };
  }
}

/** One SSE frame: its cursor as the id, so a reconnect resumes after it. */
export function frame(event: string, cursor: LiveCursor, data: unknown): string {
  return `id: ${formatCursor(cursor)}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
