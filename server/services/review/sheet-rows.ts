// The rows the weekly review's and the monthly report's workbooks share, in the Chinese catalogue's words.
import { domainZh } from '../../../shared/labels/domain';
import { reviewZh } from '../../../shared/labels/review';
import type { ReviewFigures } from '../../../shared/domain/review/compute';
import type { Pace } from '../../../shared/domain/review/targets';
import type { CorrectionRow } from './lists';

const L = reviewZh;
type Cell = string | number | null;

export const stageLabel = (s: string | null) =>
  s ? ((domainZh.stage as Record<string, string>)[s] ?? s) : '—';

/** The funnel at the end: stage, count, amount (万元), change against the one before. */
export function funnelRows(r: Pick<ReviewFigures, 'funnel' | 'funnelChange'>): Cell[][] {
  return r.funnel.states.map((s, i) => [
    stageLabel(s.state),
    s.count,
    s.amount,
    r.funnelChange[i]!.count,
    r.funnelChange[i]!.amount,
  ]);
}

/** The flow of this span beside the one before, each forward transition under 向前推进. */
export function flowRows(r: Pick<ReviewFigures, 'flow' | 'previousFlow'>): Cell[][] {
  const f = (key: keyof typeof L.flow & keyof typeof r.flow) => [
    L.flow[key],
    r.flow[key] as number,
    r.previousFlow[key] as number,
  ];
  return [
    f('newLeads'),
    [L.flow.forward, r.flow.forwardTotal, r.previousFlow.forwardTotal],
    ...r.flow.forward.map((t) => [`  ${stageLabel(t.from)} → ${stageLabel(t.to)}`, t.count, null]),
    f('backward'),
    f('holds'),
    f('resumes'),
    f('drops'),
    f('restores'),
    f('events'),
  ];
}

/** 超前/落后 n 个百分点, 符合序时 … for a target. */
export function paceText(t: Pick<Pace, 'status' | 'gapPoints'>): string {
  return t.status === 'ahead' || t.status === 'behind'
    ? L.pace[t.status].replace('{{value}}', `${Math.abs(t.gapPoints)} 个百分点`)
    : L.pace[t.status];
}

export const dateTime = (ms: number) =>
  new Date(ms).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/** A correction as a row: when, project, field, before, after, effective day, by. */
export function correctionCells(c: CorrectionRow, fieldLabels: Record<string, string> = {}): Cell[] {
  const fieldLabel = (k: string) =>
    fieldLabels[k] ??
    (L.correctionField as Record<string, string>)[k] ??
    (domainZh.field as Record<string, string>)[k] ??
    k;
  const valueLabel = (k: string, v: string | number | null) =>
    v === null
      ? null
      : k === 'stage'
        ? stageLabel(String(v))
        : k === 'industry'
          ? ((domainZh.industry as Record<string, string>)[v] ?? v)
          : k === 'channel'
            ? ((domainZh.channel as Record<string, string>)[v] ?? v)
            : v;
  return [
    dateTime(c.at),
    c.projectName,
    fieldLabel(c.field),
    valueLabel(c.field, c.before),
    valueLabel(c.field, c.after),
    c.effectiveDay,
    c.byName,
  ];
}
