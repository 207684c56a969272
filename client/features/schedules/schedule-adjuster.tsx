import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { Field, inputClass } from '../../components/ui/field';
import { FormButtons } from '../../components/ui/form-buttons';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import { rowKey } from './milestone-rows';
import { MilestoneEditor } from './milestone-editor';
import type { Schedule } from './schedule-types';
import { useScheduleForm } from './use-schedule-form';

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
  const update = useMutation(trpc.schedules.update.mutationOptions());
  const { form, rows, setRows, errors } = useScheduleForm(today, {
    targetDate: schedule.targetDate,
    reason: schedule.reason ?? '',
    milestones: schedule.milestones.map((m) => ({
      key: rowKey(),
      id: m.id,
      name: m.name,
      plannedDate: m.plannedDate,
      linkedStage: m.linkedStage,
      actualDate: m.actualDate,
      note: m.note,
    })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
  const save = useFormSubmit(form, { onConflict: () => refresh().then(onDone) })(async (values) => {
    await update.mutateAsync({
      id: schedule.id,
      version: schedule.version,
      targetDate: values.targetDate,
      reason: schedule.reason,
      milestones: values.milestones.map((m) => ({ ...m, actualDate: m.id ? undefined : m.actualDate })),
    });
    toast.success(t('schedules.tab.saved'));
    await refresh();
    await queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() });
    onDone();
  });

  return (
    <form
      className="flex flex-col gap-3"
      data-testid="schedule-adjuster"
      noValidate
      onSubmit={(e) => void save(e)}
    >
      <Field label={t('schedules.tab.targetDate')} required error={errors.targetDate} className="max-w-xs">
        {(props) => <input {...props} type="date" className={inputClass} {...form.register('targetDate')} />}
      </Field>
      <MilestoneEditor rows={rows} onChange={setRows} errors={errors} today={today} />
      <FormButtons
        label={t('schedules.tab.save')}
        pending={form.formState.isSubmitting}
        onCancel={onDone}
        cancelLabel={t('schedules.tab.cancelEdit')}
        className=""
      />
    </form>
  );
}
