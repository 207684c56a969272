import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { periodKeyAt, periodNeighbours, periodOf, switchKind } from '../../../shared/domain/review/period';

const linkClass =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50';
const tabClass = (on: boolean) =>
  `px-3 py-1.5 text-sm ${on ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-50'}`;

/**
 * Previous / next month or quarter, the month/quarter switch and a month picker. Like the week's
 * navigation, the links follow the period in the address, not the figures on screen.
 */
export function PeriodNav({ periodKey }: { periodKey: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [openedAt] = useState(Date.now);
  const period = periodOf(periodKey);
  const links = periodNeighbours(periodKey, openedAt);
  if (!period || period.kind === 'week' || !links) return null;
  const month = period.kind === 'month';
  const current = periodKeyAt(period.kind, openedAt);
  return (
    <nav className="flex flex-wrap items-center gap-2" aria-label={t('report.kind')}>
      <div
        className="flex overflow-hidden rounded-md border border-slate-300"
        role="group"
        aria-label={t('report.kind')}
      >
        <Link
          className={tabClass(month)}
          aria-current={month ? 'page' : undefined}
          to={`/reports/${switchKind(periodKey, 'month', openedAt)}`}
        >
          {t('report.month')}
        </Link>
        <Link
          className={tabClass(!month)}
          aria-current={month ? undefined : 'page'}
          to={`/reports/${switchKind(periodKey, 'quarter', openedAt)}`}
        >
          {t('report.quarter')}
        </Link>
      </div>
      <Link className={linkClass} to={`/reports/${links.previous}`} rel="prev">
        ‹ {month ? t('report.previousMonth') : t('report.previousQuarter')}
      </Link>
      {month && (
        <input
          type="month"
          aria-label={t('report.pickMonth')}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          value={periodKey}
          onChange={(e) => e.target.value && void navigate(`/reports/${e.target.value}`)}
        />
      )}
      {links.next ? (
        <Link className={linkClass} to={`/reports/${links.next}`} rel="next">
          {month ? t('report.nextMonth') : t('report.nextQuarter')} ›
        </Link>
      ) : (
        <span className={`${linkClass} cursor-not-allowed opacity-40`} aria-disabled="true">
          {month ? t('report.nextMonth') : t('report.nextQuarter')} ›
        </span>
      )}
      {current !== periodKey && (
        <Link className="text-sm text-brand-600 hover:underline" to={`/reports/${current}`}>
          {month ? t('report.currentMonth') : t('report.currentQuarter')}
        </Link>
      )}
    </nav>
  );
}
