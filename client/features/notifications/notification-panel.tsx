import { useTranslation } from 'react-i18next';
import { UserText } from '../../components/ui/user-text';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';
import { REMINDER_KINDS } from '../../../shared/domain/reminders';

type Notification = RouterOutputs['notifications']['list']['items'][number];
type StalledReminder = RouterOutputs['notifications']['list']['stalled'];

/**
 * The bell's open list: the daily reminders folded by kind (a morning can bring many), then the other
 * notifications, newest first.
 */
export function NotificationPanel({
  items,
  unread,
  stalled,
  userId,
  onMarkRead,
  onClose,
}: {
  items: Notification[];
  unread: number;
  /** 久未推进 on the person's own projects, by the office's days (derived, not a stored notification). */
  stalled: StalledReminder | undefined;
  userId: number | undefined;
  /** The given ids, or all when none are given. */
  onMarkRead: (ids?: number[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="dialog"
      aria-label={t('leaders.bell.label')}
      className="fixed inset-x-2 top-12 z-30 max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white text-slate-800 shadow-xl sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-96"
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
        <span className="text-sm font-semibold">
          {t('leaders.bell.label')}
          {unread > 0 && (
            <span className="ml-2 text-xs font-normal text-slate-500">
              {t('leaders.bell.unread', { count: unread })}
            </span>
          )}
        </span>
        {unread > 0 && (
          <button
            type="button"
            className="text-xs text-brand-600 hover:underline"
            onClick={() => onMarkRead()}
          >
            {t('leaders.bell.markAll')}
          </button>
        )}
      </div>
      {stalled && stalled.total > 0 && (
        <div className="border-b border-slate-100 bg-red-50/60 px-3 py-2" data-testid="stalled-reminder">
          <Link
            to={`/?owner=${userId ?? ''}&stalled=1`}
            className="text-xs font-medium text-red-700 hover:underline"
            onClick={onClose}
          >
            {t('leaders.bell.stalled', { count: stalled.total })}
          </Link>
          <ul className="mt-1 space-y-0.5">
            {stalled.projects.map((p) => (
              <li key={p.id} className="flex justify-between gap-2 text-sm">
                <Link
                  to={`/projects/${p.id}`}
                  className="truncate text-slate-700 hover:underline"
                  onClick={onClose}
                >
                  <UserText>{p.name}</UserText>
                </Link>
                <span className="shrink-0 text-xs text-slate-500">
                  {t('board.daysSince', { count: p.days })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {items.length === 0 ? (
        <p className="px-3 py-6 text-center text-sm text-slate-400">{t('leaders.bell.empty')}</p>
      ) : (
        <>
          {REMINDER_KINDS.map((kind) => {
            const group = items.filter((n) => n.kind === kind);
            if (!group.length) return null;
            const unreadInGroup = group.filter((n) => !n.readAt).length;
            return (
              <details key={kind} className="border-b border-slate-100" data-testid={`bell-group-${kind}`}>
                <summary className="flex cursor-pointer items-center justify-between px-3 py-2 text-xs font-medium text-slate-700 hover:bg-slate-50">
                  <span>
                    {t(`leaders.bell.kind.${kind}`)} · {t('leaders.bell.group', { count: group.length })}
                  </span>
                  {unreadInGroup > 0 && (
                    <span className="rounded-full bg-brand-600 px-1.5 text-[11px] text-white">
                      {unreadInGroup}
                    </span>
                  )}
                </summary>
                <NotificationList items={group} onMarkRead={onMarkRead} onClose={onClose} />
              </details>
            );
          })}
          <NotificationList
            items={items.filter((n) => !isReminder(n.kind))}
            onMarkRead={onMarkRead}
            onClose={onClose}
          />
        </>
      )}
    </div>
  );
}

function isReminder(kind: string): boolean {
  return (REMINDER_KINDS as readonly string[]).includes(kind);
}

/** Notifications, newest first, each a link to its project; opening one marks it read. */
function NotificationList({
  items,
  onMarkRead,
  onClose,
}: {
  items: Notification[];
  onMarkRead: (ids?: number[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!items.length) return null;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((n) => (
        <li key={n.id} className={n.readAt ? '' : 'bg-amber-50/60'}>
          <Link
            to={n.projectId ? `/projects/${n.projectId}` : '#'}
            className="block px-3 py-2 hover:bg-slate-50"
            onClick={() => {
              if (!n.readAt) onMarkRead([n.id]);
              onClose();
            }}
          >
            <div className="flex items-center justify-between gap-2 text-xs">
              <span className={`font-medium ${n.readAt ? 'text-slate-500' : 'text-brand-700'}`}>
                {!n.readAt && (
                  <span className="mr-1 inline-block h-1.5 w-1.5 rounded-full bg-brand-600 align-middle" />
                )}
                {t(`leaders.bell.kind.${n.kind}`)}
              </span>
              <span className="text-slate-400">{fmt.dateTime(n.createdAt)}</span>
            </div>
            <p className="mt-0.5 line-clamp-3 text-sm text-slate-700">{n.text}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
