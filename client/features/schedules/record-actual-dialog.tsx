import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import type { z } from 'zod';
import { msg } from '../../../shared/schemas/messages';
import { recordActualInput } from '../../../shared/schemas/schedules';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { Milestone } from './schedule-types';

const recordForm = recordActualInput.pick({ actualDate: true, note: true });

/**
 * Records a milestone's actual date and note. For a stage-linked milestone the project has not reached
 * yet, the date is handed to the stage move instead (`onStageMove`), which records both together.
 */
export function RecordActualDialog({
  milestone,
  today,
  stageReached,
  onStageMove,
  onClose,
}: {
  milestone: Milestone;
  today: string;
  stageReached: boolean;
  onStageMove: (date: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.schedules.recordActual.mutationOptions());
  const linked = milestone.linkedStage;
  const moveInstead = Boolean(linked && !stageReached);
  const stage = linked ? t(`stage.${linked}`) : '';
  const schema = recordForm.superRefine(({ actualDate }, ctx) => {
    if (actualDate && actualDate > today)
      ctx.addIssue({ code: 'custom', path: ['actualDate'], message: t('schedules.editor.futureActual') });
    if (moveInstead && !actualDate)
      ctx.addIssue({ code: 'custom', path: ['actualDate'], message: msg('required') });
  });
  const form = useForm<z.input<typeof recordForm>, unknown, z.output<typeof recordForm>>({
    resolver: zodResolver(schema),
    defaultValues: { actualDate: milestone.actualDate ?? today, note: milestone.note ?? '' },
  });
  const { errors, isSubmitting } = form.formState;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
  const submit = useFormSubmit(form, { onConflict: () => refresh().then(onClose) })(async ({
    actualDate,
    note,
  }) => {
    if (moveInstead) return actualDate && onStageMove(actualDate);
    await record.mutateAsync({
      milestoneId: milestone.id,
      version: milestone.version,
      actualDate: linked ? milestone.actualDate : actualDate,
      note,
    });
    toast.success(t('schedules.milestones.recordSaved'));
    await refresh();
    await queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() });
    onClose();
  });

  return (
    <Dialog open onClose={onClose} title={t('schedules.milestones.recordTitle', { name: milestone.name })}>
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <p className="text-sm text-slate-600">
          {t('schedules.editor.planned')} <strong className="tabular-nums">{milestone.plannedDate}</strong>
        </p>
        {moveInstead && (
          <p className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">
            {t('schedules.milestones.offerMoveHint', { name: milestone.name, stage })}
          </p>
        )}
        {linked && stageReached ? (
          <p className="rounded bg-slate-50 px-3 py-2 text-sm text-slate-600">
            {t('schedules.milestones.actualDate')}{' '}
            <strong className="tabular-nums">{milestone.actualDate}</strong> —{' '}
            {t('schedules.milestones.linkedReached', { stage })}
          </p>
        ) : (
          <Field
            label={t('schedules.milestones.actualDate')}
            required={moveInstead}
            error={errors.actualDate?.message}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                max={today}
                className={inputClass}
                {...form.register('actualDate')}
              />
            )}
          </Field>
        )}
        {!moveInstead && (
          <Field label={t('schedules.milestones.noteLabel')} error={errors.note?.message}>
            {(props) => <textarea {...props} rows={3} className={inputClass} {...form.register('note')} />}
          </Field>
        )}
        <div className="mt-2 flex justify-between gap-2">
          <span>
            {!linked && milestone.actualDate && (
              <Button variant="ghost" onClick={() => form.setValue('actualDate', '')}>
                {t('schedules.milestones.clear')}
              </Button>
            )}
          </span>
          <span className="flex gap-2">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {moveInstead
                ? t('schedules.milestones.offerMove', { stage })
                : isSubmitting
                  ? t('common.saving')
                  : t('common.save')}
            </Button>
          </span>
        </div>
      </form>
    </Dialog>
  );
}
