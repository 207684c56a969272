import {
  AGREEMENT_TYPES,
  type AgreementType,
  CAPITAL_TYPES,
  type CapitalType,
  CHANNELS,
  type Channel,
  DROP_CATEGORIES,
  type DropCategory,
  INDUSTRIES,
  type Industry,
  ORIGINS,
  type Origin,
} from '../catalog';
import { domainZh } from '../../labels/domain';
import { appMessage } from '../../errors/catalog';
import { fail, type ParseResult } from './dates';
import { cellString, compactText, isBlankText } from './text';

/** The Chinese label of every catalogue key: what the export writes and the first thing the import accepts. */
export const INDUSTRY_LABELS: Record<Industry, string> = domainZh.industry;
export const CHANNEL_LABELS: Record<Channel, string> = domainZh.channel;
export const ORIGIN_LABELS: Record<Origin, string> = domainZh.origin;
export const CAPITAL_TYPE_LABELS: Record<CapitalType, string> = domainZh.capitalType;
export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = domainZh.agreementType;
export const DROP_CATEGORY_LABELS: Record<DropCategory, string> = domainZh.dropCategory;

/** Other ways offices write the same thing. */
const INDUSTRY_VARIANTS: Record<Industry, string[]> = {
  finance: ['金融业', '金融服务', '金融产业'],
  commerce: ['商贸业', '商业', '商贸流通', '零售', '批发零售', '商贸服务'],
  digital: ['数字经济', '数字产业', '软件信息', '信息技术', '互联网'],
  scitech: ['科技创新', '科技', '科技服务', '高新技术'],
  business_services: ['商务服务业', '商务', '现代服务业', '专业服务'],
  culture_tourism: ['文化旅游', '文化和旅游', '文旅产业', '文化', '旅游'],
  education_health: ['教育', '医疗', '健康', '医疗健康', '教育医疗', '大健康', '教育和健康'],
  construction_realestate: ['建筑', '房地产', '建筑业', '建筑房地产', '建筑与房地产', '地产'],
};
const CHANNEL_VARIANTS: Record<Channel, string[]> = {
  industry_chain: ['产业链'],
  by_business: ['以商'],
  agency: ['中介', '委托招商', '中介机构'],
  building: ['楼宇', '楼宇经济'],
  all_staff: ['全员'],
  professional: ['专业', '专业机构招商'],
  other: ['其它'],
};
const ORIGIN_VARIANTS: Record<Origin, string[]> = {
  district: ['本区', '区内企业'],
  city: ['市内企业', '本市'],
  province: ['省内企业', '本省'],
  out_of_province: ['省外企业', '外省', '国内省外'],
  overseas: ['国外', '境外企业', '海外'],
};
const CAPITAL_VARIANTS: Record<CapitalType, string[]> = {
  domestic: ['内资企业', '国内资本'],
  foreign: ['外资企业', '外商投资'],
  hmt: ['港澳台', '港资', '澳资', '台资', '港澳台资本'],
};
const AGREEMENT_VARIANTS: Record<AgreementType, string[]> = {
  framework: ['框架', '战略合作协议', '合作框架协议', '意向协议'],
  investment: ['投资', '正式协议', '投资合同', '正式投资协议'],
};
const DROP_VARIANTS: Record<DropCategory, string[]> = {
  funding: ['资金原因', '资金问题'],
  policy: ['政策原因', '政策问题'],
  site: ['选址原因', '选址问题', '用地'],
  competition: ['竞争', '外地竞争', '被其他地区引走'],
  strategy: ['企业战略', '战略调整', '企业原因'],
  other: ['其它'],
};

function labelParser<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  variants: Record<K, string[]>,
  /** The field the cell is read for: it names the column and its allowed labels in the message. */
  field: 'industry' | 'channel' | 'origin' | 'capitalType' | 'agreementType' | 'dropCategory',
) {
  const lookup = new Map<string, K>();
  for (const k of keys) {
    lookup.set(compactText(labels[k]), k);
    for (const v of variants[k]) lookup.set(compactText(v), k);
    lookup.set(k, k);
  }
  return (input: unknown): ParseResult<K | null> => {
    if (input === null || input === undefined) return { ok: true, value: null };
    const s = compactText(cellString(input));
    if (isBlankText(s)) return { ok: true, value: null };
    const key = lookup.get(s) ?? lookup.get(s.replace(/(产业|行业|类)$/, ''));
    return key ? { ok: true, value: key } : fail(appMessage('ledgerLabelUnreadable', { field, value: s }));
  };
}

export const parseIndustry = labelParser(INDUSTRIES, INDUSTRY_LABELS, INDUSTRY_VARIANTS, 'industry');
export const parseChannel = labelParser(CHANNELS, CHANNEL_LABELS, CHANNEL_VARIANTS, 'channel');
export const parseOrigin = labelParser(ORIGINS, ORIGIN_LABELS, ORIGIN_VARIANTS, 'origin');
export const parseCapitalType = labelParser(
  CAPITAL_TYPES,
  CAPITAL_TYPE_LABELS,
  CAPITAL_VARIANTS,
  'capitalType',
);
export const parseAgreementType = labelParser(
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  AGREEMENT_VARIANTS,
  'agreementType',
);
export const parseDropCategory = labelParser(
  DROP_CATEGORIES,
  DROP_CATEGORY_LABELS,
  DROP_VARIANTS,
  'dropCategory',
);

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔', '重点', '专项债', '首店']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗']);

/** 是/否 flags (重点项目, 专项债项目, 首店); a blank is 否. */
export function parseYesNo(input: unknown): ParseResult<boolean> {
  if (input === null || input === undefined) return { ok: true, value: false };
  if (typeof input === 'boolean') return { ok: true, value: input };
  const s = compactText(cellString(input)).toUpperCase();
  if (isBlankText(s)) return { ok: true, value: false };
  if (YES.has(s)) return { ok: true, value: true };
  if (NO.has(s)) return { ok: true, value: false };
  return fail(appMessage('ledgerYesNo', { value: s }));
}
