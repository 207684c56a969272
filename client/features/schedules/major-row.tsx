import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MilestoneStatus } from '../../../shared/domain/schedule/status';
import { Badge } from '../../components/ui/badge';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import { LightBadge } from './light-badge';
import type { OverviewRow } from './schedule-types';
import { MilestoneBar, TimelineBackdrop } from './schedule-timeline';
import type { Scale } from './timeline-scale';

/** Each status by sign as well as colour, so a grey print still tells them apart. */
export const STATUS_SIGN: Record<MilestoneStatus, string> = {
  done_on_time: '✓',
  done_late: '✓',
  due_soon: '!',
  overdue: '✗',
  upcoming: '○',
};
const STATUS_TEXT: Record<MilestoneStatus, string> = {
  done_on_time: 'text-emerald-700 border-emerald-300',
  done_late: 'text-amber-700 border-amber-300',
  due_soon: 'text-amber-700 border-amber-400',
  overdue: 'text-red-700 border-red-400',
  upcoming: 'text-slate-700 border-slate-300',
};

/** Every milestone with its number, planned (计) and actual (实) dates: printed under the timeline. */
function MilestoneList({ r }: { r: OverviewRow }) {
  const { t } = useTranslation();
  return (
    <ol
      className="major-ms-list mt-1 hidden flex-wrap gap-x-1.5 gap-y-0.5 print:flex"
      data-testid="major-ms-list"
    >
      {r.milestones.map((m, i) => (
        <li
          key={m.id}
          data-testid="major-ms"
          data-status={m.status}
          title={t(`schedules.status.${m.status}`)}
          className={`whitespace-nowrap rounded border px-1 text-[10px] leading-4 ${STATUS_TEXT[m.status]}`}
        >
          <span className="font-semibold">
            {i + 1}
            {STATUS_SIGN[m.status]}
          </span>{' '}
          <UserText>{m.name}</UserText> {t('schedules.major.plannedShort')}
          {m.plannedDate.slice(2)}
          {m.actualDate && (
            <>
              {' '}
              {t('schedules.major.actualShort')}
              {m.actualDate.slice(2)}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** One major project on the chart: name, light, 序时进度, leaders, owner and its milestones on the shared axis. */
export function MajorRow({ r, scale, today }: { r: OverviewRow; scale: Scale; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <tr
      className="major-row border-b border-slate-100 hover:bg-slate-50/60"
      data-testid="major-row"
      data-light={r.light ?? 'none'}
    >
      <td className="px-3 py-2">
        <Link
          to={`/projects/${r.id}`}
          data-user-text=""
          className="font-medium text-slate-900 hover:text-brand-600 hover:underline"
        >
          <UserText>{r.name}</UserText>
        </Link>
        <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
          <span>{t(`stage.${r.stage}`)}</span>·<span>{t(`industry.${r.industry}`)}</span>·
          <span>{fmt.money(r.amount)}</span>
          {r.openChaseUps > 0 && (
            <Badge tone="red">{t('schedules.major.chaseCount', { count: r.openChaseUps })}</Badge>
          )}
        </p>
        {r.next && (
          <p className="mt-0.5 text-xs text-slate-400 print:hidden">
            {t('schedules.figures.next')}
            {t('punct.colon')}
            <UserText>{r.next.name}</UserText> {r.next.plannedDate}
          </p>
        )}
      </td>
      <td className="px-2 py-2">
        {r.light ? (
          <LightBadge light={r.light} />
        ) : (
          <span className="text-xs text-slate-400">{t('schedules.unscheduled')}</span>
        )}
      </td>
      <td
        className={`px-2 py-2 tabular-nums ${r.proRata?.light === 'red' ? 'text-red-600' : r.proRata?.light === 'yellow' ? 'text-amber-700' : 'text-slate-700'}`}
        data-testid="major-pro-rata"
      >
        {r.proRata ? (
          <>
            {r.proRata.percent}%
            <span className="block text-[10px] whitespace-nowrap text-slate-500">
              {t('schedules.major.proRataDetail', { due: r.proRata.due, done: r.proRata.done })}
            </span>
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="px-2 py-2 text-xs text-slate-600">
        {r.leaders.length ? (
          <UserText>{fmt.list(r.leaders)}</UserText>
        ) : (
          <span className="text-slate-300">—</span>
        )}
      </td>
      <td className="px-2 py-2 text-xs text-slate-600">
        <UserText>{r.ownerName}</UserText>
      </td>
      <td className="px-3 py-2">
        <div className="relative h-7">
          <TimelineBackdrop scale={scale} today={today} />
          {r.milestones.map((m, i) => (
            <MilestoneBar
              key={m.id}
              m={m}
              number={i + 1}
              from={i === 0 ? m.plannedDate : (r.milestones[i - 1]?.plannedDate ?? m.plannedDate)}
              scale={scale}
            />
          ))}
          {r.targetDate && (
            <span
              aria-hidden
              title={`${t('schedules.major.target')} ${r.targetDate}`}
              className="absolute top-0 h-7 w-px border-l border-dashed border-slate-400"
              style={{ left: `${scale.x(r.targetDate)}%` }}
            />
          )}
        </div>
        <MilestoneList r={r} />
      </td>
    </tr>
  );
}
