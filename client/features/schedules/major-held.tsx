import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import type { HeldRow } from './schedule-types';

/** Held (暂缓) and dropped (终止) major projects: off the chart, folded away, each with its reason. */
export function MajorHeldSection({ held }: { held: HeldRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (held.length === 0) return null;
  return (
    <details className="major-held rounded-lg border border-slate-200 bg-white" data-testid="major-held">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">
        {t('schedules.major.held', { count: held.length })}
        <span className="ml-2 text-xs font-normal text-slate-500">{t('schedules.major.heldHint')}</span>
      </summary>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-y border-slate-200 text-left text-xs text-slate-500">
            <th className="px-3 py-1.5 font-medium">{t('schedules.major.project')}</th>
            <th className="px-2 py-1.5 font-medium">{t('schedules.major.heldStatus')}</th>
            <th className="px-2 py-1.5 font-medium">{t('schedules.major.leader')}</th>
            <th className="px-2 py-1.5 font-medium">{t('schedules.major.owner')}</th>
            <th className="px-2 py-1.5 font-medium">{t('schedules.major.since')}</th>
            <th className="px-3 py-1.5 font-medium">{t('schedules.major.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {held.map((h) => (
            <tr key={h.id} className="border-b border-slate-100" data-testid="major-held-row">
              <td className="px-3 py-1.5">
                <Link to={`/projects/${h.id}`} data-user-text="" className="text-slate-900 hover:underline">
                  {h.name}
                </Link>
                <span className="ml-2 text-xs text-slate-500">
                  {t(`stage.${h.stage}`)} · {fmt.money(h.amount)}
                </span>
              </td>
              <td className="px-2 py-1.5 text-xs">{t(`stage.${h.status}`)}</td>
              <td className="px-2 py-1.5 text-xs text-slate-600">
                {h.leaders.length ? <UserText>{fmt.list(h.leaders)}</UserText> : '—'}
              </td>
              <td className="px-2 py-1.5 text-xs text-slate-600">
                <UserText>{h.ownerName}</UserText>
              </td>
              <td className="px-2 py-1.5 text-xs tabular-nums text-slate-600">
                {h.since ? fmt.date(h.since) : '—'}
              </td>
              <td className="px-3 py-1.5 text-xs text-slate-700" data-testid="major-held-reason">
                {h.status === 'dropped' && h.dropCategory && (
                  <span className="mr-1 rounded bg-slate-100 px-1">
                    {t(`dropCategory.${h.dropCategory}`)}
                  </span>
                )}
                <UserText>{(h.status === 'on_hold' ? h.holdReason : h.dropNote) ?? ''}</UserText>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
