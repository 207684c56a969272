/**
 * The ledger's columns: what the export writes (in this order) and what the import recognises.
 * `header` is the export's heading; `aliases` are the other headings offices use for the same column.
 */
export const LEDGER_FIELDS = [
  'seq',
  'name',
  'investor',
  'industry',
  'channel',
  'estimatedInvestment',
  'agreedInvestment',
  'fundsInPlace',
  'stage',
  'signingDate',
  'landingDate',
  'startDate',
  'completionDate',
  'leader',
  'ownerA',
  'ownerB',
  'unit',
  'taskForce',
  'latestProgress',
  'nextStep',
  'agreementType',
  'registeredEntity',
  'creditCode',
  'location',
  'origin',
  'capitalType',
  'isKey',
  'isBond',
  'isFirstStore',
  'major',
  'offReason',
  'dropCategory',
  'description',
  'createdDate',
  'contactName',
  'contactTitle',
  'contactPhone',
  'contactEmail',
  'productionDate',
  'fixedAssets',
  'resultYear',
  'output',
  'tax',
  'jobs',
  'documents',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export type ColumnKind = 'text' | 'amount' | 'date' | 'flag' | 'int';

export interface LedgerColumn {
  header: string;
  aliases: string[];
  kind: ColumnKind;
  /** Excel column width in characters. */
  width: number;
  /** Written by the export only (序号, 重大项目 are derived): never imported. */
  exportOnly?: boolean;
  /**
   * Matched by its exact header or aliases only, never inside a longer header: "预计年产值" is a plan,
   * not the year's 产值 a completed project reports.
   */
  exactOnly?: boolean;
}

export const LEDGER_COLUMNS: Record<LedgerField, LedgerColumn> = {
  seq: { header: '序号', aliases: ['编号', '序', 'NO', 'NO.'], kind: 'int', width: 6, exportOnly: true },
  name: { header: '项目名称', aliases: ['项目名', '名称', '项目', '项目全称'], kind: 'text', width: 30 },
  investor: {
    header: '投资方',
    aliases: ['投资主体', '投资企业', '投资人', '投资方名称', '投资单位', '签约企业', '投资方企业', '投资商'],
    kind: 'text',
    width: 26,
  },
  industry: {
    header: '行业',
    aliases: ['所属行业', '产业', '行业类别', '产业类别', '所属产业', '行业分类', '产业分类'],
    kind: 'text',
    width: 12,
  },
  channel: {
    header: '招商方式',
    aliases: ['招商渠道', '渠道', '引进方式', '招商类型'],
    kind: 'text',
    width: 12,
  },
  estimatedInvestment: {
    header: '总投资(万元)',
    aliases: [
      '总投资',
      '计划总投资',
      '总投资额',
      '预计总投资',
      '项目总投资',
      '投资总额',
      '估算总投资',
      '拟投资额',
      '计划投资',
    ],
    kind: 'amount',
    width: 14,
  },
  agreedInvestment: {
    header: '协议投资(万元)',
    aliases: [
      '协议投资',
      '协议投资额',
      '签约投资',
      '签约投资额',
      '签约额',
      '协议金额',
      '合同投资额',
      '签约金额',
    ],
    kind: 'amount',
    width: 14,
  },
  fundsInPlace: {
    header: '到位资金(万元)',
    aliases: ['到位资金', '实际到位资金', '累计到位资金', '到资', '到位资金额', '累计到资', '已到位资金'],
    kind: 'amount',
    width: 14,
  },
  fixedAssets: {
    header: '入统固定资产投资(万元)',
    aliases: [
      '入统固定资产投资',
      '固定资产投资入统',
      '累计入统固定资产投资',
      '入统固投',
      '固投入统',
      '入统金额',
    ],
    kind: 'amount',
    width: 14,
    exactOnly: true,
  },
  stage: {
    header: '阶段',
    aliases: ['项目阶段', '当前阶段', '推进阶段', '进展阶段', '所处阶段', '项目状态', '状态'],
    kind: 'text',
    width: 12,
  },
  signingDate: {
    header: '签约日期',
    aliases: ['签约时间', '协议签订日期', '签约日', '签订日期'],
    kind: 'date',
    width: 12,
  },
  landingDate: {
    header: '落地日期',
    aliases: ['落地时间', '注册日期', '注册时间', '落位日期'],
    kind: 'date',
    width: 12,
  },
  startDate: {
    header: '开工日期',
    aliases: ['开工时间', '实际开工日期', '实际开工时间'],
    kind: 'date',
    width: 12,
  },
  completionDate: {
    header: '建成日期',
    aliases: ['建成时间', '竣工日期', '开业日期', '建成投产日期', '建成投产时间', '开业时间'],
    kind: 'date',
    width: 12,
  },
  // After 建成 (issue 16): 投产 is its own date, no longer read as 建成.
  productionDate: {
    header: '投产日期',
    aliases: ['投产时间', '实际投产日期', '实际投产时间'],
    kind: 'date',
    width: 12,
  },
  leader: {
    header: '包保领导',
    aliases: ['包保区领导', '责任领导', '区级领导', '包保领导(主包)', '主包领导'],
    kind: 'text',
    width: 10,
  },
  ownerA: {
    header: '招商责任人',
    aliases: ['责任人', 'A岗', 'A岗责任人', '招商专员', '项目责任人', '招商责任人(A岗)'],
    kind: 'text',
    width: 10,
  },
  ownerB: {
    header: 'B岗',
    aliases: ['B岗责任人', '备岗', 'B岗人员', '招商责任人(B岗)'],
    kind: 'text',
    width: 10,
  },
  unit: {
    header: '责任单位',
    aliases: ['牵头单位', '主责单位', '责任部门', '牵头部门'],
    kind: 'text',
    width: 14,
  },
  taskForce: { header: '专班', aliases: ['项目专班', '所属专班', '专班名称'], kind: 'text', width: 14 },
  latestProgress: {
    header: '最近进展',
    aliases: ['最新进展', '进展情况', '推进情况', '进展', '目前进展', '项目进展'],
    kind: 'text',
    width: 36,
  },
  nextStep: {
    header: '下一步',
    aliases: ['下一步工作', '下步计划', '下一步计划', '下步工作', '下一步工作计划'],
    kind: 'text',
    width: 30,
  },
  agreementType: { header: '协议类型', aliases: ['签约类型', '协议种类'], kind: 'text', width: 10 },
  registeredEntity: {
    header: '注册主体',
    aliases: ['注册主体名称', '注册企业', '落地企业', '注册公司', '注册企业名称'],
    kind: 'text',
    width: 26,
  },
  creditCode: {
    header: '统一社会信用代码',
    aliases: ['信用代码', '社会信用代码', '统一代码', '统一社会信用代码证'],
    kind: 'text',
    width: 22,
  },
  location: {
    header: '落位地点',
    aliases: [
      '落位',
      '项目地点',
      '选址',
      '建设地点',
      '地址',
      '落位楼宇/地块',
      '落位地点(楼宇/地块)',
      '项目选址',
    ],
    kind: 'text',
    width: 20,
  },
  origin: {
    header: '投资方来源',
    aliases: ['来源地', '投资来源', '投资方来源地', '企业来源'],
    kind: 'text',
    width: 10,
  },
  capitalType: {
    header: '资本类型',
    aliases: ['资金性质', '内外资', '资本性质', '内资/外资'],
    kind: 'text',
    width: 10,
  },
  isKey: { header: '重点项目', aliases: ['是否重点', '是否重点项目', '重点'], kind: 'flag', width: 8 },
  isBond: {
    header: '专项债项目',
    aliases: ['专项债', '是否专项债', '是否专项债项目'],
    kind: 'flag',
    width: 10,
  },
  isFirstStore: { header: '首店', aliases: ['是否首店'], kind: 'flag', width: 6 },
  major: {
    header: '重大项目',
    aliases: ['是否重大项目', '是否重大'],
    kind: 'flag',
    width: 8,
    exportOnly: true,
  },
  offReason: {
    header: '暂缓/终止原因',
    aliases: ['暂缓原因', '终止原因', '暂缓或终止原因', '原因'],
    kind: 'text',
    width: 24,
  },
  dropCategory: { header: '终止原因类别', aliases: ['终止类别', '终止原因分类'], kind: 'text', width: 12 },
  description: {
    header: '项目简介',
    aliases: ['建设内容', '项目内容', '简介', '主要建设内容', '项目概况', '建设规模及内容'],
    kind: 'text',
    width: 40,
  },
  createdDate: {
    header: '登记日期',
    aliases: ['录入日期', '入库日期', '建档日期', '登记时间', '录入时间'],
    kind: 'date',
    width: 12,
  },
  // The investor's primary contact (联系人): 联系人 names the investor's person, not the officer.
  contactName: {
    header: '联系人',
    aliases: ['对接人', '企业联系人', '项目联系人', '企业对接人', '联系人姓名', '投资方联系人'],
    kind: 'text',
    width: 10,
  },
  contactTitle: { header: '联系人职务', aliases: ['职务', '联系人职位', '职位'], kind: 'text', width: 12 },
  contactPhone: {
    header: '联系电话',
    aliases: ['电话', '手机', '联系方式', '手机号', '手机号码', '电话号码', '联系人电话', '联系人手机'],
    kind: 'text',
    width: 16,
  },
  contactEmail: {
    header: '联系邮箱',
    aliases: ['邮箱', '电子邮箱', '电子邮件', '联系人邮箱', 'EMAIL', 'E-MAIL'],
    kind: 'text',
    width: 22,
  },
  // One year's results of a completed project: the export writes the latest year recorded.
  resultYear: {
    header: '统计年度',
    aliases: ['年度', '统计年份', '运营年度', '数据年度'],
    kind: 'int',
    width: 8,
    exactOnly: true,
  },
  output: {
    header: '产值(万元)',
    aliases: ['年产值', '年度产值', '实际产值', '工业产值', '营业收入'],
    kind: 'amount',
    width: 12,
    exactOnly: true,
  },
  tax: {
    header: '税收(万元)',
    aliases: ['年税收', '年度税收', '纳税额', '实缴税收', '税收贡献'],
    kind: 'amount',
    width: 12,
    exactOnly: true,
  },
  jobs: {
    header: '就业人数',
    aliases: ['用工人数', '从业人数', '带动就业', '就业', '职工人数'],
    kind: 'int',
    width: 9,
    exactOnly: true,
  },
  /** 佐证材料 (issue 17): the number of current documents per kind, e.g. 协议 1、营业执照 2. */
  documents: { header: '佐证材料', aliases: [], kind: 'text', width: 24, exportOnly: true },
};

/** Fields an import must be able to find; without a name column there is nothing to import. */
export const REQUIRED_IMPORT_FIELDS: readonly LedgerField[] = ['name'];
