/**
 * The demo district's audit trail: what the office's own actions would have written while the projects
 * were registered, moved, followed up and funded, by the named officers and on the days the plan says.
 * So a project page and /admin/audit read like an office's history from the first start.
 */
import { type AuditAction, moveAction } from '../../../shared/domain/audit-actions';
import { isRefusal, planMove } from '../../../shared/domain/transitions';
import type { FunnelStage, ProjectStatus } from '../../../shared/domain/stages';
import type { PlannedProject } from './types';

export interface HistoryRow {
  at: number;
  userId: number;
  action: AuditAction;
  entity: 'project';
  entityId: number;
  changes: string;
}

/** The audit rows of one planned project with the given id, unordered; `user` maps usernames to ids. */
export function projectHistory(
  p: PlannedProject,
  id: number,
  user: (username: string) => number,
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const row = (at: number, by: string, action: AuditAction, changes: object) =>
    rows.push({
      at,
      userId: user(by),
      action,
      entity: 'project',
      entityId: id,
      changes: JSON.stringify(changes),
    });

  const [created, ...moves] = p.timeline.events;
  if (!created) return rows;
  const { name, investor, industry, channel, estimatedInvestment } = p.identity;
  row(created.at, created.by, 'project.create', {
    name,
    investor,
    industry,
    channel,
    estimatedInvestment,
    ownerAId: user(p.owners.ownerA),
  });

  let state: { stage: FunnelStage; status: ProjectStatus } = { stage: 'negotiating', status: 'active' };
  for (const e of moves) {
    const plan = planMove(state, e.to);
    if (isRefusal(plan)) continue;
    const changes: Record<string, unknown> = {};
    if (plan.stage !== state.stage) changes.stage = [state.stage, plan.stage];
    if (plan.status !== state.status) changes.status = [state.status, plan.status];
    if (e.note) changes.note = e.note;
    if (e.dropCategory) changes.dropCategory = e.dropCategory;
    row(e.at, e.by, moveAction(plan.kind), changes);
    state = { stage: plan.stage, status: plan.status };
  }
  for (const f of p.followUps)
    row(f.createdAt, f.by, 'followUp.add', { date: f.date, kind: f.kind, summary: f.summary });
  for (const f of p.funds) row(f.createdAt, f.by, 'funds.add', { date: f.date, amount: f.amount });
  return rows;
}
