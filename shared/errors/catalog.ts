import { LEDGER_FILE_MESSAGES_ZH } from './ledger-files';
import { LEDGER_ROW_MESSAGES_ZH } from './ledger-rows';

/**
 * The server's messages, in Chinese (the default): a code and its template. The server sends
 * `{ code, params }` beside the rendered Chinese text; the client renders the code in the chosen language
 * (client/i18n holds this catalogue under `errors`, and its English twin). `{{x}}` is a parameter;
 * `$t(ns.key)` names another catalogue entry (an entity here; a field or a stage in shared/labels), as
 * i18next nesting does.
 */
export const ERROR_ENTITIES_ZH = {
  project: '项目',
  user: '用户',
  target: '目标',
  record: '记录',
  problem: '问题',
  instruction: '批示',
  schedule: '工期计划',
  milestone: '里程碑',
  template: '模板',
  leader: '包保领导',
  assignment: '包保记录',
  unit: '单位',
  taskForce: '专班',
  chain: '产业链',
  chaseUp: '督办单',
  settings: '设置',
  contact: '联系人',
  document: '材料',
  documentKind: '材料类别',
} as const;

/** What a refusal by the permission model says is missing, per action (shared/domain/permissions.ts actionKey). */
export const ACTION_REQUIREMENTS_ZH = {
  project_create: '新建项目需要招商专员、包保领导或管理员账号',
  project_edit: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以修改项目',
  project_changeAmounts: '只有该项目的招商责任人（A/B岗）、专班成员或管理员可以修改投资额',
  project_changeOwner: '只有管理员或该项目的招商责任人（A岗）可以变更责任人',
  project_move: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以调整阶段',
  followUp_add: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以记录跟进',
  funds_add: '只有该项目的招商责任人（A/B岗）、专班成员或管理员可以登记到位资金',
  operations_record: '只有该项目的招商责任人（A/B岗）、专班成员或管理员可以登记投产运营情况',
  problem_raise: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以提出问题',
  problem_work: '只有该项目的招商责任人（A/B岗）、专班成员、问题责任人、包保领导或管理员可以办理问题',
  problem_close: '只有该项目的包保领导或管理员可以销号或撤销销号',
  schedule_write: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以修改工期',
  chaseUp_issue: '只有该项目的包保领导或管理员可以下发督办单',
  chaseUp_close: '只有督办责任人、该项目的包保领导或管理员可以办结督办单',
  instruction_create: '只有该项目的包保领导可以作出批示',
  instruction_reply: '只有该项目的招商责任人（A/B岗）或管理员可以回复批示',
  leader_assignPrimary: '只有管理员可以指定或解除主包领导',
  leader_assignCo: '只有管理员或该项目的包保领导可以指定或解除协包领导',
  taskForce_set: '只有管理员或该项目的包保领导可以调整项目专班',
  import_update: '无权更新该项目',
  documents_upload: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以上传材料',
  documents_withdraw: '只有该项目的招商责任人（A/B岗）、专班成员、包保领导或管理员可以撤回材料',
  office_manage: '只有管理员可以执行此操作',
} as const;

