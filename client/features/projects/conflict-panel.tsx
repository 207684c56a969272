import { useTranslation } from 'react-i18next';
import type { ProjectFields } from '../../../shared/schemas/project';
import { Button } from '../../components/ui/button';

export interface ConflictState {
  mine: ProjectFields;
  theirs: ProjectFields;
  version: number;
}

const show = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
};

/** The fields where what the other person saved differs from what you typed, side by side. */
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
  const keys = (Object.keys(conflict.mine) as (keyof ProjectFields)[]).filter(
    (k) => show(conflict.mine[k]) !== show(conflict.theirs[k]),
  );
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
            <th className="px-2 py-1 font-medium">{t('conflicts.theirs')}</th>
            <th className="px-2 py-1 font-medium">{t('conflicts.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-1 font-normal text-slate-600">
                {t(`field.${k}`, { defaultValue: k })}
              </th>
              <td className="px-2 py-1">{show(conflict.theirs[k]) ?? t('conflicts.empty')}</td>
              <td className="px-2 py-1 font-medium">{show(conflict.mine[k]) ?? t('conflicts.empty')}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
