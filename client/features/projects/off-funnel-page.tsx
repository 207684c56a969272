import { useQuery } from '@tanstack/react-query';
import { UserText } from '../../components/ui/user-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { inputClass } from '../../components/ui/field';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';

/** 暂缓 and 终止 projects: off the board, kept for the record, one click from their pages. */
export function OffFunnelPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'dropped' ? 'dropped' : 'on_hold';
  const [q, setQ] = useState('');
  const list = useQuery({
    ...trpc.projects.offFunnel.queryOptions({ status, q: q.trim() || undefined }),
    placeholderData: (prev) => prev,
  });
  const tab = (s: 'on_hold' | 'dropped') =>
    `rounded-md px-3 py-1.5 text-sm ${status === s ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50'}`;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 p-4">
      <h1 className="text-lg font-semibold">{t('offFunnel.title')}</h1>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={tab('on_hold')} onClick={() => setParams({ status: 'on_hold' })}>
          {t('offFunnel.onHold')}
        </button>
        <button type="button" className={tab('dropped')} onClick={() => setParams({ status: 'dropped' })}>
          {t('offFunnel.dropped')}
        </button>
        <input
          type="search"
          aria-label={t('offFunnel.search')}
          placeholder={t('offFunnel.search')}
          className={`${inputClass} ml-auto !w-72`}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError message={list.error.message} />
      ) : !list.data.length ? (
        <Empty>{t('offFunnel.empty')}</Empty>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2">{t('field.name')}</th>
                <th className="px-3 py-2">{t('field.industry')}</th>
                <th className="px-3 py-2">{t('offFunnel.stageKept')}</th>
                <th className="px-3 py-2 text-right">{t('project.totalInvestment')}</th>
                <th className="px-3 py-2">{t('offFunnel.reason')}</th>
                <th className="px-3 py-2">{t('field.ownerAId')}</th>
                <th className="px-3 py-2">{t('offFunnel.updatedAt')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.data.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link
                      className="font-medium text-slate-900 hover:text-brand-600"
                      to={`/projects/${p.id}`}
                    >
                      <UserText>{p.name}</UserText>
                    </Link>
                    <div className="text-xs text-slate-500" data-user-text="">
                      {p.investor}
                    </div>
                  </td>
                  <td className="px-3 py-2">{t(`industry.${p.industry}`)}</td>
                  <td className="px-3 py-2">{t(`stage.${p.stage}`)}</td>
                  <td className="px-3 py-2 text-right">{fmt.money(p.amount)}</td>
                  <td className="max-w-xs px-3 py-2 text-slate-600">
                    {p.status === 'dropped' && p.dropCategory ? (
                      <>
                        {t(`dropCategory.${p.dropCategory}`)}
                        {fmt.colon}
                        <UserText>{p.dropNote}</UserText>
                      </>
                    ) : (
                      <UserText>{p.holdReason}</UserText>
                    )}
                  </td>
                  <td className="px-3 py-2" data-user-text="">
                    {p.ownerName}
                  </td>
                  <td className="px-3 py-2 text-slate-500">{fmt.dateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
