import { useQuery } from '@tanstack/react-query';
import { UserText } from '../../components/ui/user-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentState } from '../../../shared/domain/transitions';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Menu } from '../../components/ui/menu';
import { Section } from '../../components/ui/section';
import { ProjectAuditSection } from '../audit';
import { ContactsSection } from '../contacts';
import { DocumentsSection } from '../documents';
import { LoadError, Loading } from '../../components/ui/states';
import { errorCode } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useBoardPath } from '../../lib/home';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { ProjectCoordination } from './project-coordination';
import { useMoveMenuItems, useProjectMoveFlow } from '../moves';
import { ScheduleTab } from '../schedules';
import { EditProjectDialog } from './edit-project-dialog';
import { LiveNotice } from './live-notice';
import { FollowUpsSection } from './follow-ups-section';
import { FundsSection } from './funds-section';
import { OperationsSection } from './operations-section';
import { ProjectDetails } from './project-details';
import { usePendingFieldsText } from '../../components/pending-facts-badge';
import { StageTimeline } from './stage-timeline';

export function ProjectPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams().id);
  const project = useQuery(
    trpc.projects.get.queryOptions({ id }, { enabled: Number.isInteger(id) && id > 0 }),
  );
  // ?edit=1 (the 资料待补 list's 补全资料) opens the edit form at once, when the person may edit.
  const [params] = useSearchParams();
  const [editing, setEditing] = useState(params.get('edit') === '1');
  const flow = useProjectMoveFlow();
  const moveItems = useMoveMenuItems();
  const can = useCan();
  const pendingText = usePendingFieldsText();
  const board = useBoardPath();

  if (project.isPending) return <Loading />;
  if (project.isError) {
    return (
      <LoadError
        message={errorCode(project.error) === 'NOT_FOUND' ? t('project.notFound') : project.error.message}
      />
    );
  }
  const p = project.data;
  const rel = p.rel;
  const state = currentState(p);

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-4">
      <Link to={board} className="text-sm text-slate-500 hover:text-brand-600">
        ← {t('project.back')}
      </Link>
      <LiveNotice projectId={p.id} />
      <header className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold text-slate-900" data-user-text="">
              {p.name}
            </h1>
            <Badge tone={p.status === 'active' ? 'blue' : p.status === 'on_hold' ? 'amber' : 'slate'}>
              {t(`stage.${state}`)}
            </Badge>
            {p.major && <Badge tone="red">{t('project.major')}</Badge>}
            {p.stalled && <Badge tone="red">{t('project.stalled')}</Badge>}
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {t('project.totalInvestment')}{' '}
            <strong className="text-slate-900">{fmt.money(p.totalInvestment)}</strong>
            <span className="mx-2 text-slate-300">|</span>
            {t('project.lastActivity')} {fmt.dateTime(p.lastActivityAt)}
            <span className="mx-2 text-slate-300">|</span>
            {t('project.daysInStage', { count: p.daysInStage })}
          </p>
          {p.status === 'on_hold' && p.holdReason && (
            <p className="mt-1 text-sm text-amber-800">
              {t('project.holdReason')}
              {t('punct.colon')}
              <UserText>{p.holdReason}</UserText>
            </p>
          )}
          {p.status === 'dropped' && (
            <p className="mt-1 text-sm text-slate-700">
              {t('project.dropReason')}
              {t('punct.colon')}
              {p.dropCategory ? t(`dropCategory.${p.dropCategory}`) : ''} <UserText>{p.dropNote}</UserText>
            </p>
          )}
        </div>
        {(can('project.edit', rel) || can('project.move', rel)) && (
          <div className="flex items-center gap-2">
            {can('project.edit', rel) && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
            <div
              className={`rounded-md border border-slate-300 bg-white px-1 text-sm ${can('project.move', rel) ? '' : 'hidden'}`}
            >
              <Menu
                label={t('project.moveAction')}
                trigger={<span className="text-slate-700">{t('project.moveAction')} ▾</span>}
                items={moveItems(p, (to) => flow.requestMove(p, to))}
              />
            </div>
          </div>
        )}
      </header>
      {p.missingFacts.length > 0 && (
        <p
          role="status"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="pending-banner"
        >
          {t('pending.banner', { fields: pendingText(p.missingFacts) })}
        </p>
      )}
      <Section title={t('project.basics')}>
        <ProjectDetails project={p} />
      </Section>
      <ScheduleTab project={p} />
      <ProjectCoordination project={p} canRaise={can('problem.raise', rel)} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <FollowUpsSection projectId={p.id} canWrite={can('followUp.add', rel)} />
          <DocumentsSection
            projectId={p.id}
            stage={p.status === 'dropped' ? undefined : p.stage}
            canUpload={can('documents.upload', rel)}
            canWithdraw={can('documents.withdraw', rel)}
          />
          <FundsSection projectId={p.id} canWrite={can('funds.add', rel)} />
          {p.stage === 'completed' && p.status !== 'dropped' && (
            <OperationsSection projectId={p.id} canWrite={can('operations.record', rel)} />
          )}
        </div>
        <div className="flex flex-col gap-4">
          <ContactsSection projectId={p.id} canWrite={can('project.edit', rel)} />
          <Section title={t('project.history')}>
            <StageTimeline projectId={p.id} />
          </Section>
        </div>
      </div>
      <ProjectAuditSection projectId={p.id} />
      {editing && can('project.edit', rel) && (
        <EditProjectDialog project={p} open={editing} onClose={() => setEditing(false)} />
      )}
      {flow.dialog}
    </div>
  );
}
