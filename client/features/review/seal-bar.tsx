import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import type { WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

/** 定稿: an admin seals a closed week after the meeting, or re-opens a sealed one with a reason. */
export function SealButtons({ r }: { r: WeekReview }) {
  const { t } = useReviewLabels();
  const me = useQuery(trpc.auth.me.queryOptions());
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.review.week.queryKey() });
  const seal = useMutation(
    trpc.review.seal.mutationOptions({
      onSuccess: () => {
        toast.success(t('review.seal.done', { week: r.week.number }));
        void refresh();
      },
      onError: (e) => toast.error(errorMessage(e, t('common.unknownError'))),
    }),
  );
  const [reopening, setReopening] = useState(false);
  if (me.data?.role !== 'admin' || !r.week.closed) return null;
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
        if (window.confirm(t('review.seal.sealConfirm', { week: r.week.number })))
          seal.mutate({ week: r.week.key });
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
  const [reason, setReason] = useState('');
  const reopen = useMutation(trpc.review.reopen.mutationOptions());
  const errors = reopen.error ? fieldErrors(reopen.error) : {};
  return (
    <Dialog open onClose={onClose} title={t('review.seal.reopenTitle')}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          reopen.mutate(
            { week, reason },
            {
              onSuccess: () => {
                toast.success(t('review.seal.reopened'));
                void onDone();
                onClose();
              },
            },
          );
        }}
      >
        <Field label={t('review.seal.reason')} error={errors.reason} required>
          {(props) => (
            <textarea
              {...props}
              className={inputClass}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        {reopen.error && !errors.reason && (
          <p className="text-sm text-red-600">{errorMessage(reopen.error, t('common.unknownError'))}</p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={reopen.isPending}>
            {t('review.seal.reopen')}
          </Button>
        </div>
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
