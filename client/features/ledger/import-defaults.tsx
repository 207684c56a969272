import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/domain/catalog';
import type { ImportOptionsInput } from '../../../shared/schemas/ledger';
import { inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';

export type ImportDefaults = NonNullable<ImportOptionsInput['defaults']>;

/** The values new projects take where the sheet has no such column or leaves the cell empty. */
export function ImportDefaultsPanel({
  value,
  onChange,
}: {
  value: ImportDefaults;
  onChange: (next: ImportDefaults) => void;
}) {
  const { t } = useTranslation();
  const people = useQuery(trpc.directory.users.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const idOrNull = (v: string) => (v ? Number(v) : null);
  const select = `${inputClass} mt-1 py-1`;
  return (
    <fieldset
      className="mt-3 rounded-md border border-slate-200 bg-white px-3 py-2"
      data-testid="import-defaults"
    >
      <legend className="px-1 text-sm font-medium text-slate-800">{t('pending.defaults.title')}</legend>
      <p className="mb-2 text-xs text-slate-500">{t('pending.defaults.hint')}</p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <label className="text-sm text-slate-700">
          {t('pending.defaults.channel')}
          <select
            className={select}
            value={value.channel ?? ''}
            onChange={(e) => onChange({ ...value, channel: (e.target.value || null) as Channel | null })}
          >
            <option value="">{t('pending.defaults.none')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {t('pending.defaults.ownerA')}
          <select
            className={select}
            value={value.ownerAId ?? ''}
            onChange={(e) => onChange({ ...value, ownerAId: idOrNull(e.target.value) })}
          >
            <option value="">{t('pending.defaults.none')}</option>
            {(people.data ?? [])
              .filter((u) => u.role === 'staff')
              .map((u) => (
                <option key={u.id} value={u.id} data-user-text="">
                  {u.displayName}
                </option>
              ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {t('pending.defaults.unit')}
          <select
            className={select}
            value={value.unitId ?? ''}
            onChange={(e) => onChange({ ...value, unitId: idOrNull(e.target.value) })}
          >
            <option value="">{t('pending.defaults.none')}</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id} data-user-text="">
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
