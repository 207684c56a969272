import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';

/** The header bell: unread count, the latest notifications, marking read (per person). */
export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const list = useQuery({ ...trpc.notifications.list.queryOptions(), refetchInterval: 60_000 });
  const mark = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-label={`${t('leaders.bell.label')}${unread ? `（${t('leaders.bell.unread', { count: unread })}）` : ''}`}
        aria-expanded={open}
        data-testid="bell"
        className="relative rounded-md p-1.5 text-red-100 hover:bg-white/10 hover:text-white"
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 && (
          <span data-testid="bell-count" className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-amber-400 px-1 text-center text-[10px] font-bold leading-4 text-slate-900">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div
          role="dialog"
          aria-label={t('leaders.bell.label')}
          className="fixed inset-x-2 top-12 z-30 max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white text-slate-800 shadow-xl sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-96"
        >
          <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
            <span className="text-sm font-semibold">
              {t('leaders.bell.label')}
              {unread > 0 && <span className="ml-2 text-xs font-normal text-slate-500">{t('leaders.bell.unread', { count: unread })}</span>}
            </span>
            {unread > 0 && (
              <button type="button" className="text-xs text-brand-600 hover:underline" onClick={() => mark.mutate({})}>
                {t('leaders.bell.markAll')}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-slate-400">{t('leaders.bell.empty')}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? '' : 'bg-amber-50/60'}>
                  <Link
                    to={n.projectId ? `/projects/${n.projectId}` : '#'}
                    className="block px-3 py-2 hover:bg-slate-50"
                    onClick={() => {
                      if (!n.readAt) mark.mutate({ ids: [n.id] });
                      setOpen(false);
                    }}
                  >
                    <div className="flex items-center justify-between gap-2 text-xs">
                      <span className={`font-medium ${n.readAt ? 'text-slate-500' : 'text-brand-700'}`}>
                        {!n.readAt && <span className="mr-1 inline-block h-1.5 w-1.5 rounded-full bg-brand-600 align-middle" />}
                        {t(`leaders.bell.kind.${n.kind}`)}
                      </span>
                      <span className="text-slate-400">{fmt.dateTime(n.createdAt)}</span>
                    </div>
                    <p className="mt-0.5 line-clamp-3 text-sm text-slate-700">{n.text}</p>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
