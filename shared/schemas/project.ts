import { z } from 'zod';
import {
  AGREEMENT_TYPES,
  CAPITAL_TYPES,
  CHANNELS,
  DROP_CATEGORIES,
  FOLLOW_UP_KINDS,
  INDUSTRIES,
  ORIGINS,
} from '../domain/catalog';
import { FUNNEL_STAGES, PROJECT_STATES } from '../domain/stages';
import {
  amountWan,
  creditCode,
  dateString,
  id,
  optionalDate,
  optionalText,
  positiveAmountWan,
  requiredText,
  version,
} from './fields';
import { msg } from './messages';

const required = { error: () => msg('required') };

/** The fields a person edits on a project. Gate fields of later stages are optional until a move needs them. */
export const projectFields = z.object({
  name: requiredText(100),
  investor: requiredText(100),
  industry: z.enum(INDUSTRIES, required),
  channel: z.enum(CHANNELS, required),
  origin: z.enum(ORIGINS).nullable().optional(),
  capitalType: z.enum(CAPITAL_TYPES).nullable().optional(),
  estimatedInvestment: amountWan,
  ownerAId: id,
  ownerBId: id.nullable().optional(),
  unitId: id.nullable().optional(),
  isKey: z.boolean().optional(),
  isBond: z.boolean().optional(),
  isFirstStore: z.boolean().optional(),
  description: optionalText(2000),
  location: optionalText(200),
  signingDate: optionalDate,
  agreedInvestment: amountWan.nullable().optional(),
  agreementType: z.enum(AGREEMENT_TYPES).nullable().optional(),
  registeredEntity: optionalText(100),
  creditCode: z
    .union([z.literal('').transform(() => null), creditCode])
    .nullable()
    .optional(),
  landingDate: optionalDate,
  startDate: optionalDate,
  completionDate: optionalDate,
});
export type ProjectFields = z.input<typeof projectFields>;

/** The editable fields of a loaded project, as the edit form and its three-way merge start from them. */
export function pickProjectFields(p: ProjectFields): ProjectFields {
  const picked = Object.keys(projectFields.shape).map((k) => [k, p[k as keyof ProjectFields]]);
  return Object.fromEntries(picked) as ProjectFields;
}

export const createProjectInput = projectFields;

export const updateProjectInput = z.object({ id, version, fields: projectFields });
export type UpdateProjectInput = z.input<typeof updateProjectInput>;

/** Gate values a move can supply; checked against the stage gates on the server. */
export const gateValues = z.object({
  signingDate: optionalDate,
  agreedInvestment: amountWan.nullable().optional(),
  agreementType: z.enum(AGREEMENT_TYPES).nullable().optional(),
  registeredEntity: optionalText(100),
  creditCode: z
    .union([z.literal('').transform(() => null), creditCode])
    .nullable()
    .optional(),
  location: optionalText(200),
  landingDate: optionalDate,
  startDate: optionalDate,
  completionDate: optionalDate,
});
export type GateValues = z.input<typeof gateValues>;

export const moveProjectInput = z.object({
  id,
  version,
  to: z.enum(PROJECT_STATES),
  gates: gateValues.optional(),
  note: optionalText(1000),
  dropCategory: z.enum(DROP_CATEGORIES).nullable().optional(),
});
export type MoveProjectInput = z.input<typeof moveProjectInput>;

export const followUpInput = z.object({
  projectId: id,
  date: dateString,
  kind: z.enum(FOLLOW_UP_KINDS, required),
  participants: optionalText(200),
  summary: requiredText(2000),
  nextStep: optionalText(500),
  nextDate: optionalDate,
});
export type FollowUpInput = z.input<typeof followUpInput>;

/** A dated amount in 万元 with a note: funds in place, fixed-asset investment counted. */
export const datedAmountInput = z.object({
  projectId: id,
  date: dateString,
  amount: positiveAmountWan,
  note: optionalText(500),
});
export type DatedAmountInput = z.input<typeof datedAmountInput>;

export const boardFilter = z.object({
  q: z.string().trim().max(100).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  ownerId: id.optional(),
  channel: z.enum(CHANNELS).optional(),
  majorOnly: z.boolean().optional(),
  stalledOnly: z.boolean().optional(),
  leaderId: id.optional(),
  taskForceId: id.optional(),
  /** 责任单位. */
  unitId: id.optional(),
  /** 重点项目, 专项债项目, 首店: the office's flags. */
  keyOnly: z.boolean().optional(),
  bondOnly: z.boolean().optional(),
  firstStoreOnly: z.boolean().optional(),
  /** 产业链: projects whose industry is one of the chain's. */
  chainId: id.optional(),
  /** Only projects flagged 资料待补 (imported without facts their stage needs). */
  pendingOnly: z.boolean().optional(),
});
export type BoardFilter = z.infer<typeof boardFilter>;

export const boardColumnInput = boardFilter.extend({
  stage: z.enum(FUNNEL_STAGES),
  cursor: z.number().int().min(0).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const offFunnelListInput = z.object({
  status: z.enum(['on_hold', 'dropped']),
  q: z.string().trim().max(100).optional(),
});

/** The 资料待补 list: every flagged project not dropped, or one officer's (owner A or B). */
export const pendingFactsListInput = z.object({ ownerId: id.optional() });

export const loginInput = z.object({
  username: requiredText(50),
  password: z.string().min(1, required).max(200),
});
