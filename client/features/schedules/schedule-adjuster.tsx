import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { errorCode, errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { checkRows, type EditRow, rowKey } from './milestone-rows';
import { MilestoneEditor } from './milestone-editor';
import type { Schedule } from './schedule-types';
import { useRowMessages } from './use-row-messages';

/** Adjusts a saved plan: dates, names, order, added and removed milestones, the target date. */
export function ScheduleAdjuster({
  schedule,
  today,
  onDone,
}: {
  schedule: Schedule;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useRowMessages();
  const update = useMutation(trpc.schedules.update.mutationOptions());
  const [targetDate, setTargetDate] = useState(schedule.targetDate);
  const [rows, setRows] = useState<EditRow[]>(() =>
    schedule.milestones.map((m) => ({
      key: rowKey(),
      id: m.id,
      name: m.name,
      plannedDate: m.plannedDate,
      linkedStage: m.linkedStage,
      actualDate: m.actualDate,
      note: m.note,
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    const local = checkRows(rows, targetDate, today, messages);
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await update.mutateAsync({
        id: schedule.id,
        version: schedule.version,
        targetDate,
        reason: schedule.reason,
        milestones: rows.map((r) => ({
          id: r.id,
          name: r.name.trim(),
          plannedDate: r.plannedDate,
          linkedStage: r.linkedStage,
          note: r.note ?? null,
          actualDate: r.id ? undefined : r.actualDate,
        })),
      });
      toast.success(t('schedules.tab.saved'));
      await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() });
      onDone();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        toast.error(t('conflict.title'), { description: t('conflict.body') });
        await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
        onDone();
        return;
      }
      const fields = fieldErrors(error);
      setErrors(fields);
      if (!Object.keys(fields).length) toast.error(errorMessage(error, t('common.unknownError')));
    }
  };

  return (
    <div className="flex flex-col gap-3" data-testid="schedule-adjuster">
      <Field label={t('schedules.tab.targetDate')} required error={errors.targetDate} className="max-w-xs">
        {(props) => (
          <input
            {...props}
            type="date"
            className={inputClass}
            value={targetDate}
            onChange={(e) => setTargetDate(e.target.value)}
          />
        )}
      </Field>
      <MilestoneEditor rows={rows} onChange={setRows} errors={errors} today={today} />
      <div className="flex justify-end gap-2">
        <Button onClick={onDone}>{t('schedules.tab.cancelEdit')}</Button>
        <Button variant="primary" onClick={() => void save()} disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('schedules.tab.save')}
        </Button>
      </div>
    </div>
  );
}
