import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { INDUSTRIES } from '../../../shared/domain/catalog';
import { TARGET_METRICS } from '../../../shared/domain/review/targets';
import { targetInput } from '../../../shared/schemas/review';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';

export type TargetValues = z.input<typeof targetInput>;

/** Add or edit a target; validated with the server's schema, server field errors shown under their fields. */
export function TargetForm({
  initial,
  units,
  serverErrors,
  pending,
  onSubmit,
  onCancel,
}: {
  initial: TargetValues;
  units: { id: number; name: string }[];
  serverErrors: Record<string, string>;
  pending: boolean;
  onSubmit: (v: z.output<typeof targetInput>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<TargetValues, unknown, z.output<typeof targetInput>>({
    resolver: zodResolver(targetInput),
    defaultValues: initial,
  });
  const err = (k: keyof TargetValues) => form.formState.errors[k]?.message ?? serverErrors[k];
  return (
    <form
      className="grid gap-3 p-4 sm:grid-cols-2"
      onSubmit={(e) => void form.handleSubmit(onSubmit)(e)}
      noValidate
    >
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
        label={`${t('review.targets.value')}（${t('review.targets.valueHint')}）`}
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
          <select
            {...p}
            className={inputClass}
            {...form.register('industry', { setValueAs: (v: string) => (v ? v : null) })}
          >
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
          <select
            {...p}
            className={inputClass}
            {...form.register('unitId', { setValueAs: (v: string) => (v ? Number(v) : null) })}
          >
            <option value="">{t('review.all')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('review.targets.note')} error={err('note')} className="sm:col-span-2">
        {(p) => <input {...p} className={inputClass} {...form.register('note')} />}
      </Field>
      <div className="flex justify-end gap-2 sm:col-span-2">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
