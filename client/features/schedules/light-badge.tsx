import { useTranslation } from 'react-i18next';
import type { Light } from '../../../shared/domain/schedule/status';

const DOT: Record<Light, string> = { red: 'bg-red-500', yellow: 'bg-amber-400', green: 'bg-emerald-500' };
/** The light by shape as well as colour (a grey print, colour-blind readers): ▲ red, ◆ yellow, ● green. */
const SHAPE: Record<Light, string> = { red: '▲', yellow: '◆', green: '●' };
const SHAPE_TEXT: Record<Light, string> = {
  red: 'text-red-600',
  yellow: 'text-amber-600',
  green: 'text-emerald-600',
};
const PILL: Record<Light, string> = {
  red: 'bg-red-50 text-red-700 ring-red-200',
  yellow: 'bg-amber-50 text-amber-800 ring-amber-200',
  green: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
};

/** The schedule's traffic light (红黄绿灯) as a shape with its name. */
export function LightBadge({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid="schedule-light"
      data-light={light}
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${PILL[light]}`}
    >
      <span aria-hidden className={`text-[10px] leading-none ${SHAPE_TEXT[light]}`}>
        {SHAPE[light]}
      </span>
      {t(`schedules.light.${light}`)}
    </span>
  );
}

/**
 * What the board card shows about the schedule: the light, or 未编排工期 for a signed major project
 * that has none yet.
 */
export function ScheduleBadge({ light, needsSchedule }: { light: Light | null; needsSchedule: boolean }) {
  const { t } = useTranslation();
  if (light) return <LightBadge light={light} />;
  if (!needsSchedule) return null;
  return (
    <span
      data-testid="schedule-missing"
      className="inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium text-slate-600 ring-1 ring-inset ring-dashed ring-slate-300"
    >
      {t('schedules.unscheduled')}
    </span>
  );
}

export function lightDotClass(light: Light): string {
  return DOT[light];
}
