import { useTranslation } from 'react-i18next';
import { UserText } from '../../components/ui/user-text';
import type { MilestoneStatus } from '../../../shared/domain/schedule/status';
import { useFormat } from '../../lib/format';
import { makeScale, type Scale } from './timeline-scale';

export interface TimelineMilestone {
  id: number | string;
  name: string;
  plannedDate: string;
  actualDate: string | null;
  status: MilestoneStatus;
}

const BAR: Record<MilestoneStatus, string> = {
  done_on_time: 'bg-emerald-200',
  done_late: 'bg-amber-200',
  due_soon: 'bg-amber-300',
  overdue: 'bg-red-300',
  upcoming: 'bg-sky-200',
};
const MARK: Record<MilestoneStatus, string> = {
  done_on_time: 'bg-emerald-600',
  done_late: 'bg-amber-500',
  due_soon: 'bg-amber-500',
  overdue: 'bg-red-600',
  upcoming: 'bg-sky-600',
};

export function TimelineAxis({ scale, today }: { scale: Scale; today: string }) {
  const { t } = useTranslation();
  return (
    <div className="relative h-7 text-[10px] text-slate-500">
      {scale.ticks.map((tick) => (
        <span
          key={tick.date}
          className="absolute top-0 -translate-x-1/2 whitespace-nowrap"
          style={{ left: `${tick.x}%` }}
        >
          {tick.label}
        </span>
      ))}
      <span
        className="absolute bottom-0 -translate-x-1/2 rounded bg-red-600 px-1 text-[10px] leading-3 text-white"
        style={{ left: `${scale.x(today)}%` }}
      >
        {t('schedules.timeline.today')}
      </span>
    </div>
  );
}

/** Grid lines and the today line behind a row. */
export function TimelineBackdrop({ scale, today }: { scale: Scale; today: string }) {
  return (
    <>
      {scale.ticks.map((tick) => (
        <span
          key={tick.date}
          aria-hidden
          className="absolute inset-y-0 w-px bg-slate-100"
          style={{ left: `${tick.x}%` }}
        />
      ))}
      <span
        aria-hidden
        data-testid="today-line"
        className="absolute inset-y-0 z-10 w-0.5 bg-red-500/70"
        style={{ left: `${scale.x(today)}%` }}
      />
    </>
  );
}

/**
 * A planned bar from the previous milestone to this one and a mark at the actual date; `number`, when
 * given, is printed above the planned mark to match the printed milestone list.
 */
export function MilestoneBar({
  m,
  from,
  scale,
  number,
}: {
  m: TimelineMilestone;
  from: string;
  scale: Scale;
  number?: number;
}) {
  const { t } = useTranslation();
  const left = scale.x(from);
  const width = Math.max(0.6, scale.x(m.plannedDate) - left);
  const title = `${m.name} · ${t('schedules.timeline.planned')} ${m.plannedDate}${m.actualDate ? ` · ${t('schedules.timeline.actual')} ${m.actualDate}` : ''} · ${t(`schedules.status.${m.status}`)}`;
  return (
    <>
      <span
        title={title}
        data-user-text=""
        data-testid="milestone-bar"
        className={`absolute top-1/2 h-2.5 -translate-y-1/2 rounded-sm ${BAR[m.status]}`}
        style={{ left: `${left}%`, width: `${width}%` }}
      />
      <span
        aria-hidden
        className={`absolute top-1/2 h-3.5 w-0.5 -translate-y-1/2 ${MARK[m.status]}`}
        style={{ left: `${scale.x(m.plannedDate)}%` }}
      />
      {number !== undefined && (
        <span
          aria-hidden
          className="absolute -top-1 hidden -translate-x-1/2 text-[8px] font-semibold leading-none text-slate-700 print:block"
          style={{ left: `${scale.x(m.plannedDate)}%` }}
        >
          {number}
        </span>
      )}
      {m.actualDate && (
        <span
          title={title}
          data-user-text=""
          data-testid="actual-mark"
          className={`absolute top-1/2 z-20 h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border border-white ${MARK[m.status]}`}
          style={{ left: `${scale.x(m.actualDate)}%` }}
        />
      )}
    </>
  );
}

/** The project's Gantt: one row per milestone, planned bars, actual marks and a today line. */
export function ScheduleTimeline({
  milestones,
  today,
  startDate,
}: {
  milestones: TimelineMilestone[];
  today: string;
  startDate?: string;
}) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const scale = makeScale(
    [startDate, ...milestones.flatMap((m) => [m.plannedDate, m.actualDate])],
    today,
    lang,
  );
  return (
    <div className="overflow-x-auto" data-testid="schedule-timeline">
      <div className="min-w-[640px]">
        <div className="grid grid-cols-[9rem_1fr] gap-2">
          <span />
          <TimelineAxis scale={scale} today={today} />
        </div>
        {milestones.map((m, i) => (
          <div key={m.id} className="grid grid-cols-[9rem_1fr] items-center gap-2 border-t border-slate-50">
            <span className="truncate py-1 text-xs text-slate-700" title={m.name}>
              <UserText>{m.name}</UserText>
            </span>
            <div className="relative h-6">
              <TimelineBackdrop scale={scale} today={today} />
              <MilestoneBar
                m={m}
                from={
                  i === 0 ? (startDate ?? m.plannedDate) : (milestones[i - 1]?.plannedDate ?? m.plannedDate)
                }
                scale={scale}
              />
            </div>
          </div>
        ))}
        <p className="mt-2 flex flex-wrap items-center gap-3 text-[11px] text-slate-500">
          <span className="inline-flex items-center gap-1">
            <span className="h-2 w-4 rounded-sm bg-sky-200" />
            {t('schedules.timeline.planned')}
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="h-2 w-2 rotate-45 bg-emerald-600" />
            {t('schedules.timeline.actual')}
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="h-3 w-0.5 bg-red-500" />
            {t('schedules.timeline.today')}
          </span>
          {(['done_on_time', 'done_late', 'due_soon', 'overdue'] as const).map((s) => (
            <span key={s} className="inline-flex items-center gap-1">
              <span className={`h-2 w-2 rounded-full ${MARK[s]}`} />
              {t(`schedules.status.${s}`)}
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
