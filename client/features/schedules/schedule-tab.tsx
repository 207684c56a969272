import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_DATE_FIELD } from '../../../shared/domain/schedule/templates';
import { stageIndex } from '../../../shared/domain/stages';
import { Button } from '../../components/ui/button';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { UserText, withUserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { type MovableProject, useProjectMoveFlow } from '../moves';
import { IssueChaseUpDialog } from './chase-up-dialogs';
import { ChaseUpList } from './chase-up-list';
import { LightBadge } from './light-badge';
import { MilestoneTable } from './milestone-table';
import { RecordActualDialog } from './record-actual-dialog';
import { ScheduleAdjuster } from './schedule-adjuster';
import { ScheduleCreator } from './schedule-creator';
import { ScheduleTimeline } from './schedule-timeline';
import type { Milestone, Schedule } from './schedule-types';

/** The 倒排工期 section of the project page: plan, timeline, milestones, chase-up orders. */
export function ScheduleTab({
  project,
}: {
  /** `rel`: the person's relation to the project, for the shared permission model. */
  project: MovableProject & { major: boolean; rel: number };
}) {
  const { t } = useTranslation();
  const data = useQuery(trpc.schedules.get.queryOptions({ projectId: project.id }));
  const [mode, setMode] = useState<'view' | 'create' | 'adjust'>('view');
  const can = useCan();
  const canWrite = can('schedule.write', project.rel);

  if (data.isPending)
    return (
      <Section title={t('schedules.tab.title')}>
        <Loading />
      </Section>
    );
  if (data.isError)
    return (
      <Section title={t('schedules.tab.title')}>
        <LoadError message={data.error.message} onRetry={() => void data.refetch()} />
      </Section>
    );
  const { schedule, today } = data.data;

  if (!schedule) {
    const signed = stageIndex(project.stage) >= stageIndex('introduced');
    const ask = project.major && signed;
    return (
      <Section title={t('schedules.tab.title')}>
        <div id="schedule" data-testid="schedule-tab">
          {mode === 'create' ? (
            <ScheduleCreator
              projectId={project.id}
              major={project.major}
              today={today}
              onDone={() => setMode('view')}
            />
          ) : (
            <div
              className={`flex flex-wrap items-center justify-between gap-3 rounded-md p-4 ${ask ? 'border border-amber-300 bg-amber-50' : 'bg-slate-50'}`}
            >
              <div>
                <p className={`text-sm font-medium ${ask ? 'text-amber-900' : 'text-slate-700'}`}>
                  {ask ? t('schedules.tab.askTitle') : t('schedules.tab.none')}
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  {ask
                    ? t('schedules.tab.askBody')
                    : !project.major
                      ? t('schedules.tab.notMajorBody')
                      : t('schedules.tab.negotiatingBody')}
                </p>
              </div>
              {canWrite && (
                <Button variant={ask ? 'primary' : 'secondary'} onClick={() => setMode('create')}>
                  {t('schedules.tab.plan')}
                </Button>
              )}
            </div>
          )}
        </div>
      </Section>
    );
  }
  return <ScheduleView project={project} schedule={schedule} today={today} mode={mode} setMode={setMode} />;
}

function ScheduleView({
  project,
  schedule,
  today,
  mode,
  setMode,
}: {
  project: MovableProject & { major: boolean; rel: number };
  schedule: Schedule;
  today: string;
  mode: 'view' | 'create' | 'adjust';
  setMode: (m: 'view' | 'create' | 'adjust') => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const chaseUps = useQuery(trpc.schedules.chaseUps.forProject.queryOptions({ projectId: project.id }));
  const [recording, setRecording] = useState<Milestone | null>(null);
  const [issuing, setIssuing] = useState<{ milestoneId: number | null } | null>(null);
  const can = useCan();
  const canWrite = can('schedule.write', project.rel);
  const canIssue = can('chaseUp.issue', project.rel);
  const red = schedule.light === 'red' || schedule.proRata.light === 'red';
  const flow = useProjectMoveFlow();
  const reached = (m: Milestone) => !m.linkedStage || stageIndex(project.stage) >= stageIndex(m.linkedStage);
  const offerMove = (m: Milestone, date: string) => {
    if (!m.linkedStage) return;
    const field = STAGE_DATE_FIELD[m.linkedStage];
    setRecording(null);
    // Clearing the field makes the move ask for it, with the milestone's date filled in.
    flow.requestMove({ ...project, [field]: null }, m.linkedStage, { [field]: date });
  };
  const done = schedule.milestones.filter((m) => m.actualDate).length;
  const next = schedule.milestones.find((m) => !m.actualDate);

  return (
    <Section
      title={t('schedules.tab.title')}
      actions={
        mode === 'view' && (
          <div className="flex gap-2">
            {canIssue && red && (
              <Button onClick={() => setIssuing({ milestoneId: null })}>{t('schedules.chase.issue')}</Button>
            )}
            {canWrite && <Button onClick={() => setMode('adjust')}>{t('schedules.tab.edit')}</Button>}
          </div>
        )
      }
    >
      <div id="schedule" data-testid="schedule-tab" className="flex flex-col gap-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <Figure label={t('schedules.figures.light')}>
            <LightBadge light={schedule.light} />
          </Figure>
          <Figure label={t('schedules.figures.proRata')}>
            <span
              data-testid="pro-rata"
              title={t('schedules.figures.proRataHint', {
                due: schedule.proRata.due,
                done: schedule.proRata.done,
                behind: schedule.proRata.pointsBehind,
              })}
              className={
                schedule.proRata.light === 'red'
                  ? 'text-red-600'
                  : schedule.proRata.light === 'yellow'
                    ? 'text-amber-700'
                    : 'text-emerald-700'
              }
            >
              {t('schedules.figures.proRataValue', { percent: schedule.proRata.percent })}
            </span>
          </Figure>
          <Figure label={t('schedules.figures.done')}>
            {t('schedules.figures.total', { done, total: schedule.milestones.length })}
          </Figure>
          <Figure label={t('schedules.figures.next')}>
            {next ? (
              <>
                <UserText>{next.name}</UserText> · {next.plannedDate}
              </>
            ) : (
              t('common.none')
            )}
          </Figure>
          <Figure label={t('schedules.tab.targetDate')}>{fmt.date(schedule.targetDate)}</Figure>
        </dl>
        <p className="text-xs text-slate-500">
          {withUserText(
            (name) => t('schedules.tab.templateLabel', { name, version: schedule.templateVersion }),
            schedule.templateName,
          )}
          <span className="mx-1.5 text-slate-300">|</span>
          {withUserText(
            (name) => t('schedules.tab.createdBy', { name, date: fmt.dateTime(schedule.createdAt) }),
            schedule.createdByName,
          )}
          {schedule.reason && (
            <>
              <span className="mx-1.5 text-slate-300">|</span>
              {withUserText((reason) => t('schedules.tab.reasonLabel', { reason }), schedule.reason)}
            </>
          )}
        </p>
        {mode === 'adjust' ? (
          <ScheduleAdjuster schedule={schedule} today={today} onDone={() => setMode('view')} />
        ) : (
          <>
            <ScheduleTimeline milestones={schedule.milestones} today={today} />
            <MilestoneTable
              milestones={schedule.milestones}
              canWrite={canWrite}
              canIssue={canIssue}
              onRecord={setRecording}
              onChase={(m) => setIssuing({ milestoneId: m.id })}
            />
          </>
        )}
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t('schedules.chase.title')}</h3>
          {chaseUps.data ? (
            <ChaseUpList
              orders={chaseUps.data}
              // Each order carries the person's relation, with the assignee bit when it names them.
              canClose={(o) => can('chaseUp.close', o.rel)}
            />
          ) : (
            <Loading />
          )}
        </div>
      </div>
      {recording && (
        <RecordActualDialog
          milestone={recording}
          today={today}
          stageReached={reached(recording)}
          onStageMove={(date) => offerMove(recording, date)}
          onClose={() => setRecording(null)}
        />
      )}
      {issuing && (
        <IssueChaseUpDialog
          projectId={project.id}
          projectName={project.name}
          milestones={schedule.milestones}
          milestoneId={issuing.milestoneId}
          today={today}
          onClose={() => setIssuing(null)}
        />
      )}
      {flow.dialog}
    </Section>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm font-semibold text-slate-900">{children}</dd>
    </div>
  );
}
