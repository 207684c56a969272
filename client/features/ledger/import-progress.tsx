import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';

const POLL_MS = 300;

/**
 * While the file is read, checked or imported (`active`), how far the server has got (issue 15): a bar
 * with the rows read, checked or written of the total, polled from ledger.progress. Reading has no
 * total until the file is read: the bar then only shows that it is moving.
 */
export function ImportProgressBar({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const progress = useQuery({
    ...trpc.ledger.progress.queryOptions(),
    enabled: active,
    refetchInterval: active ? POLL_MS : false,
    gcTime: 0,
  });
  const p = active ? progress.data : null;
  if (!p) return null;
  const n = (value: number) => value.toLocaleString(lang);
  const percent = p.total ? Math.min(100, Math.round((p.done / p.total) * 100)) : null;
  const text = t(`importProgress.${p.phase}`, { done: n(p.done), total: p.total === null ? '' : n(p.total) });
  return (
    <div className="flex w-full max-w-md flex-col gap-1" data-testid="import-progress">
      <div
        role="progressbar"
        aria-label={t('importProgress.label')}
        aria-valuemin={0}
        aria-valuemax={p.total ?? undefined}
        aria-valuenow={p.total === null ? undefined : p.done}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full bg-brand-600 transition-[width] duration-300 ${percent === null ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="text-xs text-slate-600" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
