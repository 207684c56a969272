import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/catalog';
import {
  type Action,
  ACTIONS,
  allows,
  can,
  lockedProjectFields,
  ownerError,
  problemMoveAction,
  REL,
  relationOf,
  rolesFor,
} from '../../shared/domain/permissions';

const none = 0;
const { ownerA, ownerB, member, leader, assignee } = REL;

describe('allows(role, action, relation): the permission table, one case per line', () => {
  it.each<[Role, number, Action, boolean]>([
    // An officer writes the projects they own (A or B) or whose task force they are in.
    ['staff', ownerA, 'project.edit', true],
    ['staff', ownerB, 'project.edit', true],
    ['staff', member, 'project.edit', true],
    ['staff', none, 'project.edit', false],
    ['staff', member, 'project.move', true],
    ['staff', none, 'project.move', false],
    ['staff', ownerB, 'project.changeAmounts', true],
    ['staff', member, 'funds.add', true],
    ['staff', none, 'funds.add', false],
    ['staff', ownerA, 'followUp.add', true],
    ['staff', none, 'followUp.add', false],
    ['staff', member, 'schedule.write', true],
    ['staff', none, 'schedule.write', false],
    ['staff', ownerB, 'import.update', true],
    ['staff', none, 'import.update', false],
    ['staff', none, 'project.create', true],
    // Owner changes: owner A hands a project over; B, members and strangers never take one.
    ['staff', ownerA, 'project.changeOwner', true],
    ['staff', ownerB, 'project.changeOwner', false],
    ['staff', member, 'project.changeOwner', false],
    ['staff', none, 'project.changeOwner', false],
    // Problems: raise and work on projects they write; the problem's own owner works on it; never close.
    ['staff', ownerA, 'problem.raise', true],
    ['staff', none, 'problem.raise', false],
    ['staff', member, 'problem.work', true],
    ['staff', assignee, 'problem.work', true],
    ['staff', none, 'problem.work', false],
    ['staff', ownerA, 'problem.close', false],
    // Chase-up orders and instructions: leaders' tools; officers close orders naming them, reply as A/B.
    ['staff', ownerA, 'chaseUp.issue', false],
    ['staff', assignee, 'chaseUp.close', true],
    ['staff', ownerA, 'chaseUp.close', false],
    ['staff', ownerB, 'instruction.reply', true],
    ['staff', member, 'instruction.reply', false],
    ['staff', ownerA, 'instruction.create', false],
    ['staff', ownerA, 'leader.assignCo', false],
    ['staff', ownerA, 'taskForce.set', false],
    // A leader, on the projects they lead (primary, co, or as task-force lead).
    ['leader', leader, 'instruction.create', true],
    ['leader', none, 'instruction.create', false],
    ['leader', leader, 'problem.close', true],
    ['leader', none, 'problem.close', false],
    ['leader', leader, 'problem.raise', true],
    ['leader', leader, 'chaseUp.issue', true],
    ['leader', none, 'chaseUp.issue', false],
    ['leader', leader, 'chaseUp.close', true],
    ['leader', assignee, 'chaseUp.close', true],
    ['leader', none, 'chaseUp.close', false],
    ['leader', leader, 'leader.assignCo', true],
    ['leader', leader, 'leader.assignPrimary', false],
    ['leader', leader, 'taskForce.set', true],
    ['leader', none, 'taskForce.set', false],
    ['leader', leader, 'schedule.write', true],
    ['leader', none, 'schedule.write', false],
    ['leader', leader, 'followUp.add', true],
    ['leader', leader, 'project.edit', true],
    ['leader', leader, 'project.move', true],
    ['leader', none, 'project.move', false],
    // …and never owners or amounts (decision 080).
    ['leader', leader, 'project.changeOwner', false],
    ['leader', leader, 'project.changeAmounts', false],
    ['leader', leader, 'funds.add', false],
    ['leader', leader, 'import.update', false],
    ['leader', leader, 'instruction.reply', false],
    ['leader', none, 'project.create', true],
    // A viewer reads; an admin does everything but author a leader's 批示 (decision 081).
    ['viewer', ownerA | leader, 'followUp.add', false],
    ['viewer', none, 'project.create', false],
    ['admin', none, 'project.changeOwner', true],
    ['admin', none, 'problem.close', true],
    ['admin', none, 'leader.assignPrimary', true],
    ['admin', none, 'import.update', true],
    ['admin', none, 'instruction.create', false],
    ['admin', none, 'office.manage', true],
    ['leader', leader, 'office.manage', false],
    ['staff', ownerA, 'office.manage', false],
  ])('%s with relation %i: %s → %s', (role, relation, action, expected) => {
    expect(allows(role, action, relation)).toBe(expected);
  });

  it('every action is decided for every role', () => {
    for (const action of ACTIONS)
      for (const role of ['admin', 'leader', 'staff', 'viewer'] as const)
        expect(typeof allows(role, action, 31)).toBe('boolean');
  });
});

