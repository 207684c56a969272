import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/section';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';
import { actionLabel } from './readable';
import { ChangesText, useAuditReader } from './changes-text';

/** A project's own change log (who, when, what, before → after), newest first. */
export function ProjectAuditSection({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const trail = useQuery(trpc.audit.forProject.queryOptions({ projectId }));
  const reader = useAuditReader(trail.data?.names);
  return (
    <Section title={t('audit.projectTitle')}>
      {trail.isError && <LoadError message={trail.error.message} onRetry={() => void trail.refetch()} />}
      {trail.isPending && <Loading />}
      {trail.data?.rows.length === 0 && <Empty>{t('audit.empty')}</Empty>}
      {trail.data && trail.data.rows.length > 0 && (
        <ol className="flex max-h-96 flex-col gap-2 overflow-y-auto text-sm">
          {trail.data.rows.map((r) => (
            <li key={r.id} className="border-b border-slate-100 pb-2">
              <div className="flex gap-2 text-xs text-slate-500">
                <span className="tabular-nums">{fmt.dateTime(r.at)}</span>
                {r.userName ? <UserText>{r.userName}</UserText> : <span>{t('audit.system')}</span>}
                <span className="font-medium text-slate-700">{actionLabel(reader, r.action)}</span>
              </div>
              <ChangesText reader={reader} action={r.action} changes={r.changes} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
