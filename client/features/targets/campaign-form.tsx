import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type CampaignInput, campaignInput } from '../../../shared/schemas/review';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

const DATES = ['campaignStart', 'campaignEnd'] as const;

/** The campaign period (admins edit; everyone reads it). Render with `key={version}` so a save resets it. */
export function CampaignForm({
  current,
  canEdit,
  onSaved,
  onConflict,
}: {
  current: CampaignInput;
  canEdit: boolean;
  onSaved: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.targets.saveCampaign.mutationOptions());
  const form = useForm<CampaignInput>({ resolver: zodResolver(campaignInput), defaultValues: current });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict })(async (values) => {
    const { version } = await save.mutateAsync(values);
    // The saved period, with its new version, is the form's starting point at once (as in stall-days-form).
    queryClient.setQueryData(
      trpc.targets.list.queryKey(),
      (list) => list && { ...list, campaign: { ...values, version } },
    );
    onSaved();
  });
  return (
    <form className="flex flex-wrap items-end gap-3" noValidate onSubmit={(e) => void submit(e)}>
      {DATES.map((d) => (
        <Field key={d} label={t(`review.targets.${d}`)} error={errors[d]?.message}>
          {(p) => (
            <input {...p} type="date" disabled={!canEdit} className={inputClass} {...form.register(d)} />
          )}
        </Field>
      ))}
      {canEdit && (
        <Button type="submit" disabled={isSubmitting}>
          {t('common.save')}
        </Button>
      )}
      <p className="text-sm text-slate-500">{t('review.targets.campaignHint')}</p>
    </form>
  );
}
