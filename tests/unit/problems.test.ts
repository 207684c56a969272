import { describe, expect, it } from 'vitest';
import { checkProblemMove, isProblemOverdue, type ProblemStatus } from '../../shared/domain/problems';

const officer = { isAdmin: false, isProjectLeader: false };
const leader = { isAdmin: false, isProjectLeader: true };
const admin = { isAdmin: true, isProjectLeader: false };
type Actor = typeof officer;
type Input = { reason?: string | null; resolution?: string | null };

describe('checkProblemMove: 待办 → 办理中 → 已解决 → 已销号', () => {
  it.each<[ProblemStatus, ProblemStatus, Actor, Input, string]>([
    ['open', 'in_progress', officer, {}, 'ok'],
    ['open', 'resolved', officer, { resolution: '已协调供电局接电' }, 'ok'],
    ['open', 'resolved', officer, {}, 'resolution'],
    ['in_progress', 'resolved', officer, { resolution: '  ' }, 'resolution'],
    ['in_progress', 'resolved', officer, { resolution: '已办结' }, 'ok'],
    ['resolved', 'closed', officer, {}, 'forbidden'],
    ['resolved', 'closed', leader, {}, 'ok'],
    ['resolved', 'closed', admin, {}, 'ok'],
    ['resolved', 'in_progress', officer, {}, 'reason'],
    ['resolved', 'in_progress', officer, { reason: '企业反映仍未接电' }, 'ok'],
    ['closed', 'in_progress', officer, { reason: '问题复发' }, 'forbidden'],
    ['closed', 'in_progress', leader, { reason: '问题复发' }, 'ok'],
    ['closed', 'in_progress', admin, {}, 'reason'],
    ['open', 'closed', admin, {}, 'not_allowed'],
    ['in_progress', 'open', officer, {}, 'not_allowed'],
    ['closed', 'resolved', admin, {}, 'not_allowed'],
    ['open', 'open', officer, {}, 'same_status'],
  ])('%s → %s (%o, %o): %s', (from, to, actor, input, expected) => {
    const r = checkProblemMove(from, to, actor, input);
    expect(r.ok ? 'ok' : r.error).toBe(expected);
  });

  it('marks reopening so the server records the reason', () => {
    expect(checkProblemMove('resolved', 'in_progress', officer, { reason: '复发' })).toEqual({
      ok: true,
      reopen: true,
    });
    expect(checkProblemMove('open', 'in_progress', officer, {})).toEqual({ ok: true, reopen: false });
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
