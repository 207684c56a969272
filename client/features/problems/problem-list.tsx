import { useMutation, useQuery } from '@tanstack/react-query';
import { UserText } from '../../components/ui/user-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from '../../lib/toast';
import { offeredProblemActions, type ProblemStatus } from '../../../shared/domain/problems';
import { Badge } from '../../components/ui/badge';
import { Menu } from '../../components/ui/menu';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useRole } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { Attachments } from '../documents';
import { useInvalidateCoordination } from '../../lib/use-invalidate-coordination';
import { MoveProblemDialog } from './problem-dialogs';
import type { ProblemRow } from './types';

const STATUS_TONE: Record<ProblemStatus, 'amber' | 'blue' | 'green' | 'slate'> = {
  open: 'amber',
  in_progress: 'blue',
  resolved: 'green',
  closed: 'slate',
};

/**
 * Problems as rows: overdue ones red; status moves, escalation and the history from each row. Each row
 * offers only what the shared permission model allows with the row's `rel` (已销号 only to the project's
 * leaders and admins).
 */
export function ProblemList({ rows, showProject }: { rows: ProblemRow[]; showProject: boolean }) {
  const [moving, setMoving] = useState<{ problem: ProblemRow; to: ProblemStatus } | null>(null);
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="problems">
        {rows.map((p) => (
          <ProblemItem
            key={p.id}
            p={p}
            showProject={showProject}
            onMove={(to) => setMoving({ problem: p, to })}
          />
        ))}
      </ul>
      {moving && (
        <MoveProblemDialog problem={moving.problem} to={moving.to} onClose={() => setMoving(null)} />
      )}
    </>
  );
}

function ProblemItem({
  p,
  showProject,
  onMove,
}: {
  p: ProblemRow;
  showProject: boolean;
  onMove: (to: ProblemStatus) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [expanded, setExpanded] = useState(false);
  const invalidate = useInvalidateCoordination();
  const move = useMutation(trpc.problems.move.mutationOptions());
  const escalate = useMutation(trpc.problems.escalate.mutationOptions());
  const quickMove = async (to: ProblemStatus) => {
    // 办理中 from 待办 needs no words; the others open the dialog.
    if (to === 'in_progress' && p.status === 'open') {
      try {
        await move.mutateAsync({ id: p.id, version: p.version, to });
        toast.success(t('leaders.problems.moved'));
      } catch (e) {
        toast.error(errorMessage(e, t('common.unknownError')));
      }
      await invalidate();
    } else onMove(to);
  };
  const doEscalate = async () => {
    try {
      await escalate.mutateAsync({ id: p.id, version: p.version });
      toast.success(t('leaders.problems.escalated'));
    } catch (e) {
      toast.error(errorMessage(e, t('common.unknownError')));
    }
    await invalidate();
  };
  const role = useRole();
  const offered = role ? offeredProblemActions(role, p.rel, p) : { moves: [], escalate: false };
  const open = p.status === 'open' || p.status === 'in_progress';
  const items = [
    ...offered.moves.map((to) => ({
      key: to,
      label:
        to === 'in_progress' && !open
          ? t('leaders.problems.reopen')
          : t('leaders.problems.moveTo', { status: t(`leaders.problemStatus.${to}`) }),
      onSelect: () => void quickMove(to),
    })),
    ...(offered.escalate
      ? [{ key: 'escalate', label: t('leaders.problems.escalate'), onSelect: () => void doEscalate() }]
      : []),
  ];
  return (
    <li
      className={`py-2.5 ${p.overdue ? 'border-l-4 border-l-red-500 pl-2' : ''}`}
      data-testid="problem"
      data-overdue={p.overdue || undefined}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge tone={STATUS_TONE[p.status]}>{t(`leaders.problemStatus.${p.status}`)}</Badge>
            {p.overdue && <Badge tone="red">{t('leaders.problems.overdue')}</Badge>}
            {p.escalatedAt && (
              <Badge tone="amber">
                {t('leaders.problems.escalatedAt', { date: fmt.dateTime(p.escalatedAt) })}
              </Badge>
            )}
            <button
              type="button"
              className={`text-left text-sm font-medium hover:underline ${p.overdue ? 'text-red-700' : 'text-slate-900'}`}
              onClick={() => setExpanded((x) => !x)}
            >
              <UserText>{p.title}</UserText>
            </button>
          </div>
          {showProject && (
            <Link
              to={`/projects/${p.projectId}`}
              className="mt-0.5 block truncate text-xs text-brand-700 hover:underline"
            >
              <UserText>{p.projectName}</UserText>
            </Link>
          )}
          <p className="mt-0.5 text-xs text-slate-500" data-user-text="">
            {[
              p.unitName,
              p.ownerName && `${t('leaders.problems.owner')} ${p.ownerName}`,
              p.leaderName && `${t('leaders.problems.leader')} ${p.leaderName}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className={`text-xs ${p.overdue ? 'font-medium text-red-600' : 'text-slate-400'}`}>
            {t('leaders.problems.raisedDate')} {fmt.date(p.raisedDate)}
            {p.dueDate && ` · ${t('leaders.problems.dueDate')} ${fmt.date(p.dueDate)}`}
          </p>
        </div>
        {items.length > 0 && (
          <Menu label={t('leaders.problems.status')} trigger={<span aria-hidden>⋯</span>} items={items} />
        )}
      </div>
      {expanded && <ProblemDetail p={p} />}
    </li>
  );
}

function ProblemDetail({ p }: { p: ProblemRow }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useQuery(trpc.problems.history.queryOptions({ id: p.id }));
  return (
    <div className="mt-2 rounded-md bg-slate-50 p-2.5 text-sm">
      {p.detail && <p className="whitespace-pre-wrap text-slate-700">{p.detail}</p>}
      {p.resolution && (
        <p className="mt-1 text-emerald-800">
          {t('leaders.problems.resolution')}
          {t('punct.colon')}
          <UserText>{p.resolution}</UserText>
        </p>
      )}
      <h4 className="mt-2 text-xs font-semibold text-slate-600">{t('leaders.problems.history')}</h4>
      <ol className="mt-1 space-y-0.5 text-xs text-slate-600">
        {(history.data ?? []).map((h) => (
          <li key={h.id}>
            <span className="text-slate-400">{fmt.dateTime(h.at)}</span> {h.byName} ·{' '}
            {t(`leaders.problems.event.${h.kind}`)}
            {h.kind === 'status' &&
              h.toStatus &&
              `${t('punct.colon')}${h.fromStatus ? t(`leaders.problemStatus.${h.fromStatus}`) : ''} → ${t(`leaders.problemStatus.${h.toStatus}`)}`}
            {h.reason && (
              <span className="text-slate-500">
                {t('punct.open')}
                <UserText>{h.reason}</UserText>
                {t('punct.close')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <Attachments projectId={p.projectId} target="problem" targetId={p.id} rel={p.rel} />
    </div>
  );
}
