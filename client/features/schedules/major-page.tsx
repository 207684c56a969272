import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from '../../lib/toast';
import { Button } from '../../components/ui/button';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useMayEver } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { MajorFilters, useOverviewFilter } from './major-filters';
import { MajorHeldSection } from './major-held';
import { MajorRow } from './major-row';
import { TimelineAxis } from './schedule-timeline';
import { makeScale } from './timeline-scale';
import './major-print.css';

/** Rows drawn at a time on screen: an office's real chart fits, a bulk import does not freeze the page. */
const PAGE_ROWS = 100;

function downloadBase64(file: { filename: string; base64: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * 挂图作战: every active major project as a row on one shared timeline, red first; filters, xlsx export
 * and an A3 landscape print (major-print.css). Held and dropped ones are folded away below.
 */
export function MajorPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filter, setFilter] = useOverviewFilter();
  const mayEver = useMayEver();
  const overview = useQuery(trpc.schedules.overview.queryOptions(filter));
  const exporter = useMutation(trpc.schedules.exportOverview.mutationOptions());
  const [shown, setShown] = useState(PAGE_ROWS);

  // The printout is the whole chart, however many rows the screen has drawn so far.
  useEffect(() => {
    const all = () => flushSync(() => setShown(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);

  const download = async () => {
    try {
      downloadBase64(await exporter.mutateAsync(filter));
    } catch (error) {
      toast.error(errorMessage(error, t('common.unknownError')));
    }
  };

  const rows = overview.data?.rows ?? [];
  const today = overview.data?.today ?? '';
  const scale = makeScale(
    rows.flatMap((r) => r.milestones.flatMap((m) => [m.plannedDate, m.actualDate])),
    today || new Date().toISOString().slice(0, 10),
    fmt.lang,
  );
  const counts = { red: 0, yellow: 0, green: 0, none: 0 };
  for (const r of rows) counts[r.light ?? 'none'] += 1;

  return (
    <div className="major-page mx-auto flex w-full max-w-[1400px] flex-col gap-4 p-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900" data-testid="major-title">
            {t('schedules.major.title')}
            {today && <span className="ml-2 hidden print:inline">{fmt.date(today)}</span>}
          </h1>
          <p className="mt-1 text-sm text-slate-500 print:hidden">{t('schedules.major.subtitle')}</p>
          {overview.data && (
            <p className="hidden text-xs print:block">
              {t('schedules.major.count', { count: rows.length })} · {t('schedules.major.counts', counts)}
            </p>
          )}
        </div>
        <div className="flex gap-2 print:hidden">
          {mayEver('office.manage') && (
            <Link
              to="/schedules/templates"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
            >
              {t('schedules.nav.templates')}
            </Link>
          )}
          <Button onClick={() => window.print()}>{t('schedules.major.print')}</Button>
          <Button variant="primary" onClick={() => void download()} disabled={exporter.isPending}>
            {exporter.isPending ? t('schedules.major.exporting') : t('schedules.major.export')}
          </Button>
        </div>
      </header>
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 print:hidden">
        <MajorFilters filter={filter} setFilter={setFilter} />
        {overview.data && (
          <p className="ml-auto flex items-center gap-3 text-sm text-slate-600">
            <span>{t('schedules.major.count', { count: rows.length })}</span>
            <span className="text-xs text-slate-500">{t('schedules.major.counts', counts)}</span>
          </p>
        )}
      </div>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError message={overview.error.message} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          {rows.length === 0 ? (
            <div className="rounded-lg border border-slate-200 bg-white">
              <Empty>{t('schedules.major.empty')}</Empty>
            </div>
          ) : (
            <div className="major-chart overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full min-w-[1100px] text-sm" data-testid="major-table">
                <thead className="sticky top-0 z-30 bg-white">
                  <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                    <th className="major-col-project w-72 px-3 py-2 font-medium">
                      {t('schedules.major.project')}
                    </th>
                    <th className="w-20 px-2 py-2 font-medium">{t('schedules.figures.light')}</th>
                    <th className="w-24 px-2 py-2 font-medium">{t('schedules.major.progress')}</th>
                    <th className="w-24 px-2 py-2 font-medium">{t('schedules.major.leader')}</th>
                    <th className="w-20 px-2 py-2 font-medium">{t('schedules.major.owner')}</th>
                    <th className="px-3 py-2 font-medium">
                      <TimelineAxis scale={scale} today={today} />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, shown).map((r) => (
                    <MajorRow key={r.id} r={r} scale={scale} today={today} />
                  ))}
                </tbody>
              </table>
              {rows.length > shown && (
                <div className="border-t border-slate-100 p-2 text-center print:hidden">
                  <Button variant="ghost" onClick={() => setShown((n) => n + PAGE_ROWS * 5)}>
                    {t('schedules.major.more', { count: rows.length - shown })}
                  </Button>
                </div>
              )}
            </div>
          )}
          <MajorHeldSection held={overview.data.held} />
        </>
      )}
    </div>
  );
}
