import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { usePopup } from '../../components/ui/use-popup';
import { trpc } from '../../lib/trpc';
import { lazyWithStrings } from '../../lib/lazy';

// The list opens rarely: it loads on the first click, not with every page.
const NotificationPanel = lazyWithStrings(
  () => import('./notification-panel'),
  (m) => m.NotificationPanel,
);

/** The header bell: unread count, the latest notifications, marking read (per person). */
export function NotificationBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { open, setOpen, ref } = usePopup<HTMLDivElement>();
  // No polling: the live stream (client/lib/live.ts) refreshes the list when a notification arrives.
  const list = useQuery(trpc.notifications.list.queryOptions());
  const me = useQuery(trpc.auth.me.queryOptions());
  const mark = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-label={`${t('leaders.bell.label')}${unread ? `${t('punct.open')}${t('leaders.bell.unread', { count: unread })}${t('punct.close')}` : ''}`}
        aria-expanded={open}
        data-testid="bell"
        className="relative rounded-md p-1.5 text-red-100 hover:bg-white/10 hover:text-white"
        onClick={() => setOpen((o) => !o)}
      >
        <svg
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
      </button>
      {/* Beside the button, not in it: its name says the full count, the badge may show 99+. */}
      {unread > 0 && (
        <span
          data-testid="bell-count"
          aria-hidden
          className="pointer-events-none absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-amber-400 px-1 text-center text-[10px] font-bold leading-4 text-slate-900"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <NotificationPanel
            items={items}
            unread={unread}
            stalled={list.data?.stalled}
            userId={me.data?.id}
            onMarkRead={(ids) => mark.mutate(ids ? { ids } : {})}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
