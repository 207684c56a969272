import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { errorCode, errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import type { Milestone } from './schedule-types';

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
  const [actualDate, setActualDate] = useState(milestone.actualDate ?? today);
  const [note, setNote] = useState(milestone.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const record = useMutation(trpc.schedules.recordActual.mutationOptions());
  const linked = milestone.linkedStage;
  const moveInstead = Boolean(linked && !stageReached);
  const stage = linked ? t(`stage.${linked}`) : '';

  const submit = async () => {
    if (actualDate && actualDate > today)
      return setErrors({ actualDate: t('schedules.editor.futureActual') });
    if (moveInstead) {
      if (!actualDate) return;
      onStageMove(actualDate);
      return;
    }
    try {
      await record.mutateAsync({
        milestoneId: milestone.id,
        version: milestone.version,
        actualDate: linked ? milestone.actualDate : actualDate || null,
        note: note.trim() || null,
      });
      toast.success(t('schedules.milestones.recordSaved'));
      await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() });
      onClose();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        toast.error(t('conflict.title'), { description: t('conflict.body') });
        await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
        onClose();
        return;
      }
      const fields = fieldErrors(error);
      setErrors(
        Object.keys(fields).length ? fields : { actualDate: errorMessage(error, t('common.unknownError')) },
      );
    }
  };

  return (
    <Dialog open onClose={onClose} title={t('schedules.milestones.recordTitle', { name: milestone.name })}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
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
            error={errors.actualDate}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                max={today}
                className={inputClass}
                value={actualDate}
                onChange={(e) => setActualDate(e.target.value)}
              />
            )}
          </Field>
        )}
        {!moveInstead && (
          <Field label={t('schedules.milestones.noteLabel')} error={errors.note}>
            {(props) => (
              <textarea
                {...props}
                rows={3}
                className={inputClass}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            )}
          </Field>
        )}
        <div className="mt-2 flex justify-between gap-2">
          <span>
            {!linked && milestone.actualDate && (
              <Button variant="ghost" onClick={() => setActualDate('')}>
                {t('schedules.milestones.clear')}
              </Button>
            )}
          </span>
          <span className="flex gap-2">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" disabled={record.isPending}>
              {moveInstead
                ? t('schedules.milestones.offerMove', { stage })
                : record.isPending
                  ? t('common.saving')
                  : t('common.save')}
            </Button>
          </span>
        </div>
      </form>
    </Dialog>
  );
}
