import type { ReactNode } from 'react';
import { Section } from '../../components/ui/section';
import { UserText } from '../../components/ui/user-text';
import { Empty } from '../../components/ui/states';
import type { WeekReview } from './types';
import { projectLink } from './project-link';
import { useReviewLabels } from './use-review-labels';

function ListTable({
  head,
  rows,
  empty,
  total,
}: {
  head: string[];
  rows: ReactNode[][];
  empty: string;
  total?: number;
}) {
  const { t } = useReviewLabels();
  if (!rows.length) return <Empty>{empty}</Empty>;
  return (
    <>
      <table className="review-table w-full text-sm">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} className="text-left">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {total !== undefined && total > rows.length && (
        <p className="mt-1 text-xs text-slate-500">
          {t('review.listTotal', { count: total, shown: rows.length })}
        </p>
      )}
    </>
  );
}

/** The lists the meeting goes through; each row links to its project. Lists of features not yet present are left out. */
export function ListsSection({ r }: { r: WeekReview }) {
  const { t, fmt, stage } = useReviewLabels();
  const { lists } = r;
  const countTitle = (title: string, n: number) => title + fmt.paren(String(n));
  const c = (k: string) => t(`review.col.${k}` as 'review.col.project');
  const due = (title: string, rows: WeekReview['lists']['overdueProblems']) => (
    <Section title={countTitle(title, rows.length)}>
      <ListTable
        head={[c('project'), c('item'), c('due'), c('who')]}
        rows={rows.map((x) => [
          projectLink(x.projectId, x.projectName),
          <UserText>{x.title}</UserText>,
          fmt.date(x.dueDate),
          x.who ? <UserText>{x.who}</UserText> : '—',
        ])}
        empty={t('review.empty.overdue')}
      />
    </Section>
  );
  return (
    <>
      <Section title={countTitle(t('review.sections.moves'), lists.moves.total)}>
        <ListTable
          head={[c('at'), c('project'), c('from'), c('to'), c('by'), c('note')]}
          rows={lists.moves.rows.map((m) => [
            <span className="whitespace-nowrap text-slate-500">{fmt.dateTime(m.at)}</span>,
            projectLink(m.projectId, m.projectName),
            stage(m.from),
            <span className="font-medium">{stage(m.to)}</span>,
            <UserText>{m.byName}</UserText>,
            <span className="text-slate-600" data-user-text="">
              {m.note ?? ''}
            </span>,
          ])}
          total={lists.moves.total}
          empty={t('review.empty.moves')}
        />
      </Section>
      <div className="review-print-stack grid gap-3 xl:grid-cols-2">
        <Section title={countTitle(t('review.sections.stalled'), lists.stalled.total)}>
          <ListTable
            head={[c('project'), c('stage'), c('owner'), c('lastActivity'), c('days')]}
            rows={lists.stalled.rows.map((s) => [
              projectLink(s.projectId, s.projectName),
              stage(s.stage),
              <UserText>{s.ownerName}</UserText>,
              fmt.dateTime(s.lastActivityAt).slice(0, 10),
              t('common.days', { count: s.days }),
            ])}
            total={lists.stalled.total}
            empty={t('review.empty.stalled')}
          />
        </Section>
        <Section title={countTitle(t('review.sections.majorWithoutLeader'), lists.majorWithoutLeader.total)}>
          <ListTable
            head={[c('project'), c('stage'), c('amount'), c('owner')]}
            rows={lists.majorWithoutLeader.rows.map((m) => [
              projectLink(m.projectId, m.projectName),
              stage(m.stage),
              fmt.money(m.amount),
              <UserText>{m.ownerName}</UserText>,
            ])}
            total={lists.majorWithoutLeader.total}
            empty={t('review.empty.majorWithoutLeader')}
          />
        </Section>
        {due(
          `${t('review.sections.overdueMilestones')} · ${t('review.redProjects', { count: lists.redProjects })}`,
          lists.overdueMilestones,
        )}
        {due(t('review.sections.overdueProblems'), lists.overdueProblems)}
        {due(t('review.sections.pendingInstructions'), lists.pendingInstructions)}
      </div>
      <Section title={countTitle(t('review.sections.corrections'), lists.corrections.length)}>
        <CorrectionsTable rows={lists.corrections} empty={t('review.empty.corrections')} />
      </Section>
    </>
  );
}

/** Facts recorded after a closed week or period that concern it (decision 090): before → after, who, when. */
export function CorrectionsTable({
  rows,
  empty,
}: {
  rows: WeekReview['lists']['corrections'];
  empty: string;
}) {
  const { t, fmt, correctionField, correctionValue } = useReviewLabels();
  const c = (k: string) => t(`review.col.${k}` as 'review.col.project');
  return (
    <ListTable
      head={[c('changedAt'), c('project'), c('field'), c('before'), c('after'), c('effectiveDay'), c('by')]}
      rows={rows.map((x) => [
        fmt.dateTime(x.at),
        projectLink(x.projectId, x.projectName),
        correctionField(x.field),
        <span className="line-through decoration-slate-400">{correctionValue(x.field, x.before)}</span>,
        correctionValue(x.field, x.after),
        x.effectiveDay ? fmt.date(x.effectiveDay) : '—',
        x.byName ? <UserText>{x.byName}</UserText> : '—',
      ])}
      empty={empty}
    />
  );
}
