import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import type { z } from 'zod';
import { addBusinessDays, businessDate } from '../../../shared/domain/dates';
import { instructionInput, replyInstructionInput } from '../../../shared/schemas/instructions';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { FormAlert } from '../../components/ui/form-alert';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { Attachments } from '../documents';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useInvalidateCoordination } from '../../lib/use-invalidate-coordination';
import type { InstructionRow } from './types';

/**
 * 领导批示 on the project page: the project's leaders write, owners A/B (or an admin) reply — asked of the
 * shared model with the person's `rel` to the project (a task force's lead leader writes too).
 */
export function InstructionsSection({ projectId, rel }: { projectId: number; rel: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useQuery(trpc.instructions.list.queryOptions({ projectId }));
  return (
    <Section title={t('leaders.instructions.section')}>
      {can('instruction.create', rel) && <InstructionForm projectId={projectId} />}
      {list.isPending ? (
        <Loading />
      ) : !list.data?.length ? (
        <Empty>{t('leaders.instructions.empty')}</Empty>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="instructions">
          {list.data.map((i) => (
            <InstructionItem
              key={i.id}
              i={i}
              projectId={projectId}
              canReply={can('instruction.reply', i.rel)}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The 批示 form in a dialog: the leader's desk offers it on each project the model lets them instruct. */
export function InstructionDialog({
  projectId,
  title,
  onClose,
}: {
  projectId: number;
  title: string;
  onClose: () => void;
}) {
  return (
    <Dialog open onClose={onClose} title={title}>
      <InstructionForm projectId={projectId} onDone={onClose} />
    </Dialog>
  );
}

/** The default reply-by date: a week of business days from today in Shanghai, read when the form opens. */
const inAWeek = () => addBusinessDays(businessDate(Date.now()), 7);
const instructionForm = instructionInput.omit({ projectId: true });
const replyForm = replyInstructionInput.pick({ reply: true });

function InstructionForm({ projectId, onDone }: { projectId: number; onDone?: () => void }) {
  const { t } = useTranslation();
  const create = useMutation(trpc.instructions.create.mutationOptions());
  const invalidate = useInvalidateCoordination();
  const form = useForm<z.input<typeof instructionForm>>({
    resolver: zodResolver(instructionForm),
    defaultValues: { text: '', replyBy: inAWeek() },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { inline: true })(async (values) => {
    await create.mutateAsync({ projectId, ...values });
    toast.success(t('leaders.instructions.added'));
    form.reset({ ...values, text: '' });
    await invalidate();
    onDone?.();
  });
  return (
    <form
      className="mb-3 flex flex-col gap-2 rounded-md bg-slate-50 p-3"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <Field label={t('leaders.instructions.text')} error={errors.text?.message} required>
        {(p) => <textarea {...p} rows={2} className={inputClass} {...form.register('text')} />}
      </Field>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <Field label={t('leaders.instructions.replyBy')} error={errors.replyBy?.message} required>
          {(p) => (
            <input {...p} type="date" className={`${inputClass} !w-auto`} {...form.register('replyBy')} />
          )}
        </Field>
        <div className="flex gap-2">
          {onDone && <Button onClick={onDone}>{t('common.cancel')}</Button>}
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {t('leaders.instructions.submit')}
          </Button>
        </div>
      </div>
      <FormAlert errors={errors} />
    </form>
  );
}

function InstructionItem({
  i,
  projectId,
  canReply,
}: {
  i: InstructionRow;
  projectId: number;
  canReply: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const reply = useMutation(trpc.instructions.reply.mutationOptions());
  const invalidate = useInvalidateCoordination();
  const form = useForm<z.input<typeof replyForm>>({
    resolver: zodResolver(replyForm),
    defaultValues: { reply: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { inline: true, onConflict: invalidate })(async (values) => {
    await reply.mutateAsync({ id: i.id, version: i.version, ...values });
    toast.success(t('leaders.instructions.replied'));
    await invalidate();
  });
  const error = errors.reply?.message ?? errors.root?.server?.message;
  return (
    <li className={`py-2.5 ${i.overdue ? 'border-l-4 border-l-red-500 pl-2' : ''}`} data-testid="instruction">
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <Badge tone={i.status === 'answered' ? 'green' : i.overdue ? 'red' : 'amber'}>
          {i.status === 'answered'
            ? t('leaders.instructions.answered')
            : i.overdue
              ? t('leaders.instructions.overdue')
              : t('leaders.instructions.pending')}
        </Badge>
        <span className="font-medium text-slate-700">
          {t('leaders.instructions.from', { name: i.leaderName })}
        </span>
        <span className="text-slate-400">{fmt.dateTime(i.createdAt)}</span>
        {i.status === 'pending' && (
          <span className={i.overdue ? 'font-medium text-red-600' : 'text-slate-500'}>
            {t('leaders.instructions.replyByDate', { date: fmt.date(i.replyBy) })}
          </span>
        )}
      </div>
      <p className="mt-1 whitespace-pre-wrap text-sm text-slate-900">{i.text}</p>
      {i.status === 'answered' && (
        <div
          className="mt-1.5 rounded-md bg-emerald-50 px-2.5 py-1.5 text-sm text-emerald-900"
          data-testid="instruction-reply"
        >
          <p className="whitespace-pre-wrap">{i.reply}</p>
          <p className="mt-0.5 text-xs text-emerald-700">
            {t('leaders.instructions.repliedBy', {
              name: i.repliedByName ?? '',
              date: i.repliedAt ? fmt.dateTime(i.repliedAt) : '',
            })}
          </p>
        </div>
      )}
      {i.status === 'pending' && canReply && (
        <form
          className="mt-2 flex flex-col gap-1.5 sm:flex-row sm:items-start"
          noValidate
          onSubmit={(e) => void submit(e)}
        >
          <textarea
            aria-label={t('leaders.instructions.reply')}
            placeholder={t('leaders.instructions.replyPlaceholder')}
            rows={2}
            className={inputClass}
            aria-invalid={!!error}
            {...form.register('reply')}
          />
          <Button type="submit" variant="primary" className="shrink-0" disabled={isSubmitting}>
            {t('leaders.instructions.sendReply')}
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
      <Attachments projectId={projectId} target="instruction" targetId={i.id} rel={i.rel} folded />
    </li>
  );
}
