import { useState } from 'react';
import { UserText } from '../../components/ui/user-text';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChaseUpLevel } from '../../../shared/domain/schedule/chase-up';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Empty } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { Attachments } from '../documents';
import { CloseChaseUpDialog } from './chase-up-dialogs';
import type { ChaseUp } from './schedule-types';

const LEVEL_TONE: Record<ChaseUpLevel, 'blue' | 'amber' | 'red'> = {
  blue: 'blue',
  yellow: 'amber',
  red: 'red',
};
const LEVEL_BORDER: Record<ChaseUpLevel, string> = {
  blue: 'border-l-sky-500',
  yellow: 'border-l-amber-400',
  red: 'border-l-red-500',
};

/** Chase-up orders as cards: level, what, who, by when; open ones can be closed with a resolution. */
export function ChaseUpList({
  orders,
  canClose,
  showProject = false,
}: {
  orders: ChaseUp[];
  canClose: (o: ChaseUp) => boolean;
  showProject?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [closing, setClosing] = useState<ChaseUp | null>(null);
  if (!orders.length)
    return <Empty>{showProject ? t('schedules.chase.mineEmpty') : t('schedules.chase.none')}</Empty>;
  return (
    <ul className="flex flex-col gap-2" data-testid="chase-ups">
      {orders.map((o) => (
        <li
          key={o.id}
          className={`rounded-md border border-l-4 border-slate-200 p-3 ${o.status === 'open' ? LEVEL_BORDER[o.level] : 'border-l-slate-300 bg-slate-50'}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            {o.status === 'open' ? (
              <Badge tone={LEVEL_TONE[o.level]}>{t(`schedules.chase.level.${o.level}`)}</Badge>
            ) : (
              <Badge>{t('schedules.chase.status.closed')}</Badge>
            )}
            {o.overdue && <Badge tone="red">{t('schedules.chase.overdueTag')}</Badge>}
            {showProject && (
              <Link
                to={`/projects/${o.projectId}`}
                className="text-sm font-medium text-brand-600 hover:underline"
              >
                <UserText>{o.projectName}</UserText>
              </Link>
            )}
            {o.milestoneName && <span className="text-xs text-slate-500">· {o.milestoneName}</span>}
          </div>
          <p className="mt-1 text-sm text-slate-900">{o.subject}</p>
          <p className="mt-1 text-xs text-slate-500">
            {t('schedules.chase.assignee')} <strong className="text-slate-700">{o.assigneeName}</strong>
            <span className="mx-1.5 text-slate-300">|</span>
            {t('schedules.chase.due', { date: fmt.date(o.dueDate) })}
            <span className="mx-1.5 text-slate-300">|</span>
            {t('schedules.chase.escalation', { yellow: o.yellowDate, red: o.redDate })}
            <span className="mx-1.5 text-slate-300">|</span>
            {t('schedules.chase.issuedBy', { name: o.issuedByName, date: fmt.dateTime(o.issuedAt) })}
          </p>
          {o.status === 'closed' && o.closedAt && (
            <p className="mt-1 text-xs text-emerald-700">
              {t('schedules.chase.closedBy', {
                name: o.closedByName ?? '',
                date: fmt.dateTime(o.closedAt),
                resolution: o.resolution ?? '',
              })}
            </p>
          )}
          {o.status === 'open' && canClose(o) && (
            <div className="mt-2">
              <Button onClick={() => setClosing(o)}>{t('schedules.chase.close')}</Button>
            </div>
          )}
          {/* Scans and the assignee's reply to the order (issue 17). */}
          <Attachments projectId={o.projectId} target="chaseUp" targetId={o.id} rel={o.rel} folded />
        </li>
      ))}
      {closing && <CloseChaseUpDialog order={closing} onClose={() => setClosing(null)} />}
    </ul>
  );
}
