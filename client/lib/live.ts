import { type Query, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveBatch, LiveChange } from '../../shared/domain/live';
import { trpc } from './trpc';

/**
 * Live updates (issue 18, decision 091): one EventSource per signed-in page on /api/events. Each batch
 * of changes refreshes the queries on screen (TanStack Query refetches the mounted ones only), rings
 * the bell at once, and remembers who changed which project so a card or the project page can say so.
 * The browser reconnects by itself with Last-Event-ID; a stream refused or ended is reopened from the
 * last cursor after a pause, except when the session is over.
 */

/** How long a card shows that someone else just changed it. */
export const HIGHLIGHT_MS = 4000;
/** Changes arriving together refresh the screen once. */
const COALESCE_MS = 120;
const REOPEN_MS = 5000;

export interface RecentChange {
  by: string;
  action: string;
  /** When it arrived here (this clock). */
  seenAt: number;
}

// A small external store: the latest change by someone else, per project.
const recent = new Map<number, RecentChange>();
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The latest change someone else made to the project while this page was open, if any. */
export function useRecentChange(projectId: number): RecentChange | undefined {
  return useSyncExternalStore(subscribe, () => recent.get(projectId));
}

/**
 * The change while it is fresh: after `ms` (from its arrival) the component renders again without it.
 * With `since`, only a change that arrived after that instant (e.g. since a page opened).
 */
export function useFreshChange(projectId: number, ms: number, since = 0): RecentChange | undefined {
  const change = useRecentChange(projectId);
  // The arrival time of the change that has faded: set by a timer when its time is up.
  const [faded, setFaded] = useState(0);
  useEffect(() => {
    if (!change) return;
    const timer = setTimeout(() => setFaded(change.seenAt), change.seenAt + ms - Date.now());
    return () => clearTimeout(timer);
  }, [change, ms]);
  return change && change.seenAt >= since && faded !== change.seenAt ? change : undefined;
}

/** Forgets a project's change (the person has seen it, e.g. dismissed the notice). */
export function dismissRecentChange(projectId: number): void {
  if (recent.delete(projectId)) emit();
}

/** Remembers changes by others (the person's own need no notice) and lets highlights fade. */
export function noteChanges(changes: readonly LiveChange[], meId: number, now = Date.now()): void {
  let changed = false;
  for (const c of changes) {
    if (c.projectId === null || c.byId === meId || !c.by) continue;
    recent.set(c.projectId, { by: c.by, action: c.action, seenAt: now });
    changed = true;
  }
  if (changed) emit();
}

/** Every query but the session's own: what a change elsewhere may have made stale. */
const staleAfterChange = (q: Query) => {
  const path = q.queryKey[0];
  return !(Array.isArray(path) && (path[0] === 'auth' || path[0] === 'notifications'));
};

/** Opens the live stream while someone is signed in (mounted once, in the app's layout). */
export function useLiveStream(meId: number | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (meId === null || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let cursor = '';
    let stopped = false;
    let refresh: ReturnType<typeof setTimeout> | null = null;
    let reopen: ReturnType<typeof setTimeout> | null = null;

    const refreshSoon = () => {
      refresh ??= setTimeout(() => {
        refresh = null;
        void queryClient.invalidateQueries({ predicate: staleAfterChange });
      }, COALESCE_MS);
    };
    const onBatch = (e: MessageEvent<string>) => {
      cursor = e.lastEventId || cursor;
      const batch = JSON.parse(e.data) as LiveBatch;
      if (batch.notifications) void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
      if (!batch.changes.length) return;
      noteChanges(batch.changes, meId);
      refreshSoon();
    };
    const open = () => {
      source = new EventSource(`/api/events${cursor ? `?since=${encodeURIComponent(cursor)}` : ''}`);
      source.addEventListener('hello', (e) => {
        cursor = e.lastEventId || cursor;
      });
      source.addEventListener('changes', onBatch);
      // Missed too much while away: everything on screen is fetched again.
      source.addEventListener('reset', (e) => {
        cursor = e.lastEventId || cursor;
        refreshSoon();
      });
      // The session is over: the app asks who is signed in, which shows the login page.
      source.addEventListener('end', () => {
        stopped = true;
        source?.close();
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      });
      source.onerror = () => {
        // CONNECTING: the browser retries by itself, with Last-Event-ID. CLOSED: it gave up (a refusal).
        if (stopped || source?.readyState !== EventSource.CLOSED) return;
        reopen = setTimeout(open, REOPEN_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      source?.close();
      if (refresh) clearTimeout(refresh);
      if (reopen) clearTimeout(reopen);
    };
  }, [meId, queryClient]);
}
