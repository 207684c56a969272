import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { weekNeighbours } from '../../../shared/domain/review/week';
import type { WeekReview } from './types';

const linkClass =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50';

/** The week in the address bar at this moment. */
function addressWeek(): string | undefined {
  return /^\/review\/(\d{4}-W\d{2})$/.exec(window.location.pathname)?.[1];
}

/**
 * Previous / next week and a week picker (the browser's own ISO week input). A click steps from the
 * week in the address, not from the week this tree shows: the router renders a new address in a React
 * transition, so for a while after a click the address says the new week while the last week's tree,
 * links and route params included, is still on screen and clickable. Links taken from that tree sent a
 * quick 上一周 上一周 下一周 back to where it started (the flaky review e2e).
 */
export function WeekNav({ week: shown }: { week: WeekReview['week'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { isoWeek = shown.key } = useParams();
  const [openedAt] = useState(Date.now);
  const links = weekNeighbours(isoWeek, openedAt);
  const week = links ? { key: isoWeek, current: links.next === null, ...links } : shown;
  const step = (to: 'previous' | 'next') => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // a new tab: the href
    e.preventDefault();
    const target = weekNeighbours(addressWeek() ?? isoWeek, openedAt)?.[to];
    if (target) void navigate(`/review/${target}`);
  };
  return (
    <nav className="flex items-center gap-2" aria-label={t('review.pickWeek')}>
      <Link className={linkClass} to={`/review/${week.previous}`} rel="prev" onClick={step('previous')}>
        ‹ {t('review.previous')}
      </Link>
      <input
        type="week"
        aria-label={t('review.pickWeek')}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        value={week.key}
        onChange={(e) => e.target.value && void navigate(`/review/${e.target.value}`)}
      />
      {week.next ? (
        <Link className={linkClass} to={`/review/${week.next}`} rel="next" onClick={step('next')}>
          {t('review.next')} ›
        </Link>
      ) : (
        <span className={`${linkClass} cursor-not-allowed opacity-40`} aria-disabled="true">
          {t('review.next')} ›
        </span>
      )}
      {!week.current && (
        <Link className="text-sm text-brand-600 hover:underline" to="/review">
          {t('review.current')}
        </Link>
      )}
    </nav>
  );
}
