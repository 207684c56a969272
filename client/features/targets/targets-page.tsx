import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { MONEY_METRICS } from '../../../shared/domain/review/targets';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Section } from '../../components/ui/section';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { useSaveAction } from '../../lib/use-form-submit';
import { CampaignForm } from './campaign-form';
import { useMayEver } from '../../lib/permissions';
import { useDirectory } from '../../lib/use-directory';
import { TargetForm, type TargetValues } from './target-form';

const blank: TargetValues = {
  metric: 'agreed_investment',
  value: 1,
  periodStart: '',
  periodEnd: '',
  industry: null,
  unitId: null,
  ownerId: null,
  note: '',
};

/** /targets: campaign and annual targets (admins edit, everyone reads) and the campaign period. */
export function TargetsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const mayEver = useMayEver();
  const list = useQuery(trpc.targets.list.queryOptions());
  const { units, officers } = useDirectory();
  const [editing, setEditing] = useState<{ id: number | null; version: number; values: TargetValues } | null>(
    null,
  );
  const isAdmin = mayEver('office.manage');
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: trpc.targets.list.queryKey() }),
      qc.invalidateQueries({ queryKey: trpc.review.week.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.review.report.pathKey() }),
    ]);
  const done = (message: string) => {
    toast.success(message);
    setEditing(null);
    void refresh();
  };
  const act = useSaveAction({ onConflict: refresh });
  const create = useMutation(trpc.targets.create.mutationOptions());
  const update = useMutation(trpc.targets.update.mutationOptions());
  const deactivate = useMutation(trpc.targets.deactivate.mutationOptions());

  if (list.isError) return <LoadError message={list.error.message} />;
  if (!list.data) return <Loading />;
  const c = list.data.campaign;
  const value = (metric: (typeof list.data.targets)[number]['metric'], n: number) =>
    MONEY_METRICS.includes(metric) ? fmt.money(n) : t('review.projectCount', { count: n });

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
        <CampaignForm
          key={c.version}
          current={c}
          canEdit={isAdmin}
          onSaved={() => done(t('review.targets.saved'))}
          onConflict={refresh}
        />
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
                    <TargetScope target={x} />
                  </td>
                  <td className="px-3 py-2">{fmt.date(x.periodStart)}</td>
                  <td className="px-3 py-2">{fmt.date(x.periodEnd)}</td>
                  <td className="px-3 py-2 text-slate-600" data-user-text="">
                    {x.note}
                  </td>
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
                            ) &&
                            void act(async () => {
                              await deactivate.mutateAsync({ id: x.id, version: x.version });
                              done(t('review.targets.removed'));
                            })
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
            units={units}
            officers={officers}
            onCancel={() => setEditing(null)}
            onConflict={refresh}
            onSubmit={async (v) => {
              if (editing.id)
                await update.mutateAsync({ id: editing.id, version: editing.version, fields: v });
              else await create.mutateAsync(v);
              done(t('review.targets.saved'));
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

/** Whom a target is for: an industry, a unit and/or an officer, or the whole district. */
function TargetScope({
  target,
}: {
  target: { industry: string | null; unitName: string | null; ownerName: string | null };
}) {
  const { t } = useTranslation();
  const parts = [
    target.industry ? t(`industry.${target.industry as 'finance'}`) : null,
    target.unitName,
    target.ownerName ? t('report.targetScopeOwner', { name: target.ownerName }) : null,
  ].filter(Boolean);
  return parts.length ? <span data-user-text="">{parts.join(' · ')}</span> : <>{t('review.all')}</>;
}
