import type { Role } from './catalog';

/**
 * Who may do what to which project (domain.md "Who may do what", issue 12), written once and asked by
 * every path: the procedure middleware, the file routes, bulk actions, the import and the client.
 *
 * A person's standing on one project is a small set of relations (a bit mask, so the board can carry
 * it per card); `allows(role, action, relation)` is the whole rule, `can(user, action, target)` the
 * same rule asked with the project's facts.
 */
export const REL = {
  /** 招商责任人 (A岗). */
  ownerA: 1,
  /** B岗. */
  ownerB: 2,
  /** A member of one of the project's task forces (专班成员). */
  member: 4,
  /** Leads it: open primary or co-leader (主包/协包), or lead leader of one of its task forces. */
  leader: 8,
  /** Named on the object itself: the person a chase-up order or a problem is assigned to. */
  assignee: 16,
} as const;
export type Relation = number;

export const ACTIONS = [
  'project.create',
  'project.edit',
  'project.changeAmounts',
  'project.changeOwner',
  'project.move',
  'followUp.add',
  'funds.add',
  /** After 建成: 投产 date, fixed-asset investment counted, annual output, tax and jobs. */
  'operations.record',
  'problem.raise',
  'problem.work',
  'problem.close',
  'schedule.write',
  'chaseUp.issue',
  'chaseUp.close',
  'instruction.create',
  'instruction.reply',
  'leader.assignPrimary',
  'leader.assignCo',
  'taskForce.set',
  'import.update',
  /** 佐证材料: upload (or replace) a file on the project, withdraw one (kept for the record). */
  'documents.upload',
  'documents.withdraw',
  /** The office's own administration: accounts, audit, units and task forces, templates, targets, sealing a week. */
  'office.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const WRITER = REL.ownerA | REL.ownerB | REL.member;
const ANYONE = -1; // any relation, also none (project.create has no project yet)
const NONE = 0;

/**
 * Per role, the relations (any one of them suffices) that allow an action. An admin may do everything
 * except author a leader's 批示 (decision 081); a viewer nothing.
 */
const RULES: Record<'staff' | 'leader', Record<Action, number>> = {
  staff: {
    'project.create': ANYONE,
    'project.edit': WRITER,
    'project.changeAmounts': WRITER,
    'project.changeOwner': REL.ownerA,
    'project.move': WRITER,
    'followUp.add': WRITER,
    'funds.add': WRITER,
    'operations.record': WRITER,
    'problem.raise': WRITER,
    'problem.work': WRITER | REL.assignee,
    'problem.close': NONE,
    'schedule.write': WRITER,
    'chaseUp.issue': NONE,
    'chaseUp.close': REL.assignee,
    'instruction.create': NONE,
    'instruction.reply': REL.ownerA | REL.ownerB,
    'leader.assignPrimary': NONE,
    'leader.assignCo': NONE,
    'taskForce.set': NONE,
    'import.update': WRITER,
    'documents.upload': WRITER,
    'documents.withdraw': WRITER,
    'office.manage': NONE,
  },
  leader: {
    'project.create': ANYONE,
    'project.edit': REL.leader,
    'project.changeAmounts': NONE,
    'project.changeOwner': NONE,
    'project.move': REL.leader,
    'followUp.add': REL.leader,
    'funds.add': NONE,
    'operations.record': NONE,
    'problem.raise': REL.leader,
    'problem.work': REL.leader | REL.assignee,
    'problem.close': REL.leader,
    'schedule.write': REL.leader,
    'chaseUp.issue': REL.leader,
    'chaseUp.close': REL.leader | REL.assignee,
    'instruction.create': REL.leader,
    'instruction.reply': NONE,
    'leader.assignPrimary': NONE,
    'leader.assignCo': REL.leader,
    'taskForce.set': REL.leader,
    'import.update': NONE,
    'documents.upload': REL.leader,
    'documents.withdraw': REL.leader,
    'office.manage': NONE,
  },
};

/** The whole rule: may a person of `role`, standing in `relation` to the project, do `action`? */
export function allows(role: Role, action: Action, relation: Relation): boolean {
  if (role === 'admin') return action !== 'instruction.create';
  if (role === 'viewer') return false;
  const needed = RULES[role][action];
  return needed === ANYONE || (needed & relation) !== 0;
}

/** The roles that may do `action` on at least some project: the role gate in front of the object check. */
export function rolesFor(action: Action): Role[] {
  const roles: Role[] = [];
  if (allows('admin', action, 0)) roles.push('admin');
  for (const role of ['leader', 'staff'] as const) if (RULES[role][action] !== NONE) roles.push(role);
  return roles;
}

/** The facts of one project (and of the object on it) that decide a person's relation to it. */
export interface ProjectFacts {
  ownerAId: number | null;
  ownerBId: number | null;
  /** Members of the project's current task forces. */
  memberIds: readonly number[];
  /** Open primary and co-leaders. */
  leaderIds: readonly number[];
  /** Lead leaders of the project's current task forces. */
  taskForceLeadIds: readonly number[];
  /** The person the object (chase-up order, problem) is assigned to, if any. */
  assigneeId?: number | null;
}

export function relationOf(userId: number, facts: ProjectFacts): Relation {
  let rel = 0;
  if (facts.ownerAId === userId) rel |= REL.ownerA;
  if (facts.ownerBId === userId) rel |= REL.ownerB;
  if (facts.memberIds.includes(userId)) rel |= REL.member;
  if (facts.leaderIds.includes(userId) || facts.taskForceLeadIds.includes(userId)) rel |= REL.leader;
  if (facts.assigneeId != null && facts.assigneeId === userId) rel |= REL.assignee;
  return rel;
}

export interface Actor {
  id: number;
  role: Role;
}

/** `allows`, asked with the facts of the project: the form the server uses. */
export function can(user: Actor, action: Action, target: ProjectFacts | null): boolean {
  return allows(user.role, action, target ? relationOf(user.id, target) : 0);
}

/** The key of an action in the message catalogue (errors.action.*): i18next keys cannot hold dots. */
export function actionKey(action: Action): ActionKey {
  return action.replace('.', '_') as ActionKey;
}
export type ActionKey = Action extends `${infer A}.${infer B}` ? `${A}_${B}` : never;

/** The action a problem's status change needs: anything touching 已销号 is a closing. */
export function problemMoveAction(from: string, to: string): Action {
  return from === 'closed' || to === 'closed' ? 'problem.close' : 'problem.work';
}

/** Owner A and B are active officers (staff accounts): the message code when `person` may not be one. */
export function ownerError(
  person: { role: Role; active: boolean } | undefined,
): 'personInactive' | 'ownerNotOfficer' | null {
  if (!person?.active) return 'personInactive';
  if (person.role !== 'staff') return 'ownerNotOfficer';
  return null;
}

/** Project fields that need more than `project.edit`: the action each one needs. */
const FIELD_ACTIONS = {
  ownerAId: 'project.changeOwner',
  ownerBId: 'project.changeOwner',
  estimatedInvestment: 'project.changeAmounts',
  agreedInvestment: 'project.changeAmounts',
} as const satisfies Record<string, Action>;

/**
 * The fields of a project's edit form the person may not change, each with the action they lack (its
 * message says who may): a leader changes neither owners nor amounts, an officer who is not owner A does
 * not hand the project over (decision 080, 083). The form shows them disabled with that reason.
 */
export function lockedProjectFields(role: Role, relation: Relation): Partial<Record<string, Action>> {
  const locked: Partial<Record<string, Action>> = {};
  for (const [field, action] of Object.entries(FIELD_ACTIONS))
    if (!allows(role, action, relation)) locked[field] = action;
  return locked;
}
