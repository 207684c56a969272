/**
 * Project templates per industry: how such a project is named, who invests, what entity it
 * registers, where it sits and how much it usually costs. Amount ranges (万元) are drawn
 * log-uniformly, which gives the real-life skew: many small projects, few very large ones.
 * Placeholders: {b} brand, {c} investor's city, {k} retail company type, {e} estate name.
 */
import type { Channel, Industry, Origin } from '../../../shared/domain/catalog';
import type { BrandPool } from './names';

export type PlaceKind = 'tower' | 'office' | 'park' | 'mall' | 'parcel' | 'street';

export interface Template {
  industry: Industry;
  pool: BrandPool | 'retail';
  name: string;
  investor: string;
  entity: string;
  amount: readonly [number, number];
  place: PlaceKind;
  /** Relative frequency inside its industry. */
  weight: number;
  description: string;
  /** What talks are about, used in follow-up summaries. */
  topic: string;
  channels?: readonly (readonly [Channel, number])[];
  origins?: readonly (readonly [Origin, number])[];
  firstStore?: boolean;
  /** A candidate for a special-bond (专项债) package: public-interest construction. */
  bond?: boolean;
  /** Construction takes a year or more; a fit-out a few months. */
  build?: boolean;
}

/** How often each industry appears among generated projects (flagships come on top). */
export const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [
  ['finance', 14],
  ['commerce', 24],
  ['digital', 15],
  ['scitech', 10],
  ['business_services', 10],
  ['culture_tourism', 7],
  ['education_health', 10],
  ['construction_realestate', 10],
];

const BUILDING: Template['channels'] = [
  ['building', 4],
  ['by_business', 2],
  ['professional', 1],
  ['agency', 1],
  ['all_staff', 1],
];
const CHAIN: Template['channels'] = [
  ['industry_chain', 4],
  ['professional', 2],
  ['by_business', 2],
  ['agency', 1],
  ['all_staff', 1],
  ['other', 0.3],
];
const RETAIL: Template['channels'] = [
  ['professional', 3],
  ['by_business', 2],
  ['agency', 1.5],
  ['building', 1],
  ['all_staff', 1],
  ['other', 0.3],
];
const GENERAL: Template['channels'] = [
  ['by_business', 2],
  ['agency', 1.5],
  ['all_staff', 1.5],
  ['industry_chain', 1],
  ['professional', 1],
  ['building', 1],
  ['other', 0.5],
];
const NATIONAL: Template['origins'] = [
  ['out_of_province', 7],
  ['overseas', 1],
  ['province', 1],
];
const LOCAL: Template['origins'] = [
  ['district', 3],
  ['city', 4],
  ['province', 2],
  ['out_of_province', 3],
];

