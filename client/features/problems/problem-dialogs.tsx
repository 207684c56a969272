import { zodResolver } from '@hookform/resolvers/zod';
import { UserText } from '../../components/ui/user-text';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { businessDate } from '../../../shared/domain/dates';
import type { z } from 'zod';
import type { ProblemStatus } from '../../../shared/domain/problems';
import { msg } from '../../../shared/schemas/messages';
import { moveProblemInput, problemInput } from '../../../shared/schemas/problems';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { FormAlert } from '../../components/ui/form-alert';
import { FormButtons } from '../../components/ui/form-buttons';
import { toNumberOrNull } from '../../lib/form-values';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useDirectory } from '../../lib/use-directory';
import { useInvalidateCoordination } from '../../lib/use-invalidate-coordination';

/** Today in Shanghai, read when a form opens or resets. */
const today = () => businessDate(Date.now());
const problemForm = problemInput.omit({ projectId: true });
const moveForm = moveProblemInput.pick({ reason: true, resolution: true });

/** 登记问题 on a project. */
export function AddProblemDialog({
  projectId,
  open,
  onClose,
}: {
  projectId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dir = useDirectory();
  const invalidate = useInvalidateCoordination();
  const create = useMutation(trpc.problems.create.mutationOptions());
  const form = useForm<z.input<typeof problemForm>>({
    resolver: zodResolver(problemForm),
    defaultValues: { raisedDate: today() },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { inline: true })(async (values) => {
    await create.mutateAsync({ projectId, ...values });
    toast.success(t('leaders.problems.added'));
    form.reset({ raisedDate: today() });
    await invalidate();
    onClose();
  });
  return (
    <Dialog open={open} onClose={onClose} title={t('leaders.problems.addTitle')}>
      <form onSubmit={(e) => void submit(e)} noValidate className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field
          label={t('leaders.problems.projectTitle')}
          error={errors.title?.message}
          required
          className="sm:col-span-2"
        >
          {(p) => <input {...p} className={inputClass} {...form.register('title')} />}
        </Field>
        <Field label={t('leaders.problems.detail')} error={errors.detail?.message} className="sm:col-span-2">
          {(p) => <textarea {...p} rows={3} className={inputClass} {...form.register('detail')} />}
        </Field>
        <Field label={t('leaders.problems.unit')} error={errors.unitId?.message}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              {...form.register('unitId', { setValueAs: toNumberOrNull })}
            >
              <option value="">{t('common.select')}</option>
              {dir.units.map((u) => (
                <option key={u.id} value={u.id} data-user-text="">
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('leaders.problems.owner')} error={errors.ownerId?.message}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              {...form.register('ownerId', { setValueAs: toNumberOrNull })}
            >
              <option value="">{t('common.select')}</option>
              {dir.officers.map((u) => (
                <option key={u.id} value={u.id} data-user-text="">
                  {u.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('leaders.problems.raisedDate')} error={errors.raisedDate?.message} required>
          {(p) => <input {...p} type="date" className={inputClass} {...form.register('raisedDate')} />}
        </Field>
        <Field label={t('leaders.problems.dueDate')} error={errors.dueDate?.message}>
          {(p) => <input {...p} type="date" className={inputClass} {...form.register('dueDate')} />}
        </Field>
        <FormAlert errors={errors} className="sm:col-span-2" />
        <FormButtons
          label={t('leaders.problems.add')}
          pending={isSubmitting}
          onCancel={onClose}
          className="sm:col-span-2"
        />
      </form>
    </Dialog>
  );
}

/** A status move that needs words: resolving (the result), reopening (the reason), or closing (confirm). */
export function MoveProblemDialog({
  problem,
  to,
  onClose,
}: {
  problem: { id: number; version: number; title: string; status: ProblemStatus };
  to: ProblemStatus;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateCoordination();
  const move = useMutation(trpc.problems.move.mutationOptions());
  const reopen = to === 'in_progress' && (problem.status === 'resolved' || problem.status === 'closed');
  const field = reopen ? 'reason' : to === 'resolved' ? 'resolution' : null;
  const schema = moveForm.superRefine((v, ctx) => {
    if (field && !v[field]) ctx.addIssue({ code: 'custom', path: [field], message: msg('required') });
  });
  const form = useForm<z.input<typeof moveForm>>({ resolver: zodResolver(schema), defaultValues: {} });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { inline: true, onConflict: () => invalidate().then(onClose) })(async (
    values,
  ) => {
    await move.mutateAsync({ id: problem.id, version: problem.version, to, ...values });
    toast.success(t('leaders.problems.moved'));
    await invalidate();
    onClose();
  });
  const label = reopen ? t('leaders.problems.reason') : t('leaders.problems.resolution');
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('leaders.problems.moveTitle', { status: t(`leaders.problemStatus.${to}`) })}
    >
      <p className="mb-3 text-sm text-slate-700">
        {t('punct.quoteOpen')}
        <UserText>{problem.title}</UserText>
        {t('punct.quoteClose')}
      </p>
      <p className="mb-3 text-sm text-slate-500">
        {reopen
          ? t('leaders.problems.reopenHint')
          : to === 'resolved'
            ? t('leaders.problems.resolveHint')
            : to === 'closed'
              ? t('leaders.problems.closeHint')
              : ''}
      </p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {field && (
          <Field label={label} error={errors[field]?.message} required>
            {(p) => <textarea {...p} rows={3} className={inputClass} {...form.register(field)} />}
          </Field>
        )}
        <FormAlert errors={errors} />
        <FormButtons label={t('common.confirm')} pending={isSubmitting} onCancel={onClose} className="mt-4" />
      </form>
    </Dialog>
  );
}
