import { useTranslation } from 'react-i18next';
import type { Merge } from '../../../shared/domain/three-way-merge';
import type { ProjectFields } from '../../../shared/schemas/project';
import { Button } from '../../components/ui/button';
import { useProjectFieldText } from '../../components/use-project-field-text';

export interface ConflictState {
  /** What the person opened, what the other person saved, what this person typed. */
  base: ProjectFields;
  theirs: ProjectFields;
  mine: ProjectFields;
  merge: Merge<ProjectFields>;
  /** The version the other person's save produced: the resolution is saved against it. */
  version: number;
}

/**
 * Only the fields both people changed, each as people read it (labels, 万元, dates, names): what it was
 * when this person opened it, what the other person saved, what this person typed. Their other changes
 * are kept and this person's other changes are reapplied whichever side is chosen here.
 */
export function ConflictPanel({
  conflict,
  pending,
  onKeepTheirs,
  onReapplyMine,
}: {
  conflict: ConflictState;
  pending: boolean;
  onKeepTheirs: () => void;
  onReapplyMine: () => void;
}) {
  const { t } = useTranslation();
  const text = useProjectFieldText();
  const label = (k: keyof ProjectFields) => t(`field.${k}`, { defaultValue: k });
  const list = (keys: (keyof ProjectFields)[]) => keys.map(label).join('、');
  const { merge } = conflict;
  return (
    <div
      role="alert"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
    >
      <p className="font-medium">{t('conflicts.title')}</p>
      <p className="mt-1">{t('conflicts.body')}</p>
      <table className="mt-2 w-full bg-white text-left text-sm" aria-label={t('conflicts.title')}>
        <thead className="text-slate-600">
          <tr>
            <th className="px-2 py-1 font-medium">{t('conflicts.field')}</th>
            <th className="px-2 py-1 font-medium">{t('conflicts.opened')}</th>
            <th className="px-2 py-1 font-medium">{t('conflicts.theirs')}</th>
            <th className="px-2 py-1 font-medium">{t('conflicts.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {merge.clashes.map((k) => (
            <tr key={k} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 font-normal text-slate-600">
                {label(k)}
              </th>
              <td className="px-2 py-1 text-slate-500">{text(k, conflict.base[k])}</td>
              <td className="px-2 py-1">{text(k, conflict.theirs[k])}</td>
              <td className="px-2 py-1 font-medium">{text(k, conflict.mine[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {merge.theirs.length > 0 && (
        <p className="mt-2">{t('conflicts.keptTheirs', { fields: list(merge.theirs) })}</p>
      )}
      {merge.mine.length > 0 && (
        <p className="mt-1">{t('conflicts.keptMine', { fields: list(merge.mine) })}</p>
      )}
      <div className="mt-2 flex gap-2">
        <Button onClick={onKeepTheirs} disabled={pending}>
          {t('conflicts.keepTheirs')}
        </Button>
        <Button variant="primary" onClick={onReapplyMine} disabled={pending}>
          {t('conflicts.reapplyMine')}
        </Button>
      </div>
    </div>
  );
}
