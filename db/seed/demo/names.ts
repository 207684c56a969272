/**
 * Curated Chinese word lists for the demo district (南关区, 长春). Brand words are invented: real
 * company names would make the demo look like a statement about real firms. Places are the
 * district's real landmarks named in domain.md, plus invented buildings around them.
 */
import type { Origin } from '../../../shared/domain/catalog';

/** Brand words by kind of business; each project takes a brand once, so names never repeat. */
export const BRANDS = {
  finance: [
    '泰和', '恒通', '嘉禾', '瑞丰', '长融', '鼎晟', '融泰', '金穗', '德润', '汇鑫', '盛融', '安和', '国鼎', '博润',
    '中衡', '聚源', '祥瑞', '永泰', '通达', '和信', '凯盛', '中晟', '金诚', '润禾', '锦程', '鑫源', '信和', '东融',
    '北辰', '宏泰', '鸿泰', '裕丰', '兴和', '广信', '富盈', '金钰', '汇元', '常青', '元泰', '正和', '瑞和', '融通',
  ],
  trade: [
    '鲜达', '汇商', '优品', '通联', '万家福', '百汇', '丰源', '聚鲜', '易购达', '润通', '惠民', '优鲜', '捷运',
    '北货', '鼎盛', '禾美', '佳汇', '乐享', '金桥', '悦品', '同福', '瑞康', '集优', '万通', '兴隆', '盛源',
  ],
  digital: [
    '星图', '云衡', '数澜', '智远', '深演', '云帆', '数创', '光年', '芯联', '天枢', '数衍', '云启', '灵犀', '慧算',
    '弈联', '墨云', '知行', '数途', '锐视', '天衍', '擎天', '数海', '蓝鲸', '智汇', '联创', '易数', '深蓝', '智链',
    '睿驰', '飞象', '云脉', '星辰', '微澜', '智码', '鲸算', '数融', '云枢', '算域', '清流', '极数',
  ],
  scitech: [
    '光谱', '精微', '华光', '锐光', '启元', '晶芯', '赛诺', '凯瑞', '海德', '英科', '泽瑞', '德源', '诺康', '邦泰',
    '天诚', '宇航', '新锐', '谱源', '中研', '科睿', '光子', '博远', '恒光', '量衡', '芯视', '康源', '瑞视', '远望',
    '锦科', '微纳',
  ],
  services: [
    '衡信', '德正', '诚和', '中和', '华信', '正源', '恒律', '博雅', '致远', '鼎立', '信诚', '广和', '方圆', '合众',
    '睿思', '英才', '融智', '创略', '远景', '星火', '卓信', '汇才', '同创', '博思', '元策', '蓝海', '领航', '明略',
  ],
  culture: [
    '雪韵', '关东里', '松风', '北国', '白桦', '长风', '雾凇', '春城', '林海', '青山', '星河', '弘文', '墨香', '乐游',
    '云上', '北岸', '嘉年', '光影', '映象', '时光里', '东方红叶', '鹿苑',
  ],
  health: [
    '仁和', '康宁', '博爱', '佳禾', '益康', '安康', '德济', '慈航', '怡康', '颐和', '乐龄', '健行', '康泰', '恒康',
    '济民', '惠康', '华康', '瑞宁', '动感', '爱弥', '善医', '同康', '明仁', '维康', '睿康', '安心', '普济',
  ],
  education: ['启智', '育才', '明远', '新航', '优学', '童心', '贝乐', '金苗', '卓育', '博学', '树人', '青苗'],
  construction: [
    '鼎筑', '华筑', '宏基', '筑远', '嘉业', '恒业', '城瑞', '安居', '鸿建', '中泰', '盛世', '润宇', '金域', '锦绣',
    '华庭', '绿源', '天成', '建元', '吉建', '北方', '昊天', '广筑', '融创城', '东城',
  ],
} as const;
export type BrandPool = keyof typeof BRANDS;

