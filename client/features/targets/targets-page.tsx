import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { MONEY_METRICS } from '../../../shared/domain/review/targets';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { TargetForm, type TargetValues } from './target-form';

const blank: TargetValues = {
  metric: 'agreed_investment',
  value: 1,
  periodStart: '',
  periodEnd: '',
  industry: null,
  unitId: null,
  note: '',
};

/** /targets: campaign and annual targets (admins edit, everyone reads) and the campaign period. */
export function TargetsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const list = useQuery(trpc.targets.list.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const [editing, setEditing] = useState<{ id: number | null; version: number; values: TargetValues } | null>(
    null,
  );
  const isAdmin = me.data?.role === 'admin';
  const done = (message: string) => {
    toast.success(message);
    setEditing(null);
    void qc.invalidateQueries({ queryKey: trpc.targets.list.queryKey() });
    void qc.invalidateQueries({ queryKey: trpc.review.week.pathKey() });
  };
  const onError = (e: unknown) => toast.error(errorMessage(e, t('common.unknownError')));
  const create = useMutation(
    trpc.targets.create.mutationOptions({ onSuccess: () => done(t('review.targets.saved')), onError }),
  );
  const update = useMutation(
    trpc.targets.update.mutationOptions({ onSuccess: () => done(t('review.targets.saved')), onError }),
  );
  const deactivate = useMutation(
    trpc.targets.deactivate.mutationOptions({ onSuccess: () => done(t('review.targets.removed')), onError }),
  );
  const campaign = useMutation(
    trpc.targets.saveCampaign.mutationOptions({ onSuccess: () => done(t('review.targets.saved')), onError }),
  );
  const [camp, setCamp] = useState<{ start: string; end: string } | null>(null);

  if (list.isError) return <LoadError message={list.error.message} />;
  if (!list.data) return <Loading />;
  const c = list.data.campaign;
  const campValues = camp ?? { start: c.campaignStart, end: c.campaignEnd };
  const campErrors = fieldErrors(campaign.error);
  const value = (metric: (typeof list.data.targets)[number]['metric'], n: number) =>
    MONEY_METRICS.includes(metric) ? fmt.money(n) : `${n} ${t('review.unitOf.count')}`;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 p-4">
      <div className="flex items-center justify-between">
        <h1 className="text-lg font-semibold">{t('review.targets.title')}</h1>
        {isAdmin ? (
          <Button variant="primary" onClick={() => setEditing({ id: null, version: 0, values: blank })}>
            {t('review.targets.add')}
          </Button>
        ) : (
          <span className="text-sm text-slate-500">{t('review.targets.adminOnly')}</span>
        )}
      </div>
      <Section title={t('review.targets.campaign')}>
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            campaign.mutate({
              campaignStart: campValues.start,
              campaignEnd: campValues.end,
              version: c.version,
            });
          }}
        >
          <Field label={t('review.targets.campaignStart')} error={campErrors.campaignStart}>
            {(p) => (
              <input
                {...p}
                type="date"
                disabled={!isAdmin}
                className={inputClass}
                value={campValues.start}
                onChange={(e) => setCamp({ ...campValues, start: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('review.targets.campaignEnd')} error={campErrors.campaignEnd}>
            {(p) => (
              <input
                {...p}
                type="date"
                disabled={!isAdmin}
                className={inputClass}
                value={campValues.end}
                onChange={(e) => setCamp({ ...campValues, end: e.target.value })}
              />
            )}
          </Field>
          {isAdmin && (
            <Button type="submit" disabled={campaign.isPending}>
              {t('common.save')}
            </Button>
          )}
          <p className="text-sm text-slate-500">{t('review.targets.campaignHint')}</p>
        </form>
      </Section>
      <Section title={t('review.sections.targets')}>
        {!list.data.targets.length ? (
          <Empty>{t('review.targets.empty')}</Empty>
        ) : (
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2">{t('review.targets.metric')}</th>
                <th className="px-3 py-2 text-right">{t('review.targets.value')}</th>
                <th className="px-3 py-2">{t('review.col.scope')}</th>
                <th className="px-3 py-2">{t('review.targets.periodStart')}</th>
                <th className="px-3 py-2">{t('review.targets.periodEnd')}</th>
                <th className="px-3 py-2">{t('review.targets.note')}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.data.targets.map((x) => (
                <tr key={x.id}>
                  <td className="px-3 py-2 font-medium">{t(`review.metric.${x.metric}`)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{value(x.metric, x.value)}</td>
                  <td className="px-3 py-2">
                    {x.industry ? t(`industry.${x.industry}`) : (x.unitName ?? t('review.all'))}
                  </td>
                  <td className="px-3 py-2">{fmt.date(x.periodStart)}</td>
                  <td className="px-3 py-2">{fmt.date(x.periodEnd)}</td>
                  <td className="px-3 py-2 text-slate-600">{x.note}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    {isAdmin && (
                      <>
                        <Button
                          variant="ghost"
                          onClick={() =>
                            setEditing({ id: x.id, version: x.version, values: { ...x, note: x.note ?? '' } })
                          }
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          variant="ghost"
                          onClick={() =>
                            window.confirm(
                              t('review.targets.removeConfirm', { name: t(`review.metric.${x.metric}`) }),
                            ) && deactivate.mutate({ id: x.id, version: x.version })
                          }
                        >
                          {t('review.targets.remove')}
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.id ? t('review.targets.edit') : t('review.targets.add')}
        wide
      >
        {editing && (
          <TargetForm
            key={editing.id ?? 'new'}
            initial={editing.values}
            units={units.data ?? []}
            serverErrors={fieldErrors(editing.id ? update.error : create.error)}
            pending={create.isPending || update.isPending}
            onCancel={() => setEditing(null)}
            onSubmit={(v) =>
              editing.id
                ? update.mutate({ id: editing.id, version: editing.version, fields: v })
                : create.mutate(v)
            }
          />
        )}
      </Dialog>
    </div>
  );
}
