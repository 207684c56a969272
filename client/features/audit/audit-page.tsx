import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { useUrlFilters } from '../../lib/url-filters';
import { ObjectText } from './object-text';
import { actionLabel, entityLabel } from './readable';
import { ChangesText, useAuditReader } from './changes-text';

const PAGE_SIZE = 50;

/** /admin/audit: the whole audit trail, filtered by who, entity, action and dates; filters live in the URL. */
export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { params, set: setParam, clear } = useUrlFilters();
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  const filter = {
    userId: num('user'),
    entity: params.get('entity') ?? undefined,
    action: params.get('action') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    page: num('page') ?? 1,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({ ...trpc.audit.list.queryOptions(filter), placeholderData: keepPreviousData });
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const people = useQuery(trpc.directory.users.queryOptions());
  const reader = useAuditReader(list.data?.names);
  // A new filter starts again at page 1.
  const set = (key: string, value: string) =>
    key === 'page' ? setParam(key, value) : setParam(key, value, 'page');
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-3 p-4">
      <h1 className="text-lg font-semibold">{t('audit.title')}</h1>
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label className="flex flex-col gap-1">
          {t('audit.user')}
          <select
            aria-label={t('audit.user')}
            className={inputClass}
            value={params.get('user') ?? ''}
            onChange={(e) => set('user', e.target.value)}
          >
            <option value="">{t('audit.anyUser')}</option>
            {(people.data ?? []).map((u) => (
              <option key={u.id} value={u.id} data-user-text="">
                {u.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('audit.entity')}
          <select
            aria-label={t('audit.entity')}
            className={inputClass}
            value={filter.entity ?? ''}
            onChange={(e) => set('entity', e.target.value)}
          >
            <option value="">{t('audit.anyEntity')}</option>
            {(facets.data?.entities ?? []).map((v) => (
              <option key={v} value={v}>
                {entityLabel(reader, v)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('audit.action')}
          <select
            aria-label={t('audit.action')}
            className={inputClass}
            value={filter.action ?? ''}
            onChange={(e) => set('action', e.target.value)}
          >
            <option value="">{t('audit.anyAction')}</option>
            {(facets.data?.actions ?? []).map((v) => (
              <option key={v} value={v}>
                {actionLabel(reader, v)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('audit.from')}
          <input
            type="date"
            className={inputClass}
            value={filter.from ?? ''}
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1">
          {t('audit.to')}
          <input
            type="date"
            className={inputClass}
            value={filter.to ?? ''}
            onChange={(e) => set('to', e.target.value)}
          />
        </label>
        <Button variant="ghost" onClick={clear}>
          {t('audit.reset')}
        </Button>
      </div>
      {list.isError && <LoadError message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.isPending && <Loading />}
      {list.data && list.data.rows.length === 0 && <Empty>{t('audit.empty')}</Empty>}
      {list.data && list.data.rows.length > 0 && (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th className="px-3 py-2 font-medium whitespace-nowrap">{t('audit.at')}</th>
                  <th className="px-3 py-2 font-medium">{t('audit.user')}</th>
                  <th className="px-3 py-2 font-medium">{t('audit.action')}</th>
                  <th className="px-3 py-2 font-medium">{t('audit.entity')}</th>
                  <th className="px-3 py-2 font-medium">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.rows.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{fmt.dateTime(r.at)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {r.userName ? <UserText>{r.userName}</UserText> : t('audit.system')}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{actionLabel(reader, r.action)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {r.entity === 'project' && r.entityId !== null ? (
                        <Link className="text-brand-700 hover:underline" to={`/projects/${r.entityId}`}>
                          <ObjectText reader={reader} entity={r.entity} id={r.entityId} />
                        </Link>
                      ) : (
                        <ObjectText reader={reader} entity={r.entity} id={r.entityId} />
                      )}
                    </td>
                    <td className="px-3 py-2">
                      <ChangesText reader={reader} action={r.action} changes={r.changes} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex items-center justify-end gap-2 text-sm text-slate-600">
            <span>{t('audit.total', { total: list.data.total, page: filter.page, pages })}</span>
            <Button disabled={filter.page <= 1} onClick={() => set('page', String(filter.page - 1))}>
              {t('audit.prev')}
            </Button>
            <Button disabled={filter.page >= pages} onClick={() => set('page', String(filter.page + 1))}>
              {t('audit.next')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