/** Consumer brands for first stores (首店): the company type follows the trade without repeating the brand's last word. */
export const RETAIL_BRANDS: readonly { name: string; company: string }[] = [
  { name: '山野咖啡', company: '餐饮管理有限公司' },
  { name: '栖茶', company: '餐饮管理有限公司' },
  { name: '鹿鸣茶事', company: '餐饮管理有限公司' },
  { name: '小满烘焙', company: '食品有限公司' },
  { name: '渔火小馆', company: '餐饮管理有限公司' },
  { name: '川味坊', company: '餐饮管理有限公司' },
  { name: '湘里人家', company: '餐饮管理有限公司' },
  { name: '岭南茶点', company: '餐饮管理有限公司' },
  { name: '拾光咖啡', company: '餐饮管理有限公司' },
  { name: '麦野面包', company: '食品有限公司' },
  { name: '老码头火锅', company: '餐饮管理有限公司' },
  { name: '海隅料理', company: '餐饮管理有限公司' },
  { name: '巷子里烧肉', company: '餐饮管理有限公司' },
  { name: '云南菌语', company: '餐饮管理有限公司' },
  { name: '烟火集', company: '餐饮管理有限公司' },
  { name: '森屿家居', company: '家居用品有限公司' },
  { name: '朴居生活', company: '商贸有限公司' },
  { name: '潮玩星球', company: '文化创意有限公司' },
  { name: '木白服饰', company: '有限公司' },
  { name: '极地户外', company: '体育用品有限公司' },
  { name: '奔野运动', company: '体育用品有限公司' },
  { name: '星糖美妆', company: '化妆品有限公司' },
  { name: '青禾书店', company: '文化传播有限公司' },
  { name: '大鱼文具', company: '文化用品有限公司' },
  { name: '布鲁克童装', company: '服饰有限公司' },
  { name: '蔚蓝眼镜', company: '有限公司' },
  { name: '喵星宠物', company: '用品有限公司' },
  { name: '北纬数码', company: '电子科技有限公司' },
  { name: '拾趣玩具', company: '有限公司' },
  { name: '茉莉香氛', company: '日用品有限公司' },
  { name: '极行新能源汽车', company: '销售服务有限公司' },
  { name: '远途汽车', company: '销售服务有限公司' },
  { name: '白鹭轻食', company: '餐饮管理有限公司' },
  { name: '蜜岛甜品', company: '餐饮管理有限公司' },
  { name: '黑土地精酿', company: '餐饮管理有限公司' },
  { name: '素然茶馆', company: '餐饮管理有限公司' },
  { name: '橙子影城', company: '影院管理有限公司' },
  { name: '跃动攀岩', company: '体育发展有限公司' },
  { name: '小象乐园', company: '游乐设备有限公司' },
  { name: '云朵书房', company: '文化传播有限公司' },
];

/** Where investors come from, by origin: the city is written in front of the company name. */
export const ORIGIN_CITIES: Record<Exclude<Origin, 'overseas'>, readonly string[]> = {
  district: ['长春'],
  city: ['长春'],
  province: ['吉林', '延边', '四平', '通化', '松原', '辽源', '白山'],
  out_of_province: [
    '北京', '上海', '深圳', '杭州', '广州', '南京', '成都', '武汉', '沈阳', '大连', '哈尔滨', '天津', '苏州', '厦门',
    '西安', '青岛',
  ],
};

/** Investors from abroad, with their capital type: Hong Kong, Macau and Taiwan are 港澳台资. */
export const OVERSEAS_INVESTORS: readonly { pattern: string; city: string; capital: 'foreign' | 'hmt' }[] = [
  { pattern: '{b}（香港）投资有限公司', city: '香港', capital: 'hmt' },
  { pattern: '{b}集团（香港）有限公司', city: '香港', capital: 'hmt' },
  { pattern: '澳门{b}实业有限公司', city: '澳门', capital: 'hmt' },
  { pattern: '台湾{b}股份有限公司', city: '台北', capital: 'hmt' },
  { pattern: '新加坡{b}控股私人有限公司', city: '新加坡', capital: 'foreign' },
  { pattern: '韩国{b}株式会社', city: '首尔', capital: 'foreign' },
  { pattern: '日本{b}株式会社', city: '东京', capital: 'foreign' },
  { pattern: '德国{b}集团股份公司', city: '法兰克福', capital: 'foreign' },
  { pattern: '美国{b}国际有限公司', city: '纽约', capital: 'foreign' },
];

/** The north of the district: headquarters towers (finance, regional HQs). */
export const TOWERS = ['长春国际金融中心 T1', '长春国际金融中心 T2', '华润中心 写字楼A座', '华润中心 写字楼B座'];

/** Office buildings; the 中央商务区 (south) hosts smart industry, fintech and the internet economy. */
export const OFFICES = [
  '中央商务区 数智大厦',
  '中央商务区 金融科技大厦',
  '中央商务区 创新大厦',
  '南部新城 科创大厦',
  '南部新城 总部基地5号楼',
  '人民大街 南湖明珠大厦',
  '亚泰大街 东北亚金融大厦',
  '自由大路 财富广场',
  '解放大路 商务中心',
];

export const PARKS = [
  '中央商务区 数字经济产业园',
  '南部新城 科创产业园',
  '南关区 人力资源服务产业园',
  '南部新城 生命健康产业园',
];

/** Shopping centres for first stores; 万象里 is the demo's completed commerce complex. */
export const MALLS = ['万象里购物中心', '华润中心 商业裙楼', '中央商务区 悦汇广场', '南部新城 星河汇', '东天街 商业街区'];

export const STREETS = ['自由大路', '人民大街', '亚泰大街', '解放大路', '南湖大路', '大经路', '东岭南街', '永吉街'];

/** Names of residential developments (楼盘名). */
export const ESTATE_NAMES = ['南湖府', '御景湾', '云玺', '公园里', '悦府', '澜庭', '天宸', '璟园', '锦城', '和鸣', '观澜', '春和'];

export const SURNAMES = [
  '张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
];

/** How an investor's contact is addressed in a follow-up: 张总, 李董 … */
export const CONTACT_TITLES = ['总', '总', '总', '董', '经理', '行长', '总监'];
