import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { INDUSTRIES } from '../../../shared/domain/catalog';
import { TARGET_METRICS } from '../../../shared/domain/review/targets';
import { targetInput } from '../../../shared/schemas/review';
import { Field, inputClass } from '../../components/ui/field';
import { FormButtons } from '../../components/ui/form-buttons';
import { toNumberOrNull, toTextOrNull } from '../../lib/form-values';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

export type TargetValues = z.input<typeof targetInput>;

/** Add or edit a target; validated with the server's schema, server field errors shown under their fields. */
export function TargetForm({
  initial,
  units,
  officers,
  onSubmit,
  onCancel,
  onConflict,
}: {
  initial: TargetValues;
  units: { id: number; name: string }[];
  /** Officers a target may be set for (decision 041): the report ranks them against it. */
  officers: { id: number; displayName: string }[];
  onSubmit: (v: z.output<typeof targetInput>) => Promise<unknown>;
  onCancel: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const form = useForm<TargetValues, unknown, z.output<typeof targetInput>>({
    resolver: zodResolver(targetInput),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (k: keyof TargetValues) => errors[k]?.message;
  const submit = useFormSubmit(form, { onConflict })(onSubmit);
  return (
    <form className="grid gap-3 p-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t('review.targets.metric')} required error={err('metric')}>
        {(p) => (
          <select {...p} className={inputClass} {...form.register('metric')}>
            {TARGET_METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`review.metric.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={`${t('review.targets.value')}${t('punct.open')}${t('review.targets.valueHint')}${t('punct.close')}`}
        required
        error={err('value')}
      >
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            className={inputClass}
            {...form.register('value', { valueAsNumber: true })}
          />
        )}
      </Field>
      <Field label={t('review.targets.periodStart')} required error={err('periodStart')}>
        {(p) => <input {...p} type="date" className={inputClass} {...form.register('periodStart')} />}
      </Field>
      <Field label={t('review.targets.periodEnd')} required error={err('periodEnd')}>
        {(p) => <input {...p} type="date" className={inputClass} {...form.register('periodEnd')} />}
      </Field>
      <Field label={t('review.targets.industry')} error={err('industry')}>
        {(p) => (
          <select {...p} className={inputClass} {...form.register('industry', { setValueAs: toTextOrNull })}>
            <option value="">{t('review.all')}</option>
            {INDUSTRIES.map((i) => (
              <option key={i} value={i}>
                {t(`industry.${i}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('review.targets.unit')} error={err('unitId')}>
        {(p) => (
          <select {...p} className={inputClass} {...form.register('unitId', { setValueAs: toNumberOrNull })}>
            <option value="">{t('review.all')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id} data-user-text="">
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('report.targetOwner')} error={err('ownerId')}>
        {(p) => (
          <select {...p} className={inputClass} {...form.register('ownerId', { setValueAs: toNumberOrNull })}>
            <option value="">{t('review.all')}</option>
            {officers.map((u) => (
              <option key={u.id} value={u.id} data-user-text="">
                {u.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('review.targets.note')} error={err('note')} className="sm:col-span-2">
        {(p) => <input {...p} className={inputClass} {...form.register('note')} />}
      </Field>
      <FormButtons
        label={t('common.save')}
        pending={isSubmitting}
        onCancel={onCancel}
        className="sm:col-span-2"
      />
    </form>
  );
}
