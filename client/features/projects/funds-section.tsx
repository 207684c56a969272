import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type FundsInput, fundsInput } from '../../../shared/schemas/project';
import { NoteText } from '../../components/note-text';
import { toAmount } from '../../components/project-field-input';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { todayBusinessDate, useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';

/** 到位资金: dated entries of money actually invested, summed against the agreed investment. */
export function FundsSection({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const funds = useQuery(trpc.funds.list.queryOptions({ projectId }));
  const add = useMutation(trpc.funds.add.mutationOptions());
  const form = useForm<FundsInput>({
    resolver: zodResolver(fundsInput),
    defaultValues: { projectId, date: todayBusinessDate() },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form)(async (values) => {
    await add.mutateAsync(values);
    form.reset({ projectId, date: todayBusinessDate(), note: '' });
    toast.success(t('fund.added'));
    await queryClient.invalidateQueries({ queryKey: trpc.funds.list.queryKey({ projectId }) });
  });
  const data = funds.data;
  const pct = data?.ratio == null ? null : Math.min(1, data.ratio);

  return (
    <Section title={t('project.funds')}>
      {data && (
        <div className="mb-3" data-testid="funds-summary">
          <p className="text-sm text-slate-800">
            {t('project.fundsSum', { sum: fmt.money(data.sum) })}
            <span className="ml-2 text-slate-500">
              {data.agreed
                ? `/ ${fmt.money(data.agreed)} · ${t('project.fundsAgainst', { pct: fmt.percent(data.ratio ?? 0) })}`
                : t('project.fundsNoAgreement')}
            </span>
          </p>
          {pct !== null && (
            <div className="mt-1.5 h-2 rounded-full bg-slate-100">
              <div className="h-2 rounded-full bg-emerald-500" style={{ width: `${pct * 100}%` }} />
            </div>
          )}
        </div>
      )}
      {canWrite && (
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          className="mb-3 grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-4"
        >
          <Field label={t('fund.date')} error={errors.date?.message}>
            {(p) => <input {...p} type="date" className={inputClass} {...form.register('date')} />}
          </Field>
          <Field label={t('fund.amount')} error={errors.amount?.message} required>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                step={1}
                className={inputClass}
                {...form.register('amount', { setValueAs: toAmount })}
              />
            )}
          </Field>
          <Field label={t('fund.note')} error={errors.note?.message} className="col-span-2">
            {(p) => <input {...p} className={inputClass} {...form.register('note')} />}
          </Field>
          <div className="col-span-2 flex justify-end sm:col-span-4">
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {t('fund.add')}
            </Button>
          </div>
        </form>
      )}
      {funds.isPending ? (
        <Loading />
      ) : !data?.entries.length ? (
        <Empty>{t('project.noFunds')}</Empty>
      ) : (
        <table className="w-full text-sm" data-testid="funds">
          <tbody className="divide-y divide-slate-100">
            {data.entries.map((e) => (
              <tr key={e.id}>
                <td className="py-1.5 text-slate-600">{fmt.date(e.date)}</td>
                <td className="py-1.5 text-right font-medium">{fmt.money(e.amount)}</td>
                <td className="py-1.5 pl-4 text-slate-500">{e.note && <NoteText note={e.note} />}</td>
                <td className="py-1.5 text-right text-xs text-slate-400" data-user-text="">
                  {e.byName}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
