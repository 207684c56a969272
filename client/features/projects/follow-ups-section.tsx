import { zodResolver } from '@hookform/resolvers/zod';
import { UserText } from '../../components/ui/user-text';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { FOLLOW_UP_KINDS } from '../../../shared/domain/catalog';
import { type FollowUpInput, followUpInput } from '../../../shared/schemas/project';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { todayBusinessDate, useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';

/** 跟进记录: add a visit, call or meeting; the newest shows first. */
export function FollowUpsSection({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.followUps.list.queryOptions({ projectId }));
  const add = useMutation(trpc.followUps.add.mutationOptions());
  const form = useForm<FollowUpInput>({
    resolver: zodResolver(followUpInput),
    defaultValues: { projectId, date: todayBusinessDate(), kind: 'visit' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form)(async (values) => {
    await add.mutateAsync(values);
    form.reset({
      projectId,
      date: todayBusinessDate(),
      kind: 'visit',
      summary: '',
      participants: '',
      nextStep: '',
      nextDate: '',
    });
    toast.success(t('followUp.added'));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.followUps.list.queryKey({ projectId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.projects.get.queryKey({ id: projectId }) }),
    ]);
  });

  return (
    <Section title={t('project.followUps')}>
      {canWrite && (
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          className="mb-4 grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-4"
        >
          <Field label={t('followUp.date')} error={errors.date?.message}>
            {(p) => <input {...p} type="date" className={inputClass} {...form.register('date')} />}
          </Field>
          <Field label={t('followUp.kind')} error={errors.kind?.message}>
            {(p) => (
              <select {...p} className={inputClass} {...form.register('kind')}>
                {FOLLOW_UP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`followUpKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('followUp.participants')}
            error={errors.participants?.message}
            className="col-span-2"
          >
            {(p) => <input {...p} className={inputClass} {...form.register('participants')} />}
          </Field>
          <Field
            label={t('followUp.summary')}
            error={errors.summary?.message}
            required
            className="col-span-2 sm:col-span-4"
          >
            {(p) => <textarea {...p} rows={2} className={inputClass} {...form.register('summary')} />}
          </Field>
          <Field
            label={t('followUp.nextStep')}
            error={errors.nextStep?.message}
            className="col-span-2 sm:col-span-3"
          >
            {(p) => <input {...p} className={inputClass} {...form.register('nextStep')} />}
          </Field>
          <Field label={t('followUp.nextDate')} error={errors.nextDate?.message}>
            {(p) => <input {...p} type="date" className={inputClass} {...form.register('nextDate')} />}
          </Field>
          <div className="col-span-2 flex justify-end sm:col-span-4">
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {t('followUp.add')}
            </Button>
          </div>
        </form>
      )}
      {list.isPending ? (
        <Loading />
      ) : !list.data?.length ? (
        <Empty>{t('project.noFollowUps')}</Empty>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="follow-ups">
          {list.data.map((f) => (
            <li key={f.id} className="py-2.5">
              <p className="text-xs text-slate-500">
                {fmt.date(f.date)} · {t(`followUpKind.${f.kind}`)} · <UserText>{f.byName}</UserText>
                {f.participants && (
                  <>
                    {' · '}
                    <UserText>{f.participants}</UserText>
                  </>
                )}
              </p>
              <p className="mt-0.5 text-sm text-slate-800" data-user-text="">
                {f.summary}
              </p>
              {f.nextStep && (
                <p className="mt-0.5 text-xs text-slate-600">
                  {t('followUp.nextStep')}
                  {t('punct.colon')}
                  <UserText>{f.nextStep}</UserText>
                  {f.nextDate && fmt.paren(fmt.date(f.nextDate))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
