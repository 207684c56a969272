import { describe, expect, it } from 'vitest';
import type { FunnelStage, ProjectState, ProjectStatus } from '../../shared/domain/stages';
import { currentState, moveTargets, planMove } from '../../shared/domain/transitions';

const INTRODUCED = { signingDate: '2026-03-01', agreedInvestment: 8000, agreementType: 'investment' };
const LANDED = {
  registeredEntity: '长春某某科技有限公司',
  creditCode: '914403001922038216',
  location: '华润中心',
  landingDate: '2026-04-01',
};
const STARTED = { startDate: '2026-05-01' };
const COMPLETED = { completionDate: '2026-09-01' };
const ALL = { ...INTRODUCED, ...LANDED, ...STARTED, ...COMPLETED };

const at = (stage: FunnelStage, status: ProjectStatus = 'active', gates: object = {}) => ({
  stage,
  status,
  ...gates,
});
const moveTo = (
  stage: FunnelStage,
  status: ProjectStatus,
  missing: string[] = [],
  needsReason = false,
  needsDropCategory = false,
) => ({
  stage,
  status,
  missing,
  needsReason,
  needsDropCategory,
});

describe('planMove: forward moves need the gates of the target and of every skipped stage', () => {
  it.each([
    [
      'no gates filled',
      at('negotiating'),
      'introduced',
      ['signingDate', 'agreedInvestment', 'agreementType'],
    ],
    ['gates filled', at('negotiating', 'active', INTRODUCED), 'introduced', []],
    [
      'one gate still empty',
      at('negotiating', 'active', { ...INTRODUCED, agreementType: null }),
      'introduced',
      ['agreementType'],
    ],
    [
      'blank text counts as empty',
      at('introduced', 'active', { ...INTRODUCED, ...LANDED, location: '  ' }),
      'landed',
      ['location'],
    ],
    [
      'skip with only the target gates',
      at('negotiating', 'active', LANDED),
      'landed',
      ['signingDate', 'agreedInvestment', 'agreementType'],
    ],
    [
      'skip with one skipped gate empty',
      at('negotiating', 'active', { ...ALL, landingDate: undefined }),
      'completed',
      ['landingDate'],
    ],
    ['skip with every gate filled', at('negotiating', 'active', ALL), 'completed', []],
    [
      'next stage after landed',
      at('landed', 'active', { ...INTRODUCED, ...LANDED }),
      'started',
      ['startDate'],
    ],
    [
      'started to completed',
      at('started', 'active', { ...INTRODUCED, ...LANDED, ...STARTED }),
      'completed',
      ['completionDate'],
    ],
  ] as const)('%s', (_case, project, to, missing) => {
    expect(planMove(project, to)).toEqual({ kind: 'forward', ...moveTo(to, 'active', [...missing]) });
  });
});

describe('planMove: backward, hold, resume, drop and restore', () => {
  it.each([
    [
      'backward one stage needs a reason',
      at('landed', 'active', ALL),
      'introduced',
      { kind: 'backward', ...moveTo('introduced', 'active', [], true) },
    ],
    [
      'backward several stages needs a reason',
      at('completed', 'active', ALL),
      'negotiating',
      { kind: 'backward', ...moveTo('negotiating', 'active', [], true) },
    ],
    [
      'hold keeps the stage and needs a reason',
      at('landed'),
      'on_hold',
      { kind: 'hold', ...moveTo('landed', 'on_hold', [], true) },
    ],
    [
      'resume returns to its stage without a reason',
      at('landed', 'on_hold'),
      'landed',
      { kind: 'resume', ...moveTo('landed', 'active') },
    ],
    [
      'drop needs a reason and a category',
      at('introduced'),
      'dropped',
      { kind: 'drop', ...moveTo('introduced', 'dropped', [], true, true) },
    ],
    [
      'a held project can be dropped',
      at('started', 'on_hold'),
      'dropped',
      { kind: 'drop', ...moveTo('started', 'dropped', [], true, true) },
    ],
    [
      'restore returns to its stage with a reason',
      at('landed', 'dropped'),
      'landed',
      { kind: 'restore', ...moveTo('landed', 'active', [], true) },
    ],
  ] as const)('%s', (_case, project, to, expected) => {
    expect(planMove(project, to)).toEqual(expected);
  });
});

describe('planMove refuses', () => {
  it.each([
    ['the same stage', at('introduced'), 'introduced', 'same_state'],
    ['holding a held project', at('landed', 'on_hold'), 'on_hold', 'same_state'],
    ['dropping a dropped project', at('landed', 'dropped'), 'dropped', 'same_state'],
    ['resuming a held project into another stage', at('landed', 'on_hold'), 'started', 'not_allowed'],
    ['resuming a held project into an earlier stage', at('landed', 'on_hold'), 'negotiating', 'not_allowed'],
    ['restoring a dropped project into another stage', at('introduced', 'dropped'), 'landed', 'not_allowed'],
    ['holding a dropped project', at('introduced', 'dropped'), 'on_hold', 'not_allowed'],
  ] as const)('%s', (_case, project, to, error) => {
    expect(planMove(project, to)).toMatchObject({ error });
  });
});

describe('currentState', () => {
  it.each([
    ['landed', 'active', 'landed'],
    ['landed', 'on_hold', 'on_hold'],
    ['started', 'dropped', 'dropped'],
  ] as const)('%s + %s → %s', (stage, status, state: ProjectState) => {
    expect(currentState({ stage, status })).toBe(state);
  });
});

describe('moveTargets: what the 调整阶段 menu offers', () => {
  const offered = (stage: FunnelStage, status: ProjectStatus) =>
    moveTargets({ stage, status }).map(({ to, kind }) => `${to}:${kind}`);
  it.each([
    [
      'active at 落地',
      'landed',
      'active',
      [
        'negotiating:backward',
        'introduced:backward',
        'started:forward',
        'completed:forward',
        'on_hold:hold',
        'dropped:drop',
      ],
    ],
    [
      'active at 洽谈',
      'negotiating',
      'active',
      [
        'introduced:forward',
        'landed:forward',
        'started:forward',
        'completed:forward',
        'on_hold:hold',
        'dropped:drop',
      ],
    ],
    ['held at 落地: resume or drop only', 'landed', 'on_hold', ['landed:resume', 'dropped:drop']],
    ['held at 洽谈: resume or drop only', 'negotiating', 'on_hold', ['negotiating:resume', 'dropped:drop']],
    ['dropped at 引进: restore only', 'introduced', 'dropped', ['introduced:restore']],
  ] as const)('%s', (_case, stage, status, expected) => {
    expect(offered(stage, status)).toEqual(expected);
  });
});
