/** Fixed catalogues from domain.md. Keys are stored; labels live in the UI message catalogues. */
export const INDUSTRIES = [
  'finance',
  'commerce',
  'digital',
  'scitech',
  'business_services',
  'culture_tourism',
  'education_health',
  'construction_realestate',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Value-added targets for the plan's end, in 亿元. */
export const INDUSTRY_TARGETS_YI: Record<Industry, number> = {
  finance: 280,
  commerce: 100,
  digital: 55,
  scitech: 38,
  business_services: 14,
  culture_tourism: 6,
  education_health: 93,
  construction_realestate: 45,
};

export const CHANNELS = [
  'industry_chain',
  'by_business',
  'agency',
  'building',
  'all_staff',
  'professional',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ORIGINS = ['district', 'city', 'province', 'out_of_province', 'overseas'] as const;
export type Origin = (typeof ORIGINS)[number];

export const CAPITAL_TYPES = ['domestic', 'foreign', 'hmt'] as const;
export type CapitalType = (typeof CAPITAL_TYPES)[number];

export const AGREEMENT_TYPES = ['framework', 'investment'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const FOLLOW_UP_KINDS = ['visit', 'reception', 'phone', 'meeting', 'signing', 'other'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const DROP_CATEGORIES = ['funding', 'policy', 'site', 'competition', 'strategy', 'other'] as const;
export type DropCategory = (typeof DROP_CATEGORIES)[number];

export const ROLES = ['admin', 'leader', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
