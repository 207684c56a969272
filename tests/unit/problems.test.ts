import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/catalog';
import { REL } from '../../shared/domain/permissions';
import {
  checkProblemMove,
  isProblemOverdue,
  offeredProblemActions,
  type ProblemStatus,
} from '../../shared/domain/problems';

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

describe('offeredProblemActions: the menu a person sees on a problem row', () => {
  const { ownerA, leader, assignee } = REL;
  it.each<[Role, number, ProblemStatus, boolean, ProblemStatus[], boolean]>([
    // An officer works on their project's problems but is never offered 已销号.
    ['staff', ownerA, 'resolved', false, ['in_progress'], false],
    ['staff', ownerA, 'open', false, ['in_progress', 'resolved'], true],
    ['staff', assignee, 'in_progress', false, ['resolved'], true],
    ['staff', ownerA, 'closed', false, [], false],
    ['staff', 0, 'open', false, [], false],
    // The project's leader closes and reopens; an escalated problem is not escalated again.
    ['leader', leader, 'resolved', false, ['closed', 'in_progress'], false],
    ['leader', leader, 'closed', false, ['in_progress'], false],
    ['leader', leader, 'open', true, ['in_progress', 'resolved'], false],
    ['leader', 0, 'resolved', false, [], false],
    ['admin', 0, 'resolved', false, ['closed', 'in_progress'], false],
    ['viewer', ownerA, 'open', false, [], false],
  ])('%s with relation %i on a %s problem (escalated %s)', (role, rel, status, escalated, moves, escalate) =>
    expect(offeredProblemActions(role, rel, { status, escalatedAt: escalated ? 1 : null })).toEqual({
      moves,
      escalate,
    }),
  );
});
