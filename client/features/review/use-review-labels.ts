import { useTranslation } from 'react-i18next';
import { MONEY_METRICS, type TargetMetric } from '../../../shared/domain/review/targets';
import { useFormat } from '../../lib/format';

/** Labels and number formats shared by the review's sections. */
export function useReviewLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const signed = (n: number, format: (n: number) => string = String) =>
    n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : '0';
  return {
    t,
    fmt,
    stage: (s: string | null) => (s ? t(`stage.${s}` as 'stage.negotiating') : t('project.created_event')),
    signed,
    signedMoney: (n: number) => signed(n, (x) => fmt.money(x)),
    metricValue: (metric: TargetMetric, n: number) =>
      MONEY_METRICS.includes(metric) ? fmt.money(n) : t('review.projectCount', { count: n }),
    pct: (r: number | null) => (r === null ? '—' : fmt.percent(r)),
    correctionField: (field: string) =>
      LATE_FIELDS.has(field)
        ? t(`review.correctionField.${field}` as 'review.correctionField.stage')
        : REPORT_FIELDS.has(field)
          ? t(`report.correctionField.${field}` as 'report.correctionField.fixedAsset')
          : t(`field.${field}` as 'field.name'),
    /** A corrected value as people read it: labels, 万元, dates. */
    correctionValue: (field: string, v: string | number | null): string => {
      if (v === null) return '—';
      if (field === 'stage') return t(`stage.${v}` as 'stage.negotiating');
      if (field === 'industry') return t(`industry.${v}` as 'industry.finance');
      if (field === 'channel') return t(`channel.${v}` as 'channel.other');
      if (MONEY_FIELDS.has(field) && typeof v === 'number') return fmt.money(v);
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return fmt.date(v);
      return String(v);
    },
  };
}

const LATE_FIELDS: ReadonlySet<string> = new Set(['stage', 'amount', 'fundsInPlace']);
/** Operations facts after 建成 that the monthly report lists as corrections. */
const REPORT_FIELDS: ReadonlySet<string> = new Set(['fixedAsset', 'productionDate']);
const MONEY_FIELDS: ReadonlySet<string> = new Set([
  'amount',
  'fundsInPlace',
  'fixedAsset',
  'agreedInvestment',
  'estimatedInvestment',
]);
