import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { addBusinessDays } from '../../../shared/domain/dates';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { errorCode, errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import type { ChaseUp, Milestone } from './schedule-types';

/** Issue a chase-up order (督办单): what, who, by when, and the escalation dates. */
export function IssueChaseUpDialog({
  projectId,
  projectName,
  milestones,
  milestoneId,
  today,
  onClose,
}: {
  projectId: number;
  projectName: string;
  milestones: Milestone[];
  milestoneId: number | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const people = useQuery(trpc.directory.users.queryOptions());
  const issue = useMutation(trpc.schedules.chaseUps.issue.mutationOptions());
  const [form, setForm] = useState({
    milestoneId,
    subject: '',
    assigneeId: 0,
    dueDate: addBusinessDays(today, 7),
    yellowDate: addBusinessDays(today, 8),
    redDate: addBusinessDays(today, 15),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const overdue = milestones.filter((m) => m.status === 'overdue');

  const submit = async () => {
    try {
      await issue.mutateAsync({ projectId, ...form, milestoneId: form.milestoneId ?? null });
      toast.success(t('schedules.chase.issued'));
      await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
      onClose();
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(
        Object.keys(fields).length ? fields : { subject: errorMessage(error, t('common.unknownError')) },
      );
    }
  };

  return (
    <Dialog open onClose={onClose} title={t('schedules.chase.issueTitle', { name: projectName })}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label={t('schedules.chase.milestone')} error={errors.milestoneId ?? errors.projectId}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              value={form.milestoneId ?? ''}
              onChange={(e) => set({ milestoneId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('schedules.chase.projectWide')}</option>
              {overdue.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}（{t('schedules.editor.planned')} {m.plannedDate}）
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('schedules.chase.subject')} required error={errors.subject}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              className={inputClass}
              placeholder={t('schedules.chase.subjectPlaceholder')}
              value={form.subject}
              onChange={(e) => set({ subject: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('schedules.chase.assignee')} required error={errors.assigneeId}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              value={form.assigneeId || ''}
              onChange={(e) => set({ assigneeId: Number(e.target.value) })}
            >
              <option value="">{t('common.select')}</option>
              {(people.data ?? [])
                .filter((u) => u.role !== 'viewer')
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.displayName}
                    {u.title ? ` · ${u.title}` : ''}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <div className="grid grid-cols-3 gap-2">
          <Field label={t('schedules.chase.dueDate')} required error={errors.dueDate}>
            {(props) => (
              <input
                {...props}
                type="date"
                className={inputClass}
                value={form.dueDate}
                onChange={(e) => set({ dueDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('schedules.chase.yellowDate')} required error={errors.yellowDate}>
            {(props) => (
              <input
                {...props}
                type="date"
                className={inputClass}
                value={form.yellowDate}
                onChange={(e) => set({ yellowDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('schedules.chase.redDate')} required error={errors.redDate}>
            {(props) => (
              <input
                {...props}
                type="date"
                className={inputClass}
                value={form.redDate}
                onChange={(e) => set({ redDate: e.target.value })}
              />
            )}
          </Field>
        </div>
        <p className="text-xs text-slate-500">{t('schedules.chase.escalationHint')}</p>
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={issue.isPending}>
            {issue.isPending ? t('common.saving') : t('schedules.chase.issue')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function CloseChaseUpDialog({ order, onClose }: { order: ChaseUp; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation(trpc.schedules.chaseUps.close.mutationOptions());
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async () => {
    try {
      await close.mutateAsync({ id: order.id, version: order.version, resolution });
      toast.success(t('schedules.chase.closed'));
      await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
      onClose();
    } catch (e) {
      if (errorCode(e) === 'CONFLICT') {
        toast.error(t('conflict.title'), { description: t('conflict.body') });
        await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
        onClose();
        return;
      }
      setError(fieldErrors(e).resolution ?? errorMessage(e, t('common.unknownError')));
    }
  };
  return (
    <Dialog open onClose={onClose} title={t('schedules.chase.closeTitle')}>
      <form
        className="flex flex-col gap-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="text-sm text-slate-700">{order.subject}</p>
        <Field label={t('schedules.chase.resolution')} required error={error}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              className={inputClass}
              value={resolution}
              onChange={(e) => setResolution(e.target.value)}
            />
          )}
        </Field>
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={close.isPending}>
            {close.isPending ? t('common.saving') : t('schedules.chase.close')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
