import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Dialog, type ProjectDialogProps } from '../../components/ui/dialog';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { UserText } from '../../components/ui/user-text';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { MoveProblemDialog } from './problem-dialogs';
import type { ProblemRow } from './types';

/**
 * 销号 from the leader's desk (issue 16): the project's resolved problems, each with its result and a
 * 销号 button the permission model offers (never to an officer); the same confirmation as the list.
 */
export function CloseProblemsDialog({ projectId, projectName, onClose }: ProjectDialogProps) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useQuery(trpc.problems.list.queryOptions({ projectId, status: 'resolved' }));
  const [closing, setClosing] = useState<ProblemRow | null>(null);
  if (closing) return <MoveProblemDialog problem={closing} to="closed" onClose={() => setClosing(null)} />;
  const rows = (list.data ?? []).filter((r) => can('problem.close', r.rel));
  return (
    <Dialog open onClose={onClose} title={t('leaders.desk.closeTitle', { name: projectName })}>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError message={list.error.message} />
      ) : rows.length === 0 ? (
        <Empty>{t('leaders.desk.nothingToClose')}</Empty>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100">
          {rows.map((r) => (
            <li key={r.id} className="flex items-start justify-between gap-3 py-2" data-testid="to-close">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">
                  <UserText>{r.title}</UserText>
                </p>
                {r.resolution && (
                  <p className="text-xs text-slate-500">
                    <UserText>{r.resolution}</UserText>
                  </p>
                )}
              </div>
              <Button variant="primary" onClick={() => setClosing(r)}>
                {t('leaders.desk.close')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
