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
      MONEY_METRICS.includes(metric)
        ? fmt.money(n)
        : `${n.toLocaleString('zh-CN')} ${t('review.unitOf.count')}`,
    pct: (r: number | null) => (r === null ? '—' : fmt.percent(r)),
  };
}