export const TEMPLATES: readonly Template[] = [
  // 金融: branches and regional HQs settle in the northern towers.
  { industry: 'finance', pool: 'finance', name: '{b}银行吉林分行', investor: '{b}银行股份有限公司', entity: '{b}银行股份有限公司吉林分行', amount: [20000, 60000], place: 'tower', weight: 1, description: '{b}银行在吉设立一级分行，开展对公、零售及普惠金融业务，拟落位南关区总部楼宇。', topic: '分行筹建与营业场所', channels: BUILDING, origins: NATIONAL },
  { industry: 'finance', pool: 'finance', name: '{b}证券长春人民大街营业部', investor: '{b}证券股份有限公司', entity: '{b}证券股份有限公司长春人民大街证券营业部', amount: [500, 3000], place: 'office', weight: 2, description: '{b}证券在长春设立营业部，提供经纪、财富管理及投行服务。', topic: '营业部选址', channels: BUILDING, origins: NATIONAL },
  { industry: 'finance', pool: 'finance', name: '{b}财产保险吉林分公司', investor: '{b}财产保险股份有限公司', entity: '{b}财产保险股份有限公司吉林分公司', amount: [3000, 12000], place: 'tower', weight: 1.5, description: '{b}财产保险设立吉林省级分公司，开展车险、企财险及农险业务。', topic: '省级分公司筹建', channels: BUILDING, origins: NATIONAL },
  { industry: 'finance', pool: 'finance', name: '{b}融资租赁（长春）项目', investor: '{c}{b}融资租赁有限公司', entity: '长春{b}融资租赁有限公司', amount: [3000, 20000], place: 'tower', weight: 1.2, description: '设立融资租赁公司，服务省内装备制造、医疗及新能源设备租赁。', topic: '融资租赁牌照与注册资本', channels: GENERAL, origins: NATIONAL },
  { industry: 'finance', pool: 'finance', name: '{b}商业保理项目', investor: '{c}{b}供应链管理有限公司', entity: '吉林{b}商业保理有限公司', amount: [1000, 5000], place: 'office', weight: 1.5, description: '设立商业保理公司，围绕汽车产业链开展应收账款融资。', topic: '保理业务准入', channels: GENERAL },
  { industry: 'finance', pool: 'finance', name: '{b}私募基金管理人落户项目', investor: '{c}{b}投资管理有限公司', entity: '长春{b}私募基金管理有限公司', amount: [500, 6000], place: 'office', weight: 1.5, description: '私募股权基金管理人落户，拟发起设立产业投资基金，重点投向光电信息与生物医药。', topic: '基金备案与返投比例', channels: GENERAL },
  { industry: 'finance', pool: 'finance', name: '{b}期货吉林分公司', investor: '{b}期货有限公司', entity: '{b}期货有限公司吉林分公司', amount: [300, 1500], place: 'office', weight: 1, description: '期货公司设立吉林分公司，服务玉米、大豆等农产品期货客户。', topic: '分公司备案', channels: BUILDING, origins: NATIONAL },
  { industry: 'finance', pool: 'finance', name: '{b}消费金融呼叫中心项目', investor: '{b}消费金融股份有限公司', entity: '{b}消费金融股份有限公司长春分公司', amount: [800, 4000], place: 'office', weight: 1, description: '建设区域客服及贷后管理中心，预计吸纳就业300人。', topic: '场地与人才招聘', channels: BUILDING, origins: NATIONAL },
  { industry: 'finance', pool: 'finance', name: '{b}金融科技子公司项目', investor: '{c}{b}金融控股有限公司', entity: '吉林{b}金融科技有限公司', amount: [2000, 15000], place: 'office', weight: 1, description: '设立金融科技子公司，开展智能风控、数字支付及金融云服务，落位中央商务区。', topic: '金融科技政策', channels: CHAIN, origins: NATIONAL },

  // 商贸: first stores in the malls, trade HQs, logistics.
  { industry: 'commerce', pool: 'retail', name: '{b}长春首店', investor: '{c}{b}{k}', entity: '长春{b}{k}', amount: [200, 800], place: 'mall', weight: 4, firstStore: true, description: '品牌长春首店，引入全新门店形象与产品线，丰富南关区首店经济。', topic: '首店铺位与开业时间', channels: RETAIL },
  { industry: 'commerce', pool: 'retail', name: '{b}东北旗舰店', investor: '{c}{b}{k}', entity: '长春{b}{k}南关分公司', amount: [500, 2000], place: 'mall', weight: 2, firstStore: true, description: '品牌东北地区首家旗舰店，集零售、体验与品牌展示于一体。', topic: '旗舰店铺位与装修标准', channels: RETAIL },
  { industry: 'commerce', pool: 'trade', name: '{b}商贸吉林区域总部项目', investor: '{c}{b}商贸集团有限公司', entity: '吉林{b}商贸有限公司', amount: [800, 6000], place: 'office', weight: 1.5, description: '设立吉林区域总部，统筹东北三省分销与结算业务。', topic: '总部认定与结算', channels: GENERAL },
  { industry: 'commerce', pool: 'trade', name: '{b}冷链物流配送中心', investor: '{c}{b}供应链管理有限公司', entity: '长春{b}冷链物流有限公司', amount: [2000, 15000], place: 'parcel', weight: 0.8, build: true, description: '建设冷链仓储及城市配送中心，服务生鲜电商与商超。', topic: '用地指标与冷库审批', channels: CHAIN },
  { industry: 'commerce', pool: 'trade', name: '{b}跨境电商运营中心', investor: '{c}{b}电子商务有限公司', entity: '长春{b}跨境电子商务有限公司', amount: [500, 3000], place: 'office', weight: 1.2, description: '建设跨境电商运营中心，开展东北亚进口商品线上销售。', topic: '跨境电商政策', channels: GENERAL },
  { industry: 'commerce', pool: 'trade', name: '{b}生鲜超市连锁项目', investor: '{c}{b}超市有限公司', entity: '长春{b}超市有限公司', amount: [300, 2000], place: 'street', weight: 1.2, description: '在南关区布局社区生鲜超市连锁门店，首批计划开设8家。', topic: '门店选址', channels: GENERAL, origins: LOCAL },
  { industry: 'commerce', pool: 'retail', name: '{b}城市展厅项目', investor: '{c}{b}{k}', entity: '长春{b}{k}', amount: [500, 3000], place: 'street', weight: 0.6, firstStore: true, description: '品牌城市展厅及体验中心，集展示、销售与售后服务于一体。', topic: '展厅选址', channels: RETAIL },
  { industry: 'commerce', pool: 'trade', name: '{b}特色商业街区改造项目', investor: '{c}{b}商业管理有限公司', entity: '长春{b}商业运营管理有限公司', amount: [3000, 30000], place: 'street', weight: 0.6, build: true, description: '对老旧商业街区进行改造提升，引入夜经济与特色餐饮业态。', topic: '街区改造方案', channels: GENERAL, origins: LOCAL },

  // 数字
  { industry: 'digital', pool: 'digital', name: '{b}科技东北区域总部项目', investor: '{c}{b}科技有限公司', entity: '吉林{b}科技有限公司', amount: [1500, 12000], place: 'office', weight: 2, description: '设立东北区域总部，开展软件研发、数字化解决方案与区域销售业务。', topic: '区域总部政策与办公场地', channels: CHAIN, origins: NATIONAL },
  { industry: 'digital', pool: 'digital', name: '{b}软件研发中心项目', investor: '{c}{b}软件股份有限公司', entity: '长春{b}软件有限公司', amount: [500, 5000], place: 'park', weight: 2, description: '建设软件研发中心，首期研发人员100人，承接集团政务及工业软件研发。', topic: '研发团队与人才政策', channels: CHAIN },
  { industry: 'digital', pool: 'digital', name: '{b}数据中心项目', investor: '{c}{b}云计算有限公司', entity: '吉林{b}数据科技有限公司', amount: [20000, 120000], place: 'parcel', weight: 0.3, build: true, bond: true, description: '建设绿色数据中心，规划机柜3000架，服务政务云及企业上云。', topic: '电力保障与能耗指标', channels: CHAIN, origins: NATIONAL },
  { industry: 'digital', pool: 'digital', name: '{b}工业互联网平台项目', investor: '{c}{b}信息技术有限公司', entity: '吉林{b}工业互联网有限公司', amount: [800, 6000], place: 'park', weight: 1.2, description: '建设汽车产业链工业互联网平台，为零部件企业提供数字化改造服务。', topic: '平台应用场景', channels: CHAIN },
  { industry: 'digital', pool: 'digital', name: '{b}人工智能创新中心', investor: '{c}{b}智能科技有限公司', entity: '长春{b}人工智能科技有限公司', amount: [1500, 10000], place: 'office', weight: 1, description: '建设人工智能创新中心，开展算法研发、数据标注及行业大模型应用。', topic: '算力支持与应用场景', channels: CHAIN, origins: NATIONAL },
  { industry: 'digital', pool: 'digital', name: '{b}直播电商基地项目', investor: '{c}{b}网络科技有限公司', entity: '长春{b}网络科技有限公司', amount: [300, 2000], place: 'park', weight: 1.2, description: '建设直播电商基地，孵化本地主播，带动吉林农特产品线上销售。', topic: '基地运营与主播孵化', channels: GENERAL },
  { industry: 'digital', pool: 'digital', name: '{b}信创适配中心项目', investor: '{c}{b}信息技术股份有限公司', entity: '吉林{b}信创科技有限公司', amount: [1000, 6000], place: 'park', weight: 0.8, description: '建设信创产品适配验证中心，服务省内党政机关及国企信创替代。', topic: '信创项目落地', channels: CHAIN, origins: NATIONAL },
  { industry: 'digital', pool: 'digital', name: '{b}金融科技研发中心', investor: '{c}{b}数字科技有限公司', entity: '长春{b}数字科技有限公司', amount: [1000, 10000], place: 'office', weight: 1, description: '落位中央商务区，开展银行核心系统、支付清算及智能风控研发。', topic: '金融科技场景对接', channels: CHAIN, origins: NATIONAL },

  // 科创
  { industry: 'scitech', pool: 'scitech', name: '{b}光电研发中心项目', investor: '{c}{b}光电科技有限公司', entity: '长春{b}光电科技有限公司', amount: [1000, 8000], place: 'park', weight: 2, description: '依托长春光电产业基础，建设精密光学元件研发中心及中试线。', topic: '科研院所合作与中试场地', channels: CHAIN },
  { industry: 'scitech', pool: 'scitech', name: '{b}生物医药研发基地', investor: '{c}{b}生物科技有限公司', entity: '吉林{b}生物医药有限公司', amount: [2000, 20000], place: 'parcel', weight: 1, build: true, description: '建设生物医药研发基地，开展疫苗佐剂及诊断试剂研发与中试。', topic: '实验室建设与审批', channels: CHAIN, origins: NATIONAL },
  { industry: 'scitech', pool: 'scitech', name: '{b}新材料中试基地项目', investor: '{c}{b}新材料有限公司', entity: '长春{b}新材料科技有限公司', amount: [1500, 8000], place: 'park', weight: 1, description: '建设碳纤维复合材料中试基地，服务汽车轻量化需求。', topic: '中试场地与环评', channels: CHAIN },
  { industry: 'scitech', pool: 'scitech', name: '{b}卫星应用研究院项目', investor: '{c}{b}空间信息技术有限公司', entity: '吉林{b}卫星应用技术研究院有限公司', amount: [1000, 10000], place: 'office', weight: 1, description: '建设卫星遥感数据应用研究院，服务农业估产、城市治理及应急管理。', topic: '数据应用场景', channels: CHAIN, origins: NATIONAL },
  { industry: 'scitech', pool: 'scitech', name: '{b}科技企业孵化器项目', investor: '{c}{b}创业投资有限公司', entity: '长春{b}科技企业孵化器有限公司', amount: [300, 2000], place: 'park', weight: 1.2, description: '运营科技企业孵化器，引入高校科研团队，首期孵化企业30家。', topic: '孵化载体与运营补贴', channels: GENERAL, origins: LOCAL },
  { industry: 'scitech', pool: 'scitech', name: '{b}检验检测认证中心', investor: '{c}{b}检测技术股份有限公司', entity: '吉林{b}检测技术有限公司', amount: [500, 3000], place: 'park', weight: 1, description: '建设第三方检验检测认证中心，服务汽车零部件及食品检测。', topic: '资质认定', channels: GENERAL },
  { industry: 'scitech', pool: 'scitech', name: '{b}医疗器械研发项目', investor: '{c}{b}医疗科技有限公司', entity: '长春{b}医疗器械有限公司', amount: [1000, 5000], place: 'park', weight: 1, description: '研发高端医学影像设备核心部件，与省内高校共建联合实验室。', topic: '注册证办理与临床合作', channels: CHAIN },

  // 商务服务
  { industry: 'business_services', pool: 'services', name: '{b}律师事务所长春分所', investor: '{c}{b}律师事务所', entity: '{c}{b}律师事务所长春分所', amount: [100, 500], place: 'office', weight: 1.5, description: '设立长春分所，聚焦公司并购、金融及知识产权法律服务。', topic: '分所设立与办公场地', channels: BUILDING, origins: NATIONAL },
  { industry: 'business_services', pool: 'services', name: '{b}会计师事务所吉林分所', investor: '{b}会计师事务所（特殊普通合伙）', entity: '{b}会计师事务所（特殊普通合伙）吉林分所', amount: [100, 500], place: 'office', weight: 1.5, description: '设立吉林分所，承接审计、税务咨询及IPO辅导业务。', topic: '分所备案', channels: BUILDING, origins: NATIONAL },
  { industry: 'business_services', pool: 'services', name: '{b}人力资源服务产业园项目', investor: '{c}{b}人力资源集团有限公司', entity: '吉林{b}人力资源服务有限公司', amount: [1000, 5000], place: 'park', weight: 1, description: '运营人力资源服务产业园，引入招聘、培训、灵活用工等机构。', topic: '产业园运营模式', channels: GENERAL },
  { industry: 'business_services', pool: 'services', name: '{b}咨询东北总部项目', investor: '{c}{b}管理咨询有限公司', entity: '吉林{b}管理咨询有限公司', amount: [200, 1500], place: 'tower', weight: 1.2, description: '设立东北总部，开展企业战略、数字化转型及政府规划咨询。', topic: '总部认定', channels: BUILDING, origins: NATIONAL },
  { industry: 'business_services', pool: 'services', name: '{b}会展服务项目', investor: '{c}{b}会展有限公司', entity: '长春{b}会展服务有限公司', amount: [300, 3000], place: 'office', weight: 1, description: '承办东北亚区域性专业展会，年办展规模5万平方米。', topic: '展会落地与场馆', channels: GENERAL },
  { industry: 'business_services', pool: 'services', name: '{b}广告传媒吉林公司', investor: '{c}{b}文化传媒股份有限公司', entity: '吉林{b}文化传媒有限公司', amount: [200, 1000], place: 'office', weight: 1, description: '设立吉林公司，开展户外媒体、数字营销及品牌策划业务。', topic: '业务落地', channels: GENERAL },
  { industry: 'business_services', pool: 'services', name: '{b}知识产权服务中心', investor: '{c}{b}知识产权代理有限公司', entity: '长春{b}知识产权服务有限公司', amount: [100, 600], place: 'office', weight: 1, description: '提供专利代理、商标注册及知识产权运营服务。', topic: '服务机构备案', channels: GENERAL },
  { industry: 'business_services', pool: 'services', name: '{b}企业服务共享中心项目', investor: '{c}{b}集团有限公司', entity: '吉林{b}企业服务有限公司', amount: [1000, 6000], place: 'tower', weight: 0.8, description: '建设集团财务与人力共享中心，服务东北区域分支机构。', topic: '共享中心选址', channels: BUILDING, origins: NATIONAL },

  // 文旅
  { industry: 'culture_tourism', pool: 'culture', name: '{b}文旅街区项目', investor: '{c}{b}文化旅游发展有限公司', entity: '长春{b}文化旅游有限公司', amount: [5000, 30000], place: 'street', weight: 1, build: true, bond: true, description: '打造历史文化特色街区，植入非遗展示、夜间演艺与特色餐饮。', topic: '街区规划与业态', channels: GENERAL, origins: LOCAL },
  { industry: 'culture_tourism', pool: 'culture', name: '{b}精品酒店项目', investor: '{c}{b}酒店管理有限公司', entity: '长春{b}酒店管理有限公司', amount: [2000, 12000], place: 'street', weight: 1, description: '引进高端精品酒店品牌，客房约200间，配套会议及餐饮。', topic: '物业改造与开业筹备', channels: GENERAL },
  { industry: 'culture_tourism', pool: 'culture', name: '{b}沉浸式剧场项目', investor: '{c}{b}演艺有限公司', entity: '长春{b}演艺文化有限公司', amount: [800, 5000], place: 'mall', weight: 1, description: '打造沉浸式演艺剧场，常态化驻场演出，丰富夜间文旅消费。', topic: '演出场地与审批', channels: GENERAL },
  { industry: 'culture_tourism', pool: 'culture', name: '{b}文创产业园项目', investor: '{c}{b}文化产业投资有限公司', entity: '长春{b}文创园运营管理有限公司', amount: [1000, 10000], place: 'street', weight: 1, build: true, description: '利用老厂房改造文创产业园，引入设计、动漫及影视后期企业。', topic: '厂房改造', channels: GENERAL, origins: LOCAL },
  { industry: 'culture_tourism', pool: 'culture', name: '{b}冰雪嘉年华项目', investor: '{c}{b}冰雪文化有限公司', entity: '长春{b}冰雪旅游有限公司', amount: [500, 3000], place: 'parcel', weight: 0.8, description: '冬季冰雪主题乐园，设冰滑梯、冰雕展及冰雪运动体验区。', topic: '场地与安全审批', channels: GENERAL, origins: LOCAL },
  { industry: 'culture_tourism', pool: 'culture', name: '{b}电竞馆项目', investor: '{c}{b}电子竞技有限公司', entity: '长春{b}电竞文化有限公司', amount: [300, 2000], place: 'mall', weight: 0.8, description: '建设电竞主题场馆，承办区域性电竞赛事。', topic: '赛事运营', channels: GENERAL },

  // 教育健康
  { industry: 'education_health', pool: 'health', name: '{b}国际医院项目', investor: '{c}{b}医疗投资集团有限公司', entity: '长春{b}国际医院有限公司', amount: [20000, 100000], place: 'parcel', weight: 0.3, build: true, bond: true, description: '建设三级综合医院，规划床位500张，重点发展心血管、肿瘤及康复专科。', topic: '医疗机构设置审批与用地', channels: GENERAL, origins: NATIONAL },
  { industry: 'education_health', pool: 'health', name: '{b}口腔医院连锁项目', investor: '{c}{b}口腔医疗管理有限公司', entity: '长春{b}口腔医院有限公司', amount: [500, 3000], place: 'street', weight: 1.2, description: '开设口腔专科医院及社区门诊连锁。', topic: '医疗执业许可', channels: GENERAL },
  { industry: 'education_health', pool: 'health', name: '{b}康养中心项目', investor: '{c}{b}健康产业有限公司', entity: '长春{b}康养服务有限公司', amount: [3000, 20000], place: 'parcel', weight: 1, build: true, bond: true, description: '建设医养结合康养中心，床位300张，配套护理培训。', topic: '养老机构备案与用地', channels: GENERAL },
  { industry: 'education_health', pool: 'education', name: '{b}职业技能培训学校', investor: '{c}{b}教育科技有限公司', entity: '长春{b}职业技能培训学校有限公司', amount: [300, 2000], place: 'office', weight: 1, description: '开展数字技能、养老护理等职业技能培训，年培训能力5000人次。', topic: '办学许可', channels: GENERAL },
  { industry: 'education_health', pool: 'health', name: '{b}医学检验实验室项目', investor: '{c}{b}医学检验所有限公司', entity: '长春{b}医学检验实验室有限公司', amount: [1000, 5000], place: 'park', weight: 1, description: '建设独立医学检验实验室，服务省内基层医疗机构。', topic: '实验室资质', channels: CHAIN },
  { industry: 'education_health', pool: 'education', name: '{b}托育服务中心', investor: '{c}{b}托育服务有限公司', entity: '长春{b}托育服务有限公司', amount: [200, 1000], place: 'street', weight: 1, description: '开设普惠托育服务中心，提供0–3岁婴幼儿照护服务。', topic: '托育备案', channels: GENERAL, origins: LOCAL },
  { industry: 'education_health', pool: 'health', name: '{b}体育健身中心项目', investor: '{c}{b}体育发展有限公司', entity: '长春{b}体育发展有限公司', amount: [300, 2000], place: 'mall', weight: 1, description: '建设综合体育健身中心，含游泳馆、攀岩及青少年体能训练。', topic: '场地改造', channels: GENERAL },
  { industry: 'education_health', pool: 'health', name: '{b}互联网医院项目', investor: '{c}{b}健康科技有限公司', entity: '吉林{b}互联网医院有限公司', amount: [1000, 6000], place: 'office', weight: 0.8, description: '依托实体医疗机构设立互联网医院，开展在线复诊及慢病管理。', topic: '互联网医院牌照', channels: CHAIN, origins: NATIONAL },

  // 建筑和房地产
  { industry: 'construction_realestate', pool: 'construction', name: '{b}·{e}住宅项目', investor: '{c}{b}置业有限公司', entity: '长春{b}房地产开发有限公司', amount: [30000, 150000], place: 'parcel', weight: 1, build: true, description: '开发改善型住宅社区，总建筑面积约20万平方米，配套幼儿园及商业。', topic: '土地摘牌与规划方案', channels: GENERAL },
  { industry: 'construction_realestate', pool: 'construction', name: '{b}城市更新项目', investor: '{c}{b}城市发展有限公司', entity: '长春{b}城市更新有限公司', amount: [10000, 80000], place: 'street', weight: 0.8, build: true, bond: true, description: '对老旧小区及周边街区实施城市更新，改造面积约15万平方米。', topic: '更新片区范围与征收', channels: GENERAL, origins: LOCAL },
  { industry: 'construction_realestate', pool: 'construction', name: '{b}建设集团吉林总部项目', investor: '{c}{b}建设集团有限公司', entity: '吉林{b}建设工程有限公司', amount: [800, 6000], place: 'tower', weight: 1.5, description: '建筑企业在南关区注册吉林区域总部，产值纳入本地统计。', topic: '资质迁移与产值纳统', channels: BUILDING, origins: NATIONAL },
  { industry: 'construction_realestate', pool: 'construction', name: '{b}装配式建筑研发中心', investor: '{c}{b}建筑科技有限公司', entity: '长春{b}建筑科技有限公司', amount: [2000, 10000], place: 'park', weight: 0.8, description: '建设装配式建筑研发设计中心及展示基地。', topic: '研发中心建设', channels: CHAIN },
  { industry: 'construction_realestate', pool: 'construction', name: '{b}物业服务吉林总部', investor: '{c}{b}物业服务集团有限公司', entity: '吉林{b}物业服务有限公司', amount: [200, 1000], place: 'office', weight: 1, description: '物业服务企业设立吉林总部，承接区内商业楼宇及公建项目物业管理。', topic: '总部落户', channels: GENERAL },
  { industry: 'construction_realestate', pool: 'construction', name: '{b}设计院长春分院', investor: '{c}{b}建筑设计研究院有限公司', entity: '{c}{b}建筑设计研究院有限公司长春分院', amount: [200, 1500], place: 'office', weight: 1, description: '设立长春分院，承接东北地区建筑、市政设计业务。', topic: '分院设立', channels: BUILDING, origins: NATIONAL },
];
