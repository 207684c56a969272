import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { STALL_DAYS_MAX, STALL_DAYS_MIN, STALL_STAGES } from '../../../shared/domain/stall';
import { stallDaysInput } from '../../../shared/schemas/settings';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

const editable = stallDaysInput.omit({ version: true });
type Values = z.input<typeof editable>;

/**
 * 久未推进 days per stage. Render with `key={version}` so a save (or a reload) resets it; a save puts
 * what it saved in the query cache at once.
 */
export function StallDaysForm({
  current,
  canEdit,
  onSaved,
  onConflict,
}: {
  current: Values & { version: number };
  canEdit: boolean;
  onSaved: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.settings.saveStallDays.mutationOptions());
  const form = useForm<Values>({ resolver: zodResolver(editable), defaultValues: current });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict })(async (values) => {
    const { version } = await save.mutateAsync({ ...values, version: current.version });
    // What is saved, with its new version, is the form's starting point at once: a change made before
    // the reload arrives is kept and saved against the right version.
    queryClient.setQueryData(trpc.settings.stallDays.queryKey(), { ...values, version });
    onSaved();
  });
  return (
    <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
      <p className="text-sm text-slate-600">{t('settings.stall.hint')}</p>
      <div className="grid gap-3 sm:grid-cols-4">
        {STALL_STAGES.map((s) => (
          <Field
            key={s}
            label={t('settings.stall.stageDays', { stage: t(`stage.${s}`) })}
            error={errors[s]?.message}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={STALL_DAYS_MIN}
                max={STALL_DAYS_MAX}
                step={1}
                disabled={!canEdit}
                className={inputClass}
                {...form.register(s, { valueAsNumber: true })}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {canEdit ? (
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {t('common.save')}
          </Button>
        ) : (
          <span className="text-sm text-slate-500">{t('settings.stall.readOnly')}</span>
        )}
        <p className="text-xs text-slate-500">{t('settings.stall.effective')}</p>
      </div>
    </form>
  );
}
