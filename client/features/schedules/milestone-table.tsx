import { useTranslation } from 'react-i18next';
import { UserText } from '../../components/ui/user-text';
import { Button } from '../../components/ui/button';
import type { Milestone } from './schedule-types';
import { StatusBadge } from './status-badge';

/** The milestones with planned and actual dates, status and note; record an actual or chase one up. */
export function MilestoneTable({
  milestones,
  canWrite,
  canIssue,
  onRecord,
  onChase,
}: {
  milestones: Milestone[];
  canWrite: boolean;
  canIssue: boolean;
  onRecord: (m: Milestone) => void;
  onChase: (m: Milestone) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[680px] text-sm" data-testid="milestones">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th className="w-8 py-1.5 font-medium">{t('schedules.editor.order')}</th>
            <th className="py-1.5 font-medium">{t('schedules.editor.name')}</th>
            <th className="w-28 py-1.5 font-medium">{t('schedules.editor.planned')}</th>
            <th className="w-28 py-1.5 font-medium">{t('schedules.editor.actual')}</th>
            <th className="w-24 py-1.5 font-medium">{t('schedules.milestones.status')}</th>
            <th className="py-1.5 font-medium">{t('schedules.milestones.note')}</th>
            <th className="w-36 py-1.5" />
          </tr>
        </thead>
        <tbody>
          {milestones.map((m, i) => (
            <tr
              key={m.id}
              className="border-b border-slate-100"
              data-testid="milestone-row"
              data-status={m.status}
            >
              <td className="py-2 tabular-nums text-slate-400">{i + 1}</td>
              <td className="py-2 text-slate-900">
                <UserText>{m.name}</UserText>
                {m.linkedStage && (
                  <span
                    className="ml-1.5 rounded bg-slate-100 px-1 text-[11px] text-slate-500"
                    title={t('schedules.milestones.linkedHint', { stage: t(`stage.${m.linkedStage}`) })}
                  >
                    {t(`stage.${m.linkedStage}`)}
                  </span>
                )}
              </td>
              <td className="py-2 tabular-nums text-slate-700">{m.plannedDate}</td>
              <td className="py-2 tabular-nums text-slate-700">
                {m.actualDate ?? <span className="text-slate-300">—</span>}
              </td>
              <td className="py-2">
                <StatusBadge status={m.status} />
              </td>
              <td className="max-w-[16rem] truncate py-2 text-xs text-slate-500" title={m.note ?? undefined}>
                <UserText>{m.note}</UserText>
              </td>
              <td className="py-2 text-right whitespace-nowrap">
                {canWrite && (
                  <Button
                    variant="ghost"
                    className="px-2 text-brand-600"
                    onClick={() => onRecord(m)}
                    aria-label={`${t('schedules.milestones.record')} ${m.name}`}
                  >
                    {t('schedules.milestones.record')}
                  </Button>
                )}
                {canIssue && m.status === 'overdue' && (
                  <Button variant="ghost" className="px-2 text-red-600" onClick={() => onChase(m)}>
                    {t('schedules.milestones.chase')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
