import type { MoveKind } from './transitions';

/**
 * Every action the audit log records. `audit()` accepts only these, and each UI catalogue must name
 * every one (its type is a record over them), so a new action cannot reach the log without a label.
 */
export const AUDIT_ACTIONS = [
  'access.denied',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'chain.activate',
  'chain.create',
  'chain.deactivate',
  'chain.update',
  'chaseUp.close',
  'chaseUp.issue',
  'contact.add',
  'contact.remove',
  'contact.update',
  'document.kinds',
  'document.supersede',
  'document.upload',
  'document.withdraw',
  'followUp.add',
  'funds.add',
  'instruction.create',
  'instruction.reply',
  'leader.assign',
  'leader.end',
  'leader.title',
  'ledger.import',
  'ledger.import.failed',
  'ledger.import.start',
  'milestone.actual',
  'milestone.syncStage',
  'notification.read',
  'notification.remind',
  'operations.annual',
  'operations.fixedAsset',
  'operations.production',
  'problem.create',
  'problem.escalate',
  'problem.move',
  'project.create',
  'project.import',
  'project.import.update',
  'project.move.backward',
  'project.move.drop',
  'project.move.forward',
  'project.move.hold',
  'project.move.restore',
  'project.move.resume',
  'project.update',
  'review.campaign',
  'review.reopen',
  'review.seal',
  'schedule.create',
  'schedule.update',
  'settings.update',
  'target.create',
  'target.deactivate',
  'target.update',
  'taskForce.activate',
  'taskForce.assign',
  'taskForce.create',
  'taskForce.deactivate',
  'taskForce.update',
  'template.active',
  'template.create',
  'template.update',
  'unit.activate',
  'unit.create',
  'unit.deactivate',
  'unit.rename',
  'user.activate',
  'user.changePassword',
  'user.changePassword_failed',
  'user.create',
  'user.deactivate',
  'user.renameDuplicate',
  'user.resetPassword',
  'user.setLargeText',
  'user.update',
] as const satisfies readonly string[];

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The audit action of a move of the given kind. */
export const moveAction = (kind: MoveKind) => `project.move.${kind}` as const satisfies AuditAction;

/** An action as a catalogue key: dots are the catalogue's path separator, so they become underscores. */
export type AuditActionKey<S extends string = AuditAction> = S extends `${infer A}.${infer B}`
  ? `${A}_${AuditActionKey<B>}`
  : S;
export const auditActionKey = (action: string) => action.replaceAll('.', '_');

/** How each field found in an audit row's changes reads: the kind of value it holds. */
export type AuditValueKind =
  | 'money'
  | 'user'
  | 'users'
  | 'unit'
  | 'instant'
  | 'boolean'
  | 'stage'
  | 'industry'
  | 'industries'
  | 'channel'
  | 'origin'
  | 'capitalType'
  | 'agreementType'
  | 'dropCategory'
  | 'followUpKind'
  | 'role'
  | 'status'
  | 'list';

const KINDS: Record<string, AuditValueKind> = {
  estimatedInvestment: 'money',
  agreedInvestment: 'money',
  amount: 'money',
  activeAmount: 'money',
  ownerAId: 'user',
  ownerBId: 'user',
  ownerId: 'user',
  leaderId: 'user',
  chainLeaderId: 'user',
  leadLeaderId: 'user',
  escalatedTo: 'user',
  assigneeId: 'user',
  userId: 'user',
  memberIds: 'users',
  unitId: 'unit',
  isKey: 'boolean',
  isBond: 'boolean',
  isFirstStore: 'boolean',
  isPrimary: 'boolean',
  active: 'boolean',
  ended: 'boolean',
  mustChangePassword: 'boolean',
  stage: 'stage',
  industry: 'industry',
  industries: 'industries',
  channel: 'channel',
  origin: 'origin',
  capitalType: 'capitalType',
  agreementType: 'agreementType',
  dropCategory: 'dropCategory',
  // The one field named `kind` the trail records: a follow-up's (走访, 电话…).
  kind: 'followUpKind',
  role: 'role',
  status: 'status',
  milestones: 'list',
  steps: 'list',
};

/** The kind of a changed field's value; fields named `…At` hold instants (ms since the epoch). */
export function auditValueKind(field: string): AuditValueKind | 'text' {
  return KINDS[field] ?? (/[a-z]At$/.test(field) ? 'instant' : 'text');
}