export const ERROR_MESSAGES_ZH = {
  entity: ERROR_ENTITIES_ZH,
  action: ACTION_REQUIREMENTS_ZH,
  // Generic
  notFound: '$t(errors.entity.{{what}})不存在',
  conflict: '该$t(errors.entity.{{what}})已被他人修改，请刷新后重试',
  invalidInput: '输入有误',
  internal: '服务器内部错误',
  dateInFuture: '日期不能晚于今天',
  dateBeforeToday: '日期不能早于今天',
  requiredForStage: '进入该阶段必填',
  requiredAtStage: '当前阶段必填',
  dateOrder: '$t(field.{{field}})不能早于$t(field.{{after}})',
  reasonRequired: '请填写原因',
  // Sign-in and permissions
  signInFirst: '请先登录',
  wrongCredentials: '用户名或密码错误',
  loginThrottled: '登录尝试过于频繁，请 {{minutes}} 分钟后再试',
  passwordCommon: '这个密码太常见（在常用或泄露密码名单中），请换一个',
  passwordHasUsername: '密码不能包含用户名',
  passwordRepeated: '密码不能由同一个字符重复组成',
  changeTemporaryPassword: '请先修改管理员设置的临时密码',
  roleForbidden: '您的角色无权执行此操作',
  actionForbidden: '$t(errors.action.{{action}})',
  bulkForbidden: '$t(errors.action.{{action}})；您无权操作其中 {{count}} 个项目：{{names}}，未做任何修改',
  bulkForbiddenMore:
    '$t(errors.action.{{action}})；您无权操作其中 {{count}} 个项目：{{names}} 等，未做任何修改',
  importRowsForbidden: '无权更新该项目：第 {{rows}} 行更新的项目不是您负责的，未导入任何数据',
  importRowsForbiddenMore: '无权更新该项目：第 {{rows}} 等行更新的项目不是您负责的，未导入任何数据',
  ownerNotOfficer: '招商责任人须为在职的招商专员',
  // People and units
  personInactive: '所选人员不存在或已停用',
  unitInactive: '所选单位不存在或已停用',
  leaderInactive: '请选择在职的包保领导',
  officerInactive: '请选择在职的招商专员',
  usernameTaken: '该用户名已被使用（用户名不区分大小写）',
  keepOwnAdmin: '不能取消自己的管理员角色',
  deactivateSelf: '不能停用自己的账号',
  wrongCurrentPassword: '当前密码不正确',
  // Projects
  ownerBSameAsA: 'B岗不能与A岗为同一人',
  creditCodeTaken: '该统一社会信用代码已用于项目「{{name}}」',
  dropCategoryRequired: '请选择终止原因类别',
  nextDateBeforeDate: '下一步日期不能早于跟进日期',
  alreadyInStage: '项目已处于该阶段',
  primaryContactNeeded: '请先将另一位联系人设为主要联系人',
  holdActiveOnly: '只有推进中的项目可以暂缓',
  unknownStage: '未知阶段',
  resumeToSameStage: '暂缓项目只能恢复到原阶段',
  restoreToSameStage: '终止项目只能恢复到原阶段',
  // Leaders, task forces, chains
  leadersChanged: '该项目的包保领导已被他人调整，请刷新后重试',
  alreadyPrimary: '该领导已是本项目的主包领导',
  assignmentEnded: '该包保已结束，请刷新后查看',
  taskForceInactive: '请选择启用中的专班',
  nameTaken: '该名称已被使用',
  membersInactive: '成员中有不存在或已停用的人员',
  ownDeskOnly: '包保领导只能查看自己的工作台',
  // Instructions and problems
  replyByPast: '回复期限不能早于今天',
  instructionChanged: '该批示已被回复或修改，请刷新后查看',
  problemUnitInactive: '请选择启用中的责任单位',
  dueBeforeRaised: '办结期限不能早于提出日期',
  problemClosed: '已解决或已销号的问题无需上报',
  noPrimaryLeader: '该项目尚未落实主包领导，无法上报',
  alreadyEscalated: '该问题已上报给主包领导',
  problemSameStatus: '问题已处于该状态',
  problemMoveNotAllowed: '不能从当前状态改为该状态',
  reopenNeedsReason: '重新打开问题须说明原因',
  resolutionRequired: '请填写办理结果',
  // Schedules, templates, chase-ups
  templateInactive: '模板不存在或已停用',
  templateNameTaken: '已有同名模板',
  oneStepPerStage: '同一漏斗阶段只能关联一个步骤',
  milestoneOutOfOrder: '「{{name}}」的计划日期早于上一个里程碑，请按顺序排列',
  milestoneAfterTarget: '「{{name}}」的计划日期晚于目标日期',
  milestoneActualInFuture: '「{{name}}」的实际日期不能晚于今天',
  oneMilestonePerStage: '只能有一个里程碑关联「$t(stage.{{stage}})」阶段',
  milestoneFollowsMove:
    '「{{name}}」对应「$t(stage.{{stage}})」阶段：请将项目推进到$t(stage.{{stage}})，实际日期随之记录',
  milestoneDateFromProject:
    '「{{name}}」的实际日期取自项目的$t(stage.{{stage}})日期（{{date}}），请在项目资料中修改',
  milestoneNotInSchedule: '里程碑不属于该工期计划，请刷新后重试',
  actualDateInFuture: '实际日期不能晚于今天',
  projectDroppedNoSchedule: '项目已终止，不能编排工期',
  notMajorNeedsReason: '该项目投资额不足 5,000 万元（非重大项目），编排工期须说明原因',
  targetDatePast: '目标日期不能早于今天',
  scheduleExists: '该项目已编排工期，请刷新后修改',
  yellowFromRange: '黄灯起点须在 0–100 之间',
  redAboveRange: '红灯界限须不小于黄灯起点且不超过 100',
  noSchedule: '该项目尚未编排工期',
  notCompleted: '项目建成后才能登记投产运营情况',
  yearAhead: '年度不能晚于今年',
  milestoneNotInProject: '里程碑不属于该项目',
  overdueMilestoneOnly: '只能对逾期的里程碑下发督办单',
  redProjectOnly: '只能对红灯项目下发督办单',
  chaseUpClosed: '该督办单已办结',
  dueDatePast: '办理期限不能早于今天',
  yellowDatePast: '升黄日期不能早于今天',
  redNotAfterYellow: '升红日期须晚于升黄日期',
  // Review and ledger
  weekFormat: '周次格式应为 YYYY-Www，例如 2026-W48',
  weekNotStarted: '不能查看尚未开始的周',
  periodNotStarted: '不能查看尚未开始的报告期',
  periodFormat: '报告期格式应为 YYYY-MM（月）或 YYYY-Qn（季度），例如 2026-11、2026-Q4',
  weekNotClosed: '本周尚未结束，不能定稿',
  weekSealed: '该周已定稿',
  weekNotSealed: '该周尚未定稿',
  sheetMissing: '工作表不存在',
  uploadExpired: '上传的文件已过期，请重新上传',
  alreadyImported: '这个文件已经导入过了；如需再次导入，请重新上传',
  rowsWithErrors: '有 {{count}} 行存在错误（第 {{rows}} 行），未导入任何数据。请修正后再导入',
  rowsWithErrorsMore: '有 {{count}} 行存在错误（第 {{rows}} 等行），未导入任何数据。请修正后再导入',
  importRunning: '这个文件正在导入，请稍候',
  importFailed: '导入失败，未写入任何数据（{{reason}}）。可修正后重新导入',
  importFailedAt: '导入失败，未写入任何数据（第 {{row}} 行：{{reason}}）。可修正后重新导入',
  // Documents (佐证材料)
  documentEmpty: '「{{name}}」是空文件，未保存',
  documentTooLarge: '「{{name}}」超过 {{mb}} MB，未保存',
  documentQuota: '该项目的材料已达 {{mb}} MB 上限，「{{name}}」未保存',
  documentTypeRefused:
    '「{{name}}」的类型不在允许之列（按内容识别为 {{type}}）：只接受 PDF、JPEG、PNG、WebP 和 Office 文档，未保存',
  documentCorrupt: '「{{name}}」不完整或已损坏（{{type}}），未保存。请重新扫描或导出后再上传',
  documentKindInactive: '请选择有效的材料类别',
  documentEnded: '该材料已被替换或撤回，请刷新后查看',
  documentTargetMismatch: '所附对象不属于该项目',
  documentSupersedeTarget: '替换的材料须属于同一项目和同一对象',
  documentsMissing: '进入「$t(stage.{{stage}})」须先上传：{{kinds}}',
  ...LEDGER_ROW_MESSAGES_ZH,
  ...LEDGER_FILE_MESSAGES_ZH,
} as const;

type Catalog = typeof ERROR_MESSAGES_ZH;
export type ErrorCode = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
export type ErrorEntity = keyof typeof ERROR_ENTITIES_ZH;

/** The `{{name}}` parameters a template needs, read from the template's own text. */
type ParamNames<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;
export type ErrorParams<C extends ErrorCode> = Record<ParamNames<Catalog[C]>, string | number>;

/** A message as the server sends it: what the client renders in its language. */
export interface AppMessage {
  code: ErrorCode;
  params?: Record<string, string | number>;
}

/** `params` is required exactly when the template has `{{…}}` parameters. */
export type ParamArgs<C extends ErrorCode> = keyof ErrorParams<C> extends never
  ? []
  : [params: ErrorParams<C>];

/** A message with its parameters, checked against its template. */
export function appMessage<C extends ErrorCode>(code: C, ...args: ParamArgs<C>): AppMessage {
  const params = args[0] as Record<string, string | number> | undefined;
  return params ? { code, params } : { code };
}
