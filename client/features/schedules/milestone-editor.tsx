import { useTranslation } from 'react-i18next';
import { addBusinessDays } from '../../../shared/domain/dates';
import { LINKABLE_STAGES, type LinkableStage } from '../../../shared/domain/schedule/templates';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { type EditRow, moveRow, type RowErrors, rowKey } from './milestone-rows';

/**
 * The editable milestone list: change any planned date or name, add, remove, reorder. Actual dates of
 * stage-linked milestones come from the project and are shown read-only.
 */
export function MilestoneEditor({
  rows,
  onChange,
  errors,
  today,
}: {
  rows: EditRow[];
  onChange: (rows: EditRow[]) => void;
  errors: RowErrors;
  today: string;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<EditRow>) =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, ...patch, tooLate: patch.plannedDate ? false : r.tooLate } : r)),
    );
  const add = () => {
    const last = rows.at(-1)?.plannedDate ?? today;
    onChange([
      ...rows,
      {
        key: rowKey(),
        name: t('schedules.editor.newName'),
        plannedDate: addBusinessDays(last, 0),
        linkedStage: null,
        actualDate: null,
      },
    ]);
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-sm" data-testid="milestone-editor">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th className="w-10 py-1.5 font-medium">{t('schedules.editor.order')}</th>
            <th className="py-1.5 font-medium">{t('schedules.editor.name')}</th>
            <th className="w-40 py-1.5 font-medium">{t('schedules.editor.planned')}</th>
            <th className="w-36 py-1.5 font-medium">{t('schedules.editor.linked')}</th>
            <th className="w-32 py-1.5 font-medium">{t('schedules.editor.actual')}</th>
            <th className="w-28 py-1.5" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const plannedError = errors[`milestones.${i}.plannedDate`];
            const nameError = errors[`milestones.${i}.name`];
            return (
              <tr
                key={r.key}
                className={`border-b border-slate-100 align-top ${r.tooLate ? 'bg-red-50/60' : ''}`}
                data-testid="editor-row"
              >
                <td className="py-1.5 pr-2 tabular-nums text-slate-500">{i + 1}</td>
                <td className="py-1.5 pr-2">
                  <input
                    aria-label={t('schedules.editor.name')}
                    aria-invalid={Boolean(nameError)}
                    className={inputClass}
                    value={r.name}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                  {nameError && <p className="mt-0.5 text-xs text-red-600">{nameError}</p>}
                </td>
                <td className="py-1.5 pr-2">
                  <input
                    type="date"
                    aria-label={`${r.name} ${t('schedules.editor.planned')}`}
                    aria-invalid={Boolean(plannedError)}
                    className={inputClass}
                    value={r.plannedDate}
                    onChange={(e) => set(i, { plannedDate: e.target.value })}
                  />
                  {r.tooLate && !plannedError && (
                    <p className="mt-0.5 text-xs text-red-600">{t('schedules.tab.tooLate')}</p>
                  )}
                  {plannedError && <p className="mt-0.5 text-xs text-red-600">{plannedError}</p>}
                </td>
                <td className="py-1.5 pr-2">
                  <select
                    aria-label={`${r.name} ${t('schedules.editor.linked')}`}
                    className={inputClass}
                    value={r.linkedStage ?? ''}
                    onChange={(e) =>
                      set(i, { linkedStage: (e.target.value || null) as LinkableStage | null })
                    }
                  >
                    <option value="">{t('schedules.stageLink.none')}</option>
                    {LINKABLE_STAGES.map((s) => (
                      <option key={s} value={s}>
                        {t(`schedules.stageLink.${s}`)}
                      </option>
                    ))}
                  </select>
                  {errors[`milestones.${i}.linkedStage`] && (
                    <p className="mt-0.5 text-xs text-red-600">{errors[`milestones.${i}.linkedStage`]}</p>
                  )}
                </td>
                <td className="py-1.5 pr-2 text-xs text-slate-600">
                  {r.actualDate ? (
                    <span
                      title={r.linkedStage ? t('schedules.editor.fromProject') : undefined}
                      className="inline-flex items-center gap-1 pt-2 tabular-nums"
                    >
                      {r.actualDate}
                      {r.linkedStage && (
                        <span className="text-slate-400">
                          {t('punct.open')}
                          {t('schedules.editor.fromProject')}
                          {t('punct.close')}
                        </span>
                      )}
                    </span>
                  ) : (
                    <span className="inline-block pt-2 text-slate-300">—</span>
                  )}
                  {errors[`milestones.${i}.actualDate`] && (
                    <p className="mt-0.5 text-xs text-red-600">{errors[`milestones.${i}.actualDate`]}</p>
                  )}
                </td>
                <td className="py-1.5 text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    className="px-1.5"
                    aria-label={`${t('schedules.editor.moveUp')} ${r.name}`}
                    disabled={i === 0}
                    onClick={() => onChange(moveRow(rows, i, i - 1))}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    className="px-1.5"
                    aria-label={`${t('schedules.editor.moveDown')} ${r.name}`}
                    disabled={i === rows.length - 1}
                    onClick={() => onChange(moveRow(rows, i, i + 1))}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="ghost"
                    className="px-1.5 text-red-600"
                    aria-label={`${t('schedules.editor.remove')} ${r.name}`}
                    disabled={rows.length === 1}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    ✕
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button variant="ghost" className="mt-2 text-brand-600" onClick={add}>
        + {t('schedules.editor.add')}
      </Button>
      {errors.milestones && <p className="mt-1 text-xs text-red-600">{errors.milestones}</p>}
    </div>
  );
}
