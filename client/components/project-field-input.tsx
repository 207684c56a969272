import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_TYPES,
  CAPITAL_TYPES,
  CHANNELS,
  DROP_CATEGORIES,
  INDUSTRIES,
  ORIGINS,
} from '../../shared/domain/catalog';
import { Field, inputClass } from './ui/field';

export const DATE_FIELDS: ReadonlySet<string> = new Set([
  'signingDate',
  'landingDate',
  'startDate',
  'completionDate',
]);
export const AMOUNT_FIELDS: ReadonlySet<string> = new Set(['estimatedInvestment', 'agreedInvestment']);
export const SELECTS: Record<string, readonly string[]> = {
  industry: INDUSTRIES,
  channel: CHANNELS,
  origin: ORIGINS,
  capitalType: CAPITAL_TYPES,
  agreementType: AGREEMENT_TYPES,
  dropCategory: DROP_CATEGORIES,
};

const controlClass = `${inputClass} disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500`;

/** '' → null, a number string → number: amounts are whole 万元. */
export const toAmount = (v: unknown) => (v === '' || v == null ? null : Number(v));

/**
 * One project field as a labelled control, chosen by the field's kind (date, amount, catalogue, text).
 * Shared by the project form and the move dialog so a field looks and validates the same everywhere.
 */
export function ProjectFieldInput({
  name,
  register,
  error,
  required,
  className,
  options: customOptions,
  locked,
}: {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forms of different shapes share this control
  register: UseFormRegister<any>;
  error?: string;
  required?: boolean;
  className?: string;
  /** Choices from the server (people, units): values are ids. */
  options?: { value: number; label: string }[];
  /** Why the person may not change this field (from the shared permission model): shown, and the control disabled. */
  locked?: string;
}) {
  const { t } = useTranslation();
  const label = t(`field.${name}` as 'field.name');
  const options = SELECTS[name];
  return (
    <Field label={label} error={error} hint={locked} required={required} className={className}>
      {(field) => {
        // A locked control keeps its value (react-hook-form keeps a natively disabled field's value).
        const p = { ...field, disabled: !!locked };
        return customOptions ? (
          // Remounted when the choices arrive: react-hook-form then selects the current value (the owner).
          <select
            key={customOptions.length}
            {...p}
            className={controlClass}
            {...register(name, { setValueAs: (v: string) => (v ? Number(v) : null) })}
          >
            <option value="">{t('common.select')}</option>
            {customOptions.map((o) => (
              <option key={o.value} value={o.value} data-user-text="">
                {o.label}
              </option>
            ))}
          </select>
        ) : name.startsWith('is') ? (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input {...p} type="checkbox" {...register(name)} />
            {label}
          </label>
        ) : options ? (
          <select
            {...p}
            className={controlClass}
            {...register(name, { setValueAs: (v: string) => v || null })}
          >
            <option value="">{t('common.select')}</option>
            {options.map((o) => (
              <option key={o} value={o}>
                {t(`${name}.${o}` as 'industry.finance')}
              </option>
            ))}
          </select>
        ) : DATE_FIELDS.has(name) ? (
          <input {...p} type="date" className={controlClass} {...register(name)} />
        ) : AMOUNT_FIELDS.has(name) ? (
          <input
            {...p}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            className={controlClass}
            {...register(name, { setValueAs: toAmount })}
          />
        ) : name === 'description' || name === 'note' ? (
          <textarea {...p} rows={3} className={controlClass} {...register(name)} />
        ) : (
          <input {...p} type="text" className={controlClass} {...register(name)} />
        );
      }}
    </Field>
  );
}
