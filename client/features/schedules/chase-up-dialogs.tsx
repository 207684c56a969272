import { zodResolver } from '@hookform/resolvers/zod';
import { UserText } from '../../components/ui/user-text';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { addBusinessDays } from '../../../shared/domain/dates';
import type { z } from 'zod';
import { closeChaseUpInput, issueChaseUpInput } from '../../../shared/schemas/schedules';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { FormAlert } from '../../components/ui/form-alert';
import { FormButtons } from '../../components/ui/form-buttons';
import { toNumberOrNull } from '../../lib/form-values';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { ChaseUp, Milestone } from './schedule-types';

const DATES = ['dueDate', 'yellowDate', 'redDate'] as const;
// What the person fills in; the save adds which project or order it is about.
const issueForm = issueChaseUpInput.omit({ projectId: true });
const closeForm = closeChaseUpInput.pick({ resolution: true });

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
  const form = useForm<z.input<typeof issueForm>>({
    resolver: zodResolver(issueForm),
    defaultValues: {
      milestoneId,
      subject: '',
      dueDate: addBusinessDays(today, 7),
      yellowDate: addBusinessDays(today, 8),
      redDate: addBusinessDays(today, 15),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const overdue = milestones.filter((m) => m.status === 'overdue');
  const submit = useFormSubmit(form, { inline: true })(async (values) => {
    await issue.mutateAsync({ projectId, ...values });
    toast.success(t('schedules.chase.issued'));
    await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
    onClose();
  });

  return (
    <Dialog open onClose={onClose} title={t('schedules.chase.issueTitle', { name: projectName })}>
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('schedules.chase.milestone')} error={errors.milestoneId?.message}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              {...form.register('milestoneId', { setValueAs: toNumberOrNull })}
            >
              <option value="">{t('schedules.chase.projectWide')}</option>
              {overdue.map((m) => (
                <option key={m.id} value={m.id} data-user-text="">
                  <UserText>{m.name}</UserText>
                  {t('punct.open')}
                  {t('schedules.editor.planned')} {m.plannedDate}
                  {t('punct.close')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('schedules.chase.subject')} required error={errors.subject?.message}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              className={inputClass}
              placeholder={t('schedules.chase.subjectPlaceholder')}
              {...form.register('subject')}
            />
          )}
        </Field>
        <Field label={t('schedules.chase.assignee')} required error={errors.assigneeId?.message}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              {...form.register('assigneeId', { setValueAs: toNumberOrNull })}
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
          {DATES.map((d) => (
            <Field key={d} label={t(`schedules.chase.${d}`)} required error={errors[d]?.message}>
              {(props) => <input {...props} type="date" className={inputClass} {...form.register(d)} />}
            </Field>
          ))}
        </div>
        <p className="text-xs text-slate-500">{t('schedules.chase.escalationHint')}</p>
        <FormAlert errors={errors} />
        <FormButtons label={t('schedules.chase.issue')} pending={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function CloseChaseUpDialog({ order, onClose }: { order: ChaseUp; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation(trpc.schedules.chaseUps.close.mutationOptions());
  const form = useForm<z.input<typeof closeForm>>({
    resolver: zodResolver(closeForm),
    defaultValues: { resolution: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
  const submit = useFormSubmit(form, { inline: true, onConflict: () => refresh().then(onClose) })(async (
    values,
  ) => {
    await close.mutateAsync({ id: order.id, version: order.version, ...values });
    toast.success(t('schedules.chase.closed'));
    await refresh();
    onClose();
  });
  return (
    <Dialog open onClose={onClose} title={t('schedules.chase.closeTitle')}>
      <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
        <p className="text-sm text-slate-700">{order.subject}</p>
        <Field label={t('schedules.chase.resolution')} required error={errors.resolution?.message}>
          {(props) => (
            <textarea {...props} rows={3} className={inputClass} {...form.register('resolution')} />
          )}
        </Field>
        <FormAlert errors={errors} />
        <FormButtons label={t('schedules.chase.close')} pending={isSubmitting} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
