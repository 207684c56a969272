import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { addBusinessDays } from '../../../shared/domain/dates';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { FormButtons } from '../../components/ui/form-buttons';
import { errorMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import { rowKey } from './milestone-rows';
import { MilestoneEditor } from './milestone-editor';
import { useScheduleForm } from './use-schedule-form';

/**
 * Plans a schedule: pick a template and a target date, see the dates planned backward, adjust any of
 * them, then save. Nothing is written until 保存工期.
 */
export function ScheduleCreator({
  projectId,
  major,
  today,
  onDone,
}: {
  projectId: number;
  major: boolean;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const templates = useQuery(trpc.schedules.templates.list.queryOptions());
  const active = (templates.data ?? []).filter((x) => x.active);
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [warning, setWarning] = useState<{ targetInPast: boolean; shortByDays: number } | null>(null);
  const [proposing, setProposing] = useState(false);
  const create = useMutation(trpc.schedules.create.mutationOptions());
  const chosen = templateId ?? active[0]?.id ?? null;
  const { form, rows, setRows, errors } = useScheduleForm(
    today,
    { targetDate: addBusinessDays(today, 365), reason: '', milestones: [] },
    (v) => ({
      ...(v.targetDate < today && { targetDate: t('schedules.tab.targetInPast') }),
      ...(!major && !v.reason && { reason: t('schedules.tab.notMajorBody') }),
    }),
  );

  const propose = async () => {
    if (!chosen || !(await form.trigger('targetDate'))) return;
    setProposing(true);
    try {
      const p = await queryClient.fetchQuery(
        trpc.schedules.propose.queryOptions({
          projectId,
          templateId: chosen,
          targetDate: form.getValues('targetDate'),
        }),
      );
      setWarning({ targetInPast: p.targetInPast, shortByDays: p.shortByDays });
      setRows(
        p.milestones.map((m) => ({
          key: rowKey(),
          name: m.name,
          plannedDate: m.plannedDate,
          linkedStage: m.linkedStage,
          actualDate: m.actualDate,
          tooLate: m.tooLate && !m.actualDate,
        })),
      );
    } catch (error) {
      toast.error(errorMessage(error, t('common.unknownError')));
    } finally {
      setProposing(false);
    }
  };

  const save = useFormSubmit(form)(async (values) => {
    if (!chosen) return;
    await create.mutateAsync({
      projectId,
      templateId: chosen,
      targetDate: values.targetDate,
      reason: values.reason,
      milestones: values.milestones.map((m) => ({ ...m, actualDate: m.linkedStage ? null : m.actualDate })),
    });
    toast.success(t('schedules.tab.saved'));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
    ]);
    onDone();
  });

  return (
    <form
      className="flex flex-col gap-4"
      data-testid="schedule-creator"
      noValidate
      onSubmit={(e) => void save(e)}
    >
      <div className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_12rem_auto]">
        <Field label={t('schedules.tab.template')} required error={errors.templateId}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              value={chosen ?? ''}
              onChange={(e) => {
                setTemplateId(Number(e.target.value));
                setRows([]);
                setWarning(null);
              }}
            >
              {active.map((x) => (
                <option key={x.id} value={x.id} data-user-text="">
                  {x.name}
                  {t('punct.open')}
                  {x.steps.map((s) => s.name).join(' → ')}
                  {t('punct.close')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('schedules.tab.targetDate')} required error={errors.targetDate}>
          {(props) => (
            <input {...props} type="date" className={inputClass} {...form.register('targetDate')} />
          )}
        </Field>
        <Button
          variant={warning ? 'secondary' : 'primary'}
          onClick={() => void propose()}
          disabled={!chosen || proposing}
        >
          {proposing ? t('schedules.tab.proposing') : t('schedules.tab.propose')}
        </Button>
      </div>
      {!major && (
        <Field label={t('schedules.tab.reason')} required error={errors.reason}>
          {(props) => <input {...props} className={inputClass} {...form.register('reason')} />}
        </Field>
      )}
      {warning && (
        <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
          <h3 className="text-sm font-medium text-slate-800">{t('schedules.tab.proposalTitle')}</h3>
          {warning?.targetInPast && (
            <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
              {t('schedules.tab.targetInPast')}
            </p>
          )}
          {!warning?.targetInPast && warning && warning.shortByDays > 0 && (
            <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">
              {t('schedules.tab.shortBy', { count: warning.shortByDays })}
            </p>
          )}
          <MilestoneEditor rows={rows} onChange={setRows} errors={errors} today={today} />
          <FormButtons
            label={t('schedules.tab.save')}
            pending={form.formState.isSubmitting}
            onCancel={onDone}
            className=""
          />
        </div>
      )}
    </form>
  );
}
