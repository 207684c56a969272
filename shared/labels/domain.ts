/**
 * The Chinese names of the domain's codes: stages, industries, channels and the rest. The one source
 * for the server's sheets and messages and for the client's Chinese catalogue (client/i18n/zh-CN.ts).
 */
export const domainZh = {
  stage: {
    negotiating: '洽谈',
    introduced: '引进',
    landed: '落地',
    started: '开工',
    completed: '建成',
    on_hold: '暂缓',
    dropped: '终止',
  },
  industry: {
    finance: '金融',
    commerce: '商贸',
    digital: '数字',
    scitech: '科创',
    business_services: '商务服务',
    culture_tourism: '文旅',
    education_health: '教育健康',
    construction_realestate: '建筑和房地产',
  },
  channel: {
    industry_chain: '产业链招商',
    by_business: '以商招商',
    agency: '中介招商',
    building: '楼宇招商',
    all_staff: '全员招商',
    professional: '专业招商',
    other: '其他',
  },
  origin: { district: '区内', city: '市内', province: '省内', out_of_province: '省外', overseas: '境外' },
  capitalType: { domestic: '内资', foreign: '外资', hmt: '港澳台资' },
  agreementType: { framework: '框架协议', investment: '投资协议' },
  followUpKind: {
    visit: '走访',
    reception: '来访',
    phone: '电话',
    meeting: '会议',
    signing: '签约仪式',
    other: '其他',
  },
  dropCategory: {
    funding: '资金',
    policy: '政策',
    site: '选址',
    competition: '竞争地区',
    strategy: '企业战略调整',
    other: '其他',
  },
  field: {
    name: '项目名称',
    investor: '投资方',
    industry: '行业',
    channel: '招商方式',
    origin: '投资方来源',
    capitalType: '资本类型',
    estimatedInvestment: '预计总投资（万元）',
    agreedInvestment: '协议投资（万元）',
    agreementType: '协议类型',
    signingDate: '签约日期',
    registeredEntity: '注册主体名称',
    creditCode: '统一社会信用代码',
    location: '落位地点（楼宇/地块）',
    landingDate: '落地日期',
    startDate: '开工日期',
    completionDate: '建成日期',
    ownerAId: '招商责任人（A岗）',
    ownerBId: 'B岗',
    unitId: '责任单位',
    isKey: '重点项目',
    isBond: '专项债项目',
    isFirstStore: '首店',
    description: '项目简介',
    note: '原因/说明',
    dropCategory: '终止原因类别',
  },
} as const;

/** The first entry of a project's stage history, before it had a stage to leave. */
export const createdEventZh = '新建';

/** The schedule lights (挂图作战), for the overview sheet and the client's catalogue. */
export const lightZh = { red: '红灯', yellow: '黄灯', green: '绿灯', none: '未编排工期' } as const;

/** A milestone's status, for the overview sheet's legend and the client's catalogue. */
export const milestoneStatusZh = {
  done_on_time: '按期完成',
  done_late: '滞后完成',
  due_soon: '7日内到期',
  overdue: '逾期',
  upcoming: '未到期',
} as const;
