import { useQuery } from '@tanstack/react-query';
import { UserText, withUserText } from '../../components/ui/user-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { businessDate } from '../../../shared/domain/dates';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { InstructionDialog } from '../instructions';
import { CloseProblemsDialog } from '../problems';
import { DeskChaseUpDialog, DeskSchedules } from '../schedules';
import type { DeskProject } from './types';

// Red signals, yellow signals, calm (decision 114).
const TIER_STYLE = ['border-l-red-500', 'border-l-amber-500', 'border-l-slate-200'] as const;

/** 领导工作台: the leader's projects, most urgent first, with totals. Works on a 390 px phone. */
export function DeskPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isLeader = me.data?.role === 'leader';
  const leaders = useQuery(trpc.leaders.list.queryOptions(undefined, { enabled: !!me.data && !isLeader }));
  const param = Number(params.get('leader'));
  const leaderId = isLeader
    ? undefined
    : Number.isInteger(param) && param > 0
      ? param
      : leaders.data?.[0]?.id;
  const desk = useQuery(
    trpc.leaders.desk.queryOptions(
      { leaderId },
      { enabled: !!me.data && (isLeader || leaderId !== undefined) },
    ),
  );

  const attention = desk.data?.totals.attention ?? 0;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-2 p-2 sm:gap-3 sm:p-4">
      <div className="flex flex-wrap items-end justify-between gap-x-2 gap-y-1">
        <div className="min-w-0">
          <h1 className="text-base font-semibold text-slate-900 sm:text-lg">
            {desk.data?.leader
              ? withUserText((name) => t('leaders.desk.titleOf', { name }), desk.data.leader.displayName)
              : t('leaders.desk.title')}
            {desk.data?.leader?.title && (
              <span className="ml-2 text-sm font-normal text-slate-500" data-user-text="">
                {desk.data.leader.title}
              </span>
            )}
          </h1>
          {/* The order explained where there is room; a phone goes straight to the projects. */}
          <p className="hidden text-xs text-slate-500 sm:block">{t('leaders.desk.subtitle')}</p>
        </div>
        {!isLeader && leaders.data && (
          <label className="flex items-center gap-2 text-sm text-slate-600">
            {t('leaders.desk.switchLeader')}
            <select
              className={`${inputClass} !w-auto`}
              value={leaderId ?? ''}
              onChange={(e) => setParams({ leader: e.target.value }, { replace: true })}
              data-testid="desk-switch"
            >
              {leaders.data.map((l) => (
                <option key={l.id} value={l.id} data-user-text="">
                  {l.displayName}
                  {l.title ? `${t('punct.open')}${l.title}${t('punct.close')}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {(desk.isPending || me.isPending) && <Loading />}
      {desk.isError && <LoadError message={desk.error.message} onRetry={() => void desk.refetch()} />}
      {desk.data && (
        <>
          <dl className="grid grid-cols-4 gap-1.5 sm:gap-2" data-testid="desk-totals">
            <Total label={t('leaders.desk.count')} value={String(desk.data.totals.count)} />
            <Total
              label={t('leaders.desk.attention')}
              value={String(attention)}
              alert={attention > 0}
              testId="desk-attention"
            />
            <Total label={t('leaders.desk.agreed')} value={fmt.money(desk.data.totals.agreed)} />
            <Total label={t('leaders.desk.funds')} value={fmt.money(desk.data.totals.funds)} />
          </dl>
          {desk.data.projects.length === 0 ? (
            <Empty>{t('leaders.desk.empty')}</Empty>
          ) : (
            <ul className="flex flex-col gap-2" data-testid="desk-projects">
              {desk.data.projects.map((p) => (
                <DeskRow key={p.id} p={p} />
              ))}
            </ul>
          )}
          <DeskSchedules leaderId={desk.data.leader?.id} me={me.data} />
        </>
      )}
    </div>
  );
}

function Total({
  label,
  value,
  alert = false,
  testId,
}: {
  label: string;
  value: string;
  alert?: boolean;
  testId?: string;
}) {
  return (
    <div
      className={`min-w-0 rounded-lg border px-2 py-1 sm:px-2.5 sm:py-2 ${alert ? 'border-red-200 bg-red-50' : 'border-slate-200 bg-white'}`}
      data-testid={testId}
    >
      <dt className={`truncate text-xs ${alert ? 'text-red-700' : 'text-slate-500'}`}>{label}</dt>
      <dd
        className={`truncate text-sm font-semibold sm:text-lg ${alert ? 'text-red-700' : 'text-slate-900'}`}
      >
        {value}
      </dd>
    </div>
  );
}

/**
 * One project on the desk: the card links to the project; under it, the actions the shared model gives
 * the person looking (their own `rel`, not the desk leader's): 督办 on a red project, 销号, 批示 — the
 * project's leaders' own next steps, one tap each; an officer is offered none of them.
 */
function DeskRow({ p }: { p: DeskProject }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const [open, setOpen] = useState<'instruct' | 'chaseUp' | 'close' | null>(null);
  const canInstruct = can('instruction.create', p.rel);
  // 督办 where the server takes it: a red project or one with an overdue milestone.
  const canChase = (p.light === 'red' || p.overdueMilestones > 0) && can('chaseUp.issue', p.rel);
  const canClose = p.resolvedProblems > 0 && can('problem.close', p.rel);
  return (
    <li
      className={`rounded-lg border border-l-4 border-slate-200 bg-white shadow-sm hover:shadow ${TIER_STYLE[p.tier]}`}
    >
      <Link to={`/projects/${p.id}`} data-testid="desk-project" className="block p-3">
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">
            <h2 className="break-words text-sm font-semibold text-slate-900" data-user-text="">
              {p.name}
            </h2>
            <p className="truncate text-xs text-slate-500">
              <UserText>{p.investor}</UserText> ·{' '}
              {withUserText((name) => t('leaders.desk.owner', { name }), p.ownerName)}
            </p>
            {p.contactName && (
              <p className="truncate text-xs text-slate-500" data-testid="desk-contact">
                {withUserText((name) => t('contacts.onDesk', { name }), p.contactName)}
                {p.contactTitle && withUserText(fmt.paren, p.contactTitle)}
                {p.contactPhone && ` · ${p.contactPhone}`}
              </p>
            )}
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1">
            <Badge tone="blue">{t(`stage.${p.status === 'active' ? p.stage : p.status}`)}</Badge>
            <span className="text-xs text-slate-400">{t(`leaders.role.${p.role}`)}</span>
          </div>
        </div>
        <div className="mt-2 flex flex-wrap gap-1">
          {p.signals.map((sig) => (
            <span key={sig.key} data-testid="desk-signal" data-signal={sig.key}>
              <Badge tone={sig.severity === 'red' ? 'red' : 'amber'}>
                {t(`leaders.desk.signal.${sig.key}`, { count: sig.count })}
              </Badge>
            </span>
          ))}
          {p.openProblems > p.overdueProblems && (
            <Badge tone="slate">
              {t('leaders.desk.openProblems', { count: p.openProblems - p.overdueProblems })}
            </Badge>
          )}
          {p.pendingInstructions > p.overdueInstructions && (
            <Badge tone="blue">
              {t('leaders.desk.pendingInstructions', {
                count: p.pendingInstructions - p.overdueInstructions,
              })}
            </Badge>
          )}
          {p.major && <Badge>{t('project.major')}</Badge>}
        </div>
        <div className="mt-2 flex flex-wrap justify-between gap-x-3 gap-y-0.5 text-xs text-slate-500">
          <span>{t('leaders.desk.daysInStage', { count: p.daysInStage })}</span>
          <span>{t('leaders.desk.lastActivity', { date: fmt.date(businessDate(p.lastActivityAt)) })}</span>
          <span className="font-medium text-slate-700">
            {fmt.money(p.agreedInvestment ?? p.estimatedInvestment)}
            {p.funds > 0 && (
              <span className="font-normal text-slate-500">
                {' '}
                · {t('leaders.desk.funds')} {fmt.money(p.funds)}
              </span>
            )}
          </span>
        </div>
      </Link>
      {(canInstruct || canChase || canClose) && (
        <div
          className="flex flex-wrap justify-end gap-2 border-t border-slate-100 px-3 py-1.5"
          data-testid="desk-actions"
        >
          {canChase && (
            <Button variant="primary" onClick={() => setOpen('chaseUp')}>
              {t('leaders.desk.chaseUp')}
            </Button>
          )}
          {canClose && (
            <Button onClick={() => setOpen('close')}>
              {t('leaders.desk.closeProblems', { count: p.resolvedProblems })}
            </Button>
          )}
          {canInstruct && <Button onClick={() => setOpen('instruct')}>{t('leaders.desk.instruct')}</Button>}
        </div>
      )}
      {open === 'instruct' && (
        <InstructionDialog
          projectId={p.id}
          title={t('leaders.desk.instructTitle', { name: p.name })}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'close' && (
        <CloseProblemsDialog projectId={p.id} projectName={p.name} onClose={() => setOpen(null)} />
      )}
      {open === 'chaseUp' && (
        <DeskChaseUpDialog projectId={p.id} projectName={p.name} onClose={() => setOpen(null)} />
      )}
    </li>
  );
}
