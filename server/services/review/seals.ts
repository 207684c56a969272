import type { Db } from '../../../db/client';
import { writeTransaction } from '../../../db/client';
import type { Week } from '../../../shared/domain/review/week';
import type { SessionUser } from '../../auth/sessions';
import { audit } from '../../audit';
import { appError, appErrorWith, fieldError } from '../../errors';
import { reportTitle, reviewWorkbook } from './export';
import { reviewWeek, type WeekReview } from './review';

/**
 * 定稿 (issue 13, item 3): after the meeting an admin seals a closed week. The review as shown then and
 * its xlsx are stored and returned unchanged from then on (the printed page renders the stored review);
 * corrections recorded later are shown beside it. Re-opening needs an admin and a reason, and is audited.
 */
export interface SealInfo {
  id: number;
  sealedAt: number;
  sealedByName: string;
}

interface SealRow {
  id: number;
  sealedAt: number;
  sealedByName: string;
  review: string;
}

function sealInForce(db: Db, week: string): SealRow | undefined {
  return db.$client
    .prepare(
      `select s.id, s.sealed_at as sealedAt, u.display_name as sealedByName, s.review from review_seals s
       join users u on u.id = s.sealed_by where s.week = ? and s.reopened_at is null`,
    )
    .get(week) as SealRow | undefined;
}

export type ShownReview = WeekReview & { seal: SealInfo | null };

/** The review of a week: the sealed one when sealed (with today's corrections beside it), else live. */
export function shownReview(db: Db, week: Week, now: number): ShownReview {
  const live = reviewWeek(db, week, now);
  const sealed = sealInForce(db, week.key);
  if (!sealed) return { ...live, seal: null };
  const stored = JSON.parse(sealed.review) as WeekReview;
  return {
    ...stored,
    week: { ...stored.week, next: live.week.next, current: live.week.current },
    lists: { ...stored.lists, corrections: live.lists.corrections },
    corrected: live.corrected,
    seal: { id: sealed.id, sealedAt: sealed.sealedAt, sealedByName: sealed.sealedByName },
  };
}

/** The xlsx of a week: the stored file when sealed, else made now. */
export async function weekWorkbook(db: Db, week: Week, now: number) {
  const stored = db.$client
    .prepare('select xlsx, xlsx_name from review_seals where week = ? and reopened_at is null')
    .raw()
    .get(week.key) as [Buffer, string] | undefined;
  if (stored) return { fileName: stored[1], file: stored[0] };
  const review = reviewWeek(db, week, now);
  return { fileName: fileName(review), file: await reviewWorkbook(review) };
}

const fileName = (r: WeekReview) => `${reportTitle(r)}（${r.week.key}）.xlsx`;

export async function sealWeek(db: Db, user: SessionUser, week: Week, now: number) {
  if (week.end > now) throw fieldError({ week: 'weekNotClosed' });
  if (sealInForce(db, week.key)) throw appErrorWith('CONFLICT', 'weekSealed');
  const review = reviewWeek(db, week, now);
  const xlsx = await reviewWorkbook(review);
  return writeTransaction(db, () => {
    // Checked again inside the transaction: two admins sealing at once store one seal.
    if (sealInForce(db, week.key)) throw appErrorWith('CONFLICT', 'weekSealed');
    const { id } = db.$client
      .prepare(
        `insert into review_seals (week, sealed_at, sealed_by, review, xlsx, xlsx_name) values (?, ?, ?, ?, ?, ?)
         returning id`,
      )
      .get(week.key, now, user.id, JSON.stringify(review), xlsx, fileName(review)) as { id: number };
    audit(db, {
      userId: user.id,
      action: 'review.seal',
      entity: 'review_seal',
      entityId: id,
      changes: {
        week: week.key,
        activeCount: review.funnel.activeCount,
        activeAmount: review.funnel.activeAmount,
      },
      at: now,
    });
    return { id };
  });
}

export function reopenWeek(db: Db, user: SessionUser, week: Week, reason: string, now: number) {
  return writeTransaction(db, () => {
    const seal = sealInForce(db, week.key);
    if (!seal) throw appError('weekNotSealed');
    db.$client
      .prepare('update review_seals set reopened_at = ?, reopened_by = ?, reopen_reason = ? where id = ?')
      .run(now, user.id, reason, seal.id);
    audit(db, {
      userId: user.id,
      action: 'review.reopen',
      entity: 'review_seal',
      entityId: seal.id,
      changes: { week: week.key, reason, reopenedAt: [null, now] },
      at: now,
    });
    return { id: seal.id };
  });
}
