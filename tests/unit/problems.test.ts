import { describe, expect, it } from 'vitest';
import { checkProblemMove, isProblemOverdue, type ProblemStatus } from '../../shared/domain/problems';

type Input = { reason?: string | null; resolution?: string | null };

describe('checkProblemMove: 待办 → 办理中 → 已解决 → 已销号', () => {
  it.each<[ProblemStatus, ProblemStatus, Input, string]>([
    ['open', 'in_progress', {}, 'ok'],
    ['open', 'resolved', { resolution: '已协调供电局接电' }, 'ok'],
    ['open', 'resolved', {}, 'resolution'],
    ['in_progress', 'resolved', { resolution: '  ' }, 'resolution'],
    ['in_progress', 'resolved', { resolution: '已办结' }, 'ok'],
    ['resolved', 'closed', {}, 'ok'],
    ['resolved', 'in_progress', {}, 'reason'],
    ['resolved', 'in_progress', { reason: '企业反映仍未接电' }, 'ok'],
    ['closed', 'in_progress', { reason: '问题复发' }, 'ok'],
    ['closed', 'in_progress', {}, 'reason'],
    ['open', 'closed', {}, 'not_allowed'],
    ['in_progress', 'open', {}, 'not_allowed'],
    ['closed', 'resolved', {}, 'not_allowed'],
    ['open', 'open', {}, 'same_status'],
  ])('%s → %s (%o): %s', (from, to, input, expected) => {
    const r = checkProblemMove(from, to, input);
    expect(r.ok ? 'ok' : r.error).toBe(expected);
  });

  it('marks reopening so the server records the reason', () => {
    expect(checkProblemMove('resolved', 'in_progress', { reason: '复发' })).toEqual({
      ok: true,
      reopen: true,
    });
    expect(checkProblemMove('open', 'in_progress', {})).toEqual({ ok: true, reopen: false });
  });
});

describe('isProblemOverdue', () => {
  it.each<[ProblemStatus, string | null, boolean]>([
    ['open', '2026-11-25', true],
    ['in_progress', '2026-11-25', true],
    ['open', '2026-11-26', false],
    ['open', null, false],
    ['resolved', '2026-11-01', false],
    ['closed', '2026-11-01', false],
  ])('%s due %s on 2026-11-26: %s', (status, dueDate, expected) => {
    expect(isProblemOverdue({ status, dueDate }, '2026-11-26')).toBe(expected);
  });
});
