import { msg } from '../../../shared/schemas/messages';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { addBusinessDays } from '../../../shared/domain/dates';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { checkRows, type EditRow, rowKey } from './milestone-rows';
import { MilestoneEditor } from './milestone-editor';
import { useRowMessages } from './use-row-messages';

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
  const [targetDate, setTargetDate] = useState(addBusinessDays(today, 365));
  const [reason, setReason] = useState('');
  const [rows, setRows] = useState<EditRow[] | null>(null);
  const [warning, setWarning] = useState<{ targetInPast: boolean; shortByDays: number } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [proposing, setProposing] = useState(false);
  const messages = useRowMessages();
  const create = useMutation(trpc.schedules.create.mutationOptions());
  const chosen = templateId ?? active[0]?.id ?? null;

  const propose = async () => {
    if (!chosen) return;
    setErrors({});
    if (!targetDate) return setErrors({ targetDate: msg('required') });
    setProposing(true);
    try {
      const p = await queryClient.fetchQuery(
        trpc.schedules.propose.queryOptions({ projectId, templateId: chosen, targetDate }),
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
      setErrors(fieldErrors(error));
      toast.error(errorMessage(error, t('common.unknownError')));
    } finally {
      setProposing(false);
    }
  };

  const save = async () => {
    if (!rows || !chosen) return;
    const local = checkRows(rows, targetDate, today, messages);
    if (targetDate < today) local.targetDate = t('schedules.tab.targetInPast');
    if (!major && !reason.trim()) local.reason = t('schedules.tab.notMajorBody');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await create.mutateAsync({
        projectId,
        templateId: chosen,
        targetDate,
        reason: reason.trim() || null,
        milestones: rows.map((r) => ({
          name: r.name.trim(),
          plannedDate: r.plannedDate,
          linkedStage: r.linkedStage,
          actualDate: r.linkedStage ? null : r.actualDate,
        })),
      });
      toast.success(t('schedules.tab.saved'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
      ]);
      onDone();
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (!Object.keys(fields).length) toast.error(errorMessage(error, t('common.unknownError')));
    }
  };

  return (
    <div className="flex flex-col gap-4" data-testid="schedule-creator">
      <div className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_12rem_auto]">
        <Field label={t('schedules.tab.template')} required error={errors.templateId}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              value={chosen ?? ''}
              onChange={(e) => {
                setTemplateId(Number(e.target.value));
                setRows(null);
              }}
            >
              {active.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}（{x.steps.map((s) => s.name).join(' → ')}）
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('schedules.tab.targetDate')} required error={errors.targetDate}>
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
        <Button
          variant={rows ? 'secondary' : 'primary'}
          onClick={() => void propose()}
          disabled={!chosen || proposing}
        >
          {proposing ? t('schedules.tab.proposing') : t('schedules.tab.propose')}
        </Button>
      </div>
      {!major && (
        <Field label={t('schedules.tab.reason')} required error={errors.reason}>
          {(props) => (
            <input
              {...props}
              className={inputClass}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
      )}
      {rows && (
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
          <div className="flex justify-end gap-2">
            <Button onClick={onDone}>{t('common.cancel')}</Button>
            <Button variant="primary" onClick={() => void save()} disabled={create.isPending}>
              {create.isPending ? t('common.saving') : t('schedules.tab.save')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
