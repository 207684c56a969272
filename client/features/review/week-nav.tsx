import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { weekNeighbours } from '../../../shared/domain/review/week';
import type { WeekReview } from './types';

const linkClass =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50';

/**
 * Previous / next week and a week picker (the browser's own ISO week input). The links follow the week
 * in the address, not the figures on screen: while the next week loads, the last one's figures stay
 * shown (a transition), and links taken from them sent a quick 上一周 then 下一周 two weeks forward.
 */
export function WeekNav({ week: shown }: { week: WeekReview['week'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { isoWeek = shown.key } = useParams();
  const [openedAt] = useState(Date.now);
  const links = weekNeighbours(isoWeek, openedAt);
  const week = links ? { key: isoWeek, current: links.next === null, ...links } : shown;
  return (
    <nav className="flex items-center gap-2" aria-label={t('review.pickWeek')}>
      <Link className={linkClass} to={`/review/${week.previous}`} rel="prev">
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
        <Link className={linkClass} to={`/review/${week.next}`} rel="next">
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
