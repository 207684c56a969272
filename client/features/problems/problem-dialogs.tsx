import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { businessDate } from '../../../shared/domain/dates';
import type { ProblemStatus } from '../../../shared/domain/problems';
import { type ProblemInput, problemInput } from '../../../shared/schemas/problems';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { useDirectory } from '../../lib/use-directory';
import { useInvalidateCoordination } from '../../lib/use-invalidate-coordination';

/** Today in Shanghai, read when a form opens or resets. */
const today = () => businessDate(Date.now());
const toId = (v: unknown) => (v === '' || v == null ? null : Number(v));

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
  const form = useForm<ProblemInput>({
    resolver: zodResolver(problemInput),
    defaultValues: { projectId, raisedDate: today() },
  });
  const { errors, isSubmitting } = form.formState;
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await create.mutateAsync(values);
      toast.success(t('leaders.problems.added'));
      form.reset({ projectId, raisedDate: today() });
      await invalidate();
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      for (const [f, message] of Object.entries(fields)) form.setError(f as keyof ProblemInput, { message });
      if (!Object.keys(fields).length) setError(errorMessage(e, t('common.unknownError')));
    }
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
            <select {...p} className={inputClass} {...form.register('unitId', { setValueAs: toId })}>
              <option value="">{t('common.select')}</option>
              {dir.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('leaders.problems.owner')} error={errors.ownerId?.message}>
          {(p) => (
            <select {...p} className={inputClass} {...form.register('ownerId', { setValueAs: toId })}>
              <option value="">{t('common.select')}</option>
              {dir.officers.map((u) => (
                <option key={u.id} value={u.id}>
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
        {error && (
          <p role="alert" className="text-sm text-red-600 sm:col-span-2">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2 sm:col-span-2">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {t('leaders.problems.add')}
          </Button>
        </div>
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await move.mutateAsync({
        id: problem.id,
        version: problem.version,
        to,
        reason: reopen ? text : undefined,
        resolution: to === 'resolved' ? text : undefined,
      });
      toast.success(t('leaders.problems.moved'));
      await invalidate();
      onClose();
    } catch (e) {
      const f = fieldErrors(e);
      setError(f.reason ?? f.resolution ?? errorMessage(e, t('common.unknownError')));
    }
  };
  const label = reopen ? t('leaders.problems.reason') : t('leaders.problems.resolution');
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('leaders.problems.moveTitle', { status: t(`leaders.problemStatus.${to}`) })}
    >
      <p className="mb-3 text-sm text-slate-700">「{problem.title}」</p>
      <p className="mb-3 text-sm text-slate-500">
        {reopen
          ? t('leaders.problems.reopenHint')
          : to === 'resolved'
            ? t('leaders.problems.resolveHint')
            : to === 'closed'
              ? t('leaders.problems.closeHint')
              : ''}
      </p>
      {(reopen || to === 'resolved') && (
        <Field label={label} error={error ?? undefined} required>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              className={inputClass}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
      )}
      {error && !(reopen || to === 'resolved') && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary" disabled={move.isPending} onClick={() => void submit()}>
          {t('common.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
