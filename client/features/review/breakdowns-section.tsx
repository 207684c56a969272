import { useState } from 'react';
import { UserText } from '../../components/ui/user-text';
import { Section } from '../../components/ui/section';
import { Tabs } from '../../components/ui/tabs';
import { type Column, SortableTable } from './sortable-table';
import type { WeekReview } from './types';
import { useReviewLabels } from './use-review-labels';

type Row = WeekReview['breakdowns']['industry'][number] & { label?: string | null };
const KINDS = ['industry', 'owner', 'unit', 'channel', 'leader', 'taskForce', 'chain'] as const;

/**
 * The funnel at the week's end by industry, owner, unit, channel, leader (主包), task force and chain, as
 * known at the week's end; on paper all of them print.
 */
export function BreakdownsSection({ r }: { r: WeekReview }) {
  const { t, fmt, stage } = useReviewLabels();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('industry');
  const label = (k: (typeof KINDS)[number], row: Row) =>
    row.key === ''
      ? t('review.breakdown.none')
      : k === 'industry'
        ? t(`industry.${row.key}` as 'industry.finance')
        : k === 'channel'
          ? t(`channel.${row.key}` as 'channel.other')
          : (row.label ?? row.key);
  const columns = (k: (typeof KINDS)[number]): Column<Row>[] => [
    {
      key: 'group',
      header: t(`review.breakdown.${k}`),
      value: (row) => label(k, row),
      // People, units, task forces and chains are named by the office.
      render: (row) =>
        k === 'industry' || k === 'channel' || row.key === '' ? (
          label(k, row)
        ) : (
          <UserText>{label(k, row)}</UserText>
        ),
    },
    ...r.stages.map((s, i) => ({
      key: s,
      header: stage(s),
      value: (row: Row) => row.stages[i]!,
      numeric: true,
    })),
    { key: 'active', header: t('review.col.active'), value: (row) => row.activeCount, numeric: true },
    {
      key: 'amount',
      header: t('review.col.amount'),
      value: (row) => row.activeAmount,
      render: (row) => fmt.money(row.activeAmount),
      numeric: true,
    },
    { key: 'new', header: t('review.col.newLeads'), value: (row) => row.newLeads, numeric: true },
    { key: 'forward', header: t('review.col.forward'), value: (row) => row.forward, numeric: true },
  ];
  return (
    <Section
      title={t('review.sections.breakdowns')}
      actions={
        <Tabs
          className="review-no-print"
          items={KINDS}
          value={kind}
          onChange={setKind}
          label={(k) => t(`review.breakdown.${k}`)}
        />
      }
    >
      {KINDS.map((k) => (
        <div key={k} className={k === kind ? 'review-keep mb-4' : 'review-keep mb-4 hidden print:block'}>
          <h3 className="mb-1 hidden text-sm font-semibold print:block">{t(`review.breakdown.${k}`)}</h3>
          <SortableTable
            label={t(`review.breakdown.${k}`)}
            columns={columns(k)}
            rows={r.breakdowns[k] as Row[]}
            rowKey={(row) => row.key}
          />
        </div>
      ))}
    </Section>
  );
}
