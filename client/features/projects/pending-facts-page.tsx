import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePendingFieldsText } from '../../components/pending-facts-badge';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import { trpc } from '../../lib/trpc';

/**
 * 资料待补: projects imported from an old ledger without facts their stage needs, most missing first. Each
 * row opens the project, whose edit form completes them; the flag then clears itself.
 */
export function PendingFactsPage() {
  const { t } = useTranslation();
  const fieldsText = usePendingFieldsText();
  const [params, setParams] = useSearchParams();
  const mine = params.get('mine') === '1';
  const me = useQuery(trpc.auth.me.queryOptions());
  const list = useQuery({
    ...trpc.projects.pendingFacts.queryOptions({ ownerId: mine ? me.data?.id : undefined }),
    enabled: !mine || Boolean(me.data),
    placeholderData: (prev) => prev,
  });

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 p-4">
      <div>
        <h1 className="text-lg font-semibold">{t('pending.title')}</h1>
        <p className="text-sm text-slate-500">{t('pending.subtitle')}</p>
      </div>
      <div className="flex flex-wrap items-center gap-4 text-sm text-slate-700">
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={mine}
            onChange={(e) => setParams(e.target.checked ? { mine: '1' } : {})}
          />
          {t('pending.mineOnly')}
        </label>
        {list.data && (
          <span className="text-slate-500">{t('pending.count', { count: list.data.length })}</span>
        )}
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError message={list.error.message} />
      ) : !list.data.length ? (
        <Empty>{t('pending.empty')}</Empty>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="pending-facts">
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2">{t('pending.project')}</th>
                <th className="px-3 py-2">{t('pending.stage')}</th>
                <th className="px-3 py-2">{t('pending.owner')}</th>
                <th className="px-3 py-2">{t('pending.missingFields')}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.data.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2">
                    <Link to={`/projects/${p.id}`} className="font-medium text-slate-900 hover:underline">
                      <UserText>{p.name}</UserText>
                    </Link>
                    <p className="text-xs text-slate-500" data-user-text="">
                      {p.investor}
                    </p>
                  </td>
                  <td className="px-3 py-2">{t(`stage.${p.status === 'active' ? p.stage : p.status}`)}</td>
                  <td className="px-3 py-2" data-user-text="">
                    {p.ownerName}
                  </td>
                  <td className="px-3 py-2 text-amber-800">{fieldsText(p.missingFacts)}</td>
                  <td className="px-3 py-2 text-right">
                    <Link to={`/projects/${p.id}?edit=1`} className="text-brand-700 hover:underline">
                      {t('pending.complete')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
