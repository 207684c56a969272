import { domainZh } from '../labels/domain';

/** The labels a ledger cell may hold, per field: what a message lists when a cell is none of them. */
const choices = (labels: Record<string, string>) => Object.values(labels).join('、');

/**
 * The ledger import's row messages, in Chinese (spread into ERROR_MESSAGES_ZH): what a cell, a row or
 * an update is told. Parameters are values (a field, a stage, a row number, the cell's own text).
 */
export const LEDGER_ROW_MESSAGES_ZH = {
  /** Sheet words, not translations: the import reads these Chinese labels in any language. */
  ledgerChoices: {
    industry: choices(domainZh.industry),
    channel: choices(domainZh.channel),
    origin: choices(domainZh.origin),
    capitalType: choices(domainZh.capitalType),
    agreementType: choices(domainZh.agreementType),
    dropCategory: choices(domainZh.dropCategory),
  },
  /** Who a name in the sheet was read as. */
  ledgerPerson: { ownerA: '招商责任人', ownerB: 'B岗人员', leader: '包保领导' },
  ledgerListSeparator: '，',
  // Cells
  ledgerTooLong: '内容过长（最多 {{limit}} 字）',
  ledgerRequired: '必填',
  ledgerNameRequired: '项目名称必填',
  ledgerAmountUnreadable: '金额无法识别，请填写数字（万元），如 5000、5,000、0.5亿元',
  ledgerAmountNegative: '金额不能为负数',
  ledgerAmountTooLarge: '金额过大（超过 1 万亿元），请检查单位',
  ledgerDateUnreadable: '日期无法识别，请写成 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日',
  ledgerDateMissing: '日期不存在：{{value}}',
  ledgerCreditCodeLength: '统一社会信用代码应为18位，这里是{{length}}位',
  ledgerCreditCodeChars: '统一社会信用代码含有不允许的字符（不含 I、O、Z、S、V）',
  ledgerCreditCodeRegion: '统一社会信用代码格式不正确：第3–8位应为行政区划代码（数字）',
  ledgerCreditCodeCheck: '统一社会信用代码校验位错误（按前17位应为 {{expected}}）',
  ledgerStageUnreadable: '阶段无法识别，应为 洽谈、引进、落地、开工、建成、暂缓 或 终止',
  ledgerLabelUnreadable:
    '$t(field.{{field}})「{{value}}」无法识别，应为 $t(errors.ledgerChoices.{{field}}) 之一',
  ledgerYesNo: '应填「是」或「否」，不是「{{value}}」',
  // Rows
  ledgerOffReasonRequired: '$t(stage.{{status}})项目须填写$t(stage.{{status}})原因',
  ledgerOwnerBSameAsA: 'B岗不能与招商责任人为同一人',
  ledgerPersonAmbiguous: '有 {{n}} 位同名的$t(errors.ledgerPerson.{{who}})「{{name}}」，请改填用户名',
  ledgerPersonUnknown: '$t(errors.ledgerPerson.{{who}})「{{name}}」不是系统中的在职用户',
  ledgerLeaderUnknown: '包保领导「{{name}}」不是系统中的在职用户（包保领导）',
  ledgerOwnerUnknown: '招商责任人不存在',
  ledgerUnitInactive: '责任单位「{{name}}」已停用',
  ledgerUnitMissing: '责任单位「{{name}}」不存在（可选择自动创建）',
  ledgerDuplicateRow: '与第 {{row}} 行重复（项目名称和投资方相同）',
  ledgerDuplicateCode: '与第 {{row}} 行的统一社会信用代码相同',
  ledgerCodeOfOther: '该统一社会信用代码已用于另一个项目「{{name}}」',
  ledgerDatesOutOfOrder: '与系统中已有的阶段日期顺序不符',
  ledgerResumeSameStage: '暂缓/终止项目只能恢复到原阶段',
  ledgerKeepStageFacts: '项目当前阶段必填，不能清空',
  // Notes and what a row becomes
  ledgerEstimateFromAgreed: '总投资未填，按协议投资计',
  ledgerAgreementDefault: '协议类型未填，按投资协议导入',
  ledgerDefaultUsed: '$t(field.{{field}})未填，按默认值导入',
  ledgerUnitWillCreate: '将新建责任单位「{{name}}」',
  ledgerLeaderNotImported: '包保领导请在项目页指派（台账导入不改变包保关系）',
  ledgerTaskForceNotImported: '专班请在专班管理中调整（台账导入不改变专班）',
  ledgerFundsBelowRecord: '台账到位资金少于系统记录（{{funds}} 万元），未修改',
  ledgerExistsSkipped: '系统中已有该项目（编号 {{id}}），按选择不更新',
  ledgerUnchanged: '与系统中的项目（编号 {{id}}）一致，无需更新',
  ledgerUpdateOf: '项目编号 {{id}}：',
  ledgerFieldsChanged: '更新 {{n}} 项信息',
  ledgerStageTo: '阶段调整为$t(stage.{{stage}})',
  ledgerFundsAdded: '补登到位资金 {{amount}} 万元',
  ledgerProgressAdded: '新增进展记录',
  // The investor's contact (联系人): checked with the contact form's rules, noted as it will change.
  ledgerContactText: '最多 40 字，且不能包含改变文字方向的控制字符',
  ledgerContactPhone: '电话号码应为 5–30 位数字，可含 +、-、空格和括号',
  ledgerContactEmail: '邮箱格式不正确',
  ledgerContactAdded: '新增联系人「{{name}}」',
  ledgerContactUpdated: '更新联系人「{{name}}」',
  ledgerContactUnnamed: '未填联系人姓名，联系人信息未导入',
  // After 建成 (投产, 入统, a year's output, tax and jobs): only a completed project has them.
  ledgerYearRange: '统计年度应为 {{min}}–{{max}} 之间的年份',
  ledgerJobsUnreadable: '就业人数应为不小于 0 的整数',
  ledgerOperationsNotCompleted: '项目未建成，投产及运营数据未导入',
  ledgerResultsWithoutYear: '未填统计年度，产值、税收和就业人数未导入',
  ledgerFixedAssetsBelowRecord: '台账入统固定资产投资少于系统记录（{{sum}} 万元），未修改',
  ledgerProductionSet: '投产日期记为 {{date}}',
  ledgerFixedAssetsAdded: '补登入统固定资产投资 {{amount}} 万元',
  ledgerResultsSet: '登记 {{year}} 年产值、税收和就业',
} as const;
