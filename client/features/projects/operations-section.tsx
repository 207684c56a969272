import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import {
  type AnnualResultInput,
  annualResultInput,
  type ProductionInput,
  productionInput,
} from '../../../shared/schemas/operations';
import { DatedAmountForm } from '../../components/dated-amount-form';
import { NoteText } from '../../components/note-text';
import { toAmount } from '../../components/project-field-input';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { todayBusinessDate, useFormat } from '../../lib/format';
import { type RouterOutputs, trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';

type Operations = RouterOutputs['operations']['get'];

/** 投产运营: what a completed project brings (issue 16); shown once the project reaches 建成. */
export function OperationsSection({ projectId, canWrite }: { projectId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ops = useQuery(trpc.operations.get.queryOptions({ projectId }));
  const o = ops.data;
  return (
    <Section title={t('operations.title')}>
      {ops.isPending || !o ? (
        <Loading />
      ) : (
        <div className="flex flex-col gap-4" data-testid="operations">
          <p className="text-xs text-slate-600">{t('operations.hint')}</p>
          <ProductionForm projectId={projectId} o={o} canWrite={canWrite} />
          <div>
            <h3 className="text-sm font-medium text-slate-800">
              {t('operations.fixedAssets')}
              <span className="ml-2 font-normal text-slate-600" data-testid="fixed-asset-sum">
                {t('operations.fixedAssetSum', { sum: fmt.money(o.fixedAssetSum) })}
              </span>
            </h3>
            {canWrite && <FixedAssetForm projectId={projectId} />}
            {o.fixedAssets.length === 0 ? (
              <Empty>{t('operations.noFixedAssets')}</Empty>
            ) : (
              <table className="mt-2 w-full text-sm" data-testid="fixed-assets">
                <tbody className="divide-y divide-slate-100">
                  {o.fixedAssets.map((e) => (
                    <tr key={e.id}>
                      <td className="py-1.5 text-slate-600">{fmt.date(e.date)}</td>
                      <td className="py-1.5 text-right font-medium">{fmt.money(e.amount)}</td>
                      <td className="py-1.5 pl-4 text-slate-600">{e.note && <NoteText note={e.note} />}</td>
                      <td className="py-1.5 text-right text-xs text-slate-500" data-user-text="">
                        {e.byName}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div>
            <h3 className="text-sm font-medium text-slate-800">{t('operations.years')}</h3>
            {canWrite && <AnnualForm projectId={projectId} years={o.years} />}
            {o.years.length === 0 ? (
              <Empty>{t('operations.noYears')}</Empty>
            ) : (
              <table className="mt-2 w-full text-sm" data-testid="annual-results">
                <thead className="text-xs text-slate-600">
                  <tr>
                    <th className="py-1 text-left font-normal">{t('operations.year')}</th>
                    <th className="py-1 text-right font-normal">{t('operations.output')}</th>
                    <th className="py-1 text-right font-normal">{t('operations.tax')}</th>
                    <th className="py-1 text-right font-normal">{t('operations.jobs')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {o.years.map((y) => (
                    <tr key={y.year}>
                      <td className="py-1.5">{y.year}</td>
                      <td className="py-1.5 text-right">{fmt.money(y.output)}</td>
                      <td className="py-1.5 text-right">{fmt.money(y.tax)}</td>
                      <td className="py-1.5 text-right">{fmt.number(y.jobs)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}
    </Section>
  );
}

function useRefresh(projectId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.operations.get.queryKey({ projectId }) });
}

function ProductionForm({ projectId, o, canWrite }: { projectId: number; o: Operations; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const refresh = useRefresh(projectId);
  const save = useMutation(trpc.operations.setProduction.mutationOptions());
  const form = useForm<ProductionInput>({
    resolver: zodResolver(productionInput),
    values: {
      projectId,
      date: o.production?.date ?? todayBusinessDate(),
      version: o.production?.version ?? null,
    },
  });
  const submit = useFormSubmit(form)(async (values) => {
    await save.mutateAsync(values);
    toast.success(t('operations.productionSaved'));
    await refresh();
  });
  return (
    <div className="flex flex-wrap items-end gap-3">
      <p className="text-sm text-slate-800" data-testid="production-date">
        {t('operations.productionDate')}
        {fmt.colon}
        {o.production ? (
          fmt.date(o.production.date)
        ) : (
          <span className="text-slate-600">{t('operations.notProduced')}</span>
        )}
      </p>
      {canWrite && (
        <form onSubmit={(e) => void submit(e)} noValidate className="flex items-end gap-2">
          <Field label={t('operations.productionDate')} error={form.formState.errors.date?.message}>
            {(p) => <input {...p} type="date" className={inputClass} {...form.register('date')} />}
          </Field>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t('operations.setProduction')}
          </Button>
        </form>
      )}
    </div>
  );
}

function FixedAssetForm({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const refresh = useRefresh(projectId);
  const add = useMutation(trpc.operations.addFixedAsset.mutationOptions());
  return (
    <DatedAmountForm
      projectId={projectId}
      className="mt-2"
      labels={{
        date: t('operations.date'),
        amount: t('operations.amount'),
        note: t('operations.note'),
        submit: t('operations.addFixedAsset'),
      }}
      save={async (values) => {
        await add.mutateAsync(values);
        toast.success(t('operations.fixedAssetAdded'));
        await refresh();
      }}
    />
  );
}

function AnnualForm({ projectId, years }: { projectId: number; years: Operations['years'] }) {
  const { t } = useTranslation();
  const refresh = useRefresh(projectId);
  const save = useMutation(trpc.operations.setAnnual.mutationOptions());
  const thisYear = Number(todayBusinessDate().slice(0, 4));
  const form = useForm<AnnualResultInput>({
    resolver: zodResolver(annualResultInput),
    defaultValues: { projectId, year: thisYear, version: null },
  });
  // Choosing a year already recorded loads its figures and version, so saving corrects that year.
  const pick = (year: number) => {
    const y = years.find((r) => r.year === year);
    form.reset({
      projectId,
      year,
      output: y?.output,
      tax: y?.tax,
      jobs: y?.jobs,
      version: y?.version ?? null,
    });
  };
  // Loaded and after each save: the chosen year's figures and version as the server has them.
  useEffect(() => pick(form.getValues('year')), [years]); // eslint-disable-line react-hooks/exhaustive-deps
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form)(async (values) => {
    await save.mutateAsync(values);
    toast.success(t('operations.yearSaved', { year: values.year }));
    await refresh();
  });
  const number = (name: 'output' | 'tax' | 'jobs') => (p: object) => (
    <input
      {...p}
      type="number"
      min={0}
      step={1}
      className={inputClass}
      {...form.register(name, { setValueAs: toAmount })}
    />
  );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="mt-2 grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-5"
    >
      <Field label={t('operations.year')} error={errors.year?.message}>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            {...form.register('year', {
              valueAsNumber: true,
              onChange: (e: { target: HTMLSelectElement }) => pick(Number(e.target.value)),
            })}
          >
            {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('operations.output')} error={errors.output?.message} required>
        {number('output')}
      </Field>
      <Field label={t('operations.tax')} error={errors.tax?.message} required>
        {number('tax')}
      </Field>
      <Field label={t('operations.jobs')} error={errors.jobs?.message} required>
        {number('jobs')}
      </Field>
      <div className="flex items-end justify-end">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {t('operations.saveYear')}
        </Button>
      </div>
    </form>
  );
}
