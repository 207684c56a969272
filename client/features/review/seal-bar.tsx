import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from '../../lib/toast';
import type { z } from 'zod';
import { reopenWeekInput } from '../../../shared/schemas/review';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { FormAlert } from '../../components/ui/form-alert';
import { FormButtons } from '../../components/ui/form-buttons';
import { useMayEver } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { useFormSubmit, useSaveAction } from '../../lib/use-form-submit';
import type { WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

const reopenForm = reopenWeekInput.pick({ reason: true });

/** 定稿: an admin seals a closed week after the meeting, or re-opens a sealed one with a reason. */
export function SealButtons({ r }: { r: WeekReview }) {
  const { t } = useReviewLabels();
  const mayEver = useMayEver();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.review.week.queryKey() });
  const seal = useMutation(trpc.review.seal.mutationOptions());
  const save = useSaveAction({ onConflict: refresh });
  const [reopening, setReopening] = useState(false);
  if (!mayEver('office.manage') || !r.week.closed) return null;
  if (r.seal) {
    return (
      <>
        <Button onClick={() => setReopening(true)}>{t('review.seal.reopen')}</Button>
        {reopening && <ReopenDialog week={r.week.key} onClose={() => setReopening(false)} onDone={refresh} />}
      </>
    );
  }
  return (
    <Button
      disabled={seal.isPending}
      onClick={() => {
        if (!window.confirm(t('review.seal.sealConfirm', { week: r.week.number }))) return;
        void save(async () => {
          await seal.mutateAsync({ week: r.week.key });
          toast.success(t('review.seal.done', { week: r.week.number }));
          await refresh();
        });
      }}
    >
      {seal.isPending ? t('review.seal.sealing') : t('review.seal.seal')}
    </Button>
  );
}

function ReopenDialog({
  week,
  onClose,
  onDone,
}: {
  week: string;
  onClose: () => void;
  onDone: () => unknown;
}) {
  const { t } = useReviewLabels();
  const reopen = useMutation(trpc.review.reopen.mutationOptions());
  const form = useForm<z.input<typeof reopenForm>>({
    resolver: zodResolver(reopenForm),
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { inline: true })(async ({ reason }) => {
    await reopen.mutateAsync({ week, reason });
    toast.success(t('review.seal.reopened'));
    void onDone();
    onClose();
  });
  return (
    <Dialog open onClose={onClose} title={t('review.seal.reopenTitle')}>
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('review.seal.reason')} error={errors.reason?.message} required>
          {(props) => <textarea {...props} className={inputClass} rows={3} {...form.register('reason')} />}
        </Field>
        <FormAlert errors={errors} />
        <FormButtons label={t('review.seal.reopen')} pending={isSubmitting} onCancel={onClose} className="" />
      </form>
    </Dialog>
  );
}

/** The sealed notice, printed too: the paper says it is the sealed version. */
export function SealNotice({ r }: { r: WeekReview }) {
  const { t, fmt } = useReviewLabels();
  if (!r.seal) return null;
  return (
    <p
      className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 print:py-1"
      data-testid="review-sealed"
    >
      <strong className="mr-2">{t('review.seal.sealed')}</strong>
      {t('review.seal.sealedBy', { at: fmt.dateTime(r.seal.sealedAt), by: r.seal.sealedByName })}
    </p>
  );
}