describe('relationOf: what a person is to a project', () => {
  const facts = {
    ownerAId: 1,
    ownerBId: 2,
    memberIds: [3],
    leaderIds: [4],
    taskForceLeadIds: [5],
    assigneeId: 6,
  };
  it.each<[number, number]>([
    [1, ownerA],
    [2, ownerB],
    [3, member],
    [4, leader],
    [5, leader],
    [6, assignee],
    [7, none],
  ])('user %i → %i', (id, rel) => expect(relationOf(id, facts)).toBe(rel));

  it('can() asks the table with those facts', () => {
    expect(can({ id: 5, role: 'leader' }, 'problem.close', facts)).toBe(true);
    expect(can({ id: 4, role: 'staff' }, 'project.edit', facts)).toBe(false);
    expect(can({ id: 1, role: 'staff' }, 'project.edit', null)).toBe(false);
  });
});

describe('rolesFor: the role gate in front of the object check', () => {
  it.each<[Action, Role[]]>([
    ['project.changeOwner', ['admin', 'staff']],
    ['funds.add', ['admin', 'staff']],
    ['chaseUp.issue', ['admin', 'leader']],
    ['chaseUp.close', ['admin', 'leader', 'staff']],
    ['instruction.create', ['leader']],
    ['leader.assignPrimary', ['admin']],
    ['import.update', ['admin', 'staff']],
    ['project.create', ['admin', 'leader', 'staff']],
  ])('%s → %o', (action, roles) => expect(rolesFor(action)).toEqual(roles));
});

describe('problemMoveAction and ownerError', () => {
  it.each<[string, string, Action]>([
    ['resolved', 'closed', 'problem.close'],
    ['closed', 'in_progress', 'problem.close'],
    ['open', 'resolved', 'problem.work'],
    ['resolved', 'in_progress', 'problem.work'],
  ])('%s → %s needs %s', (from, to, action) => expect(problemMoveAction(from, to)).toBe(action));

  it.each<[Role, boolean, string | null]>([
    ['staff', true, null],
    ['staff', false, 'personInactive'],
    ['leader', true, 'ownerNotOfficer'],
    ['viewer', true, 'ownerNotOfficer'],
    ['admin', true, 'ownerNotOfficer'],
  ])('owner of role %s (active %s): %s', (role, active, error) =>
    expect(ownerError({ role, active })).toBe(error),
  );
});

describe('lockedProjectFields: what the edit form shows disabled, and why', () => {
  const owners: Record<string, Action> = { ownerAId: 'project.changeOwner', ownerBId: 'project.changeOwner' };
  const amounts: Record<string, Action> = {
    estimatedInvestment: 'project.changeAmounts',
    agreedInvestment: 'project.changeAmounts',
  };
  it.each<[Role, number, Record<string, Action>]>([
    ['admin', none, {}],
    ['staff', ownerA, {}],
    ['staff', ownerB, owners],
    ['staff', member, owners],
    ['leader', leader, { ...owners, ...amounts }],
    ['viewer', none, { ...owners, ...amounts }],
  ])('%s with relation %i', (role, relation, locked) =>
    expect(lockedProjectFields(role, relation)).toEqual(locked),
  );
});
