import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { DatedAmountForm } from '../../components/dated-amount-form';
import { NoteText } from '../../components/note-text';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';

/** 到位资金: dated entries of money actually invested, summed against the agreed investment. */
export function FundsSection({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const funds = useQuery(trpc.funds.list.queryOptions({ projectId }));
  const add = useMutation(trpc.funds.add.mutationOptions());
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
        <DatedAmountForm
          projectId={projectId}
          className="mb-3"
          labels={{
            date: t('fund.date'),
            amount: t('fund.amount'),
            note: t('fund.note'),
            submit: t('fund.add'),
          }}
          save={async (values) => {
            await add.mutateAsync(values);
            toast.success(t('fund.added'));
            await queryClient.invalidateQueries({ queryKey: trpc.funds.list.queryKey({ projectId }) });
          }}
        />
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
