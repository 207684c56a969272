import { z } from 'zod';
import { INDUSTRIES } from '../domain/catalog';
import { TARGET_METRICS } from '../domain/review/targets';
import { type Period, periodOf } from '../domain/review/period';
import { type Week, weekOf } from '../domain/review/week';
import { dateString, id, optionalText, requiredText, version } from './fields';
import { validationLocale } from './messages';

const text = {
  'zh-CN': {
    week: '周次格式应为 YYYY-Www，例如 2026-W48',
    period: '报告期格式应为 YYYY-MM（月）或 YYYY-Qn（季度），例如 2026-11、2026-Q4',
    metric: '请选择指标',
    value: '目标值应为大于0的整数',
    periodEnd: '结束日期不能早于开始日期',
  },
  en: {
    week: 'Use the week format YYYY-Www, e.g. 2026-W48',
    period: 'Use YYYY-MM for a month or YYYY-Qn for a quarter, e.g. 2026-11 or 2026-Q4',
    metric: 'Choose a metric',
    value: 'Enter a whole number greater than 0',
    periodEnd: 'The end date cannot be before the start date',
  },
} as const;
const say = (key: keyof (typeof text)['zh-CN']) => () => text[validationLocale()][key];

/**
 * An ISO week key like '2026-W48' naming a real week (W53 only in years that have one), parsed once
 * into its `Week` (Shanghai edges and days) for the review's router and services.
 */
export const weekKey = z.string({ error: say('week') }).transform((v, ctx): Week => {
  const week = weekOf(v);
  if (!week) {
    ctx.issues.push({ code: 'custom', message: say('week')(), input: v });
    return z.NEVER;
  }
  return week;
});
export const weekInput = z.object({ week: weekKey });

/** A month ('2026-11') or quarter ('2026-Q4') key, parsed into its `Period` for the monthly and quarterly reports. */
export const reportPeriodKey = z.string({ error: say('period') }).transform((v, ctx): Period => {
  const period = v.length <= 16 ? periodOf(v) : null;
  if (!period || period.kind === 'week') {
    ctx.issues.push({ code: 'custom', message: say('period')(), input: v });
    return z.NEVER;
  }
  return period;
});
export const reportInput = z.object({ period: reportPeriodKey });
export const reopenWeekInput = z.object({ week: weekKey, reason: requiredText(500) });

const targetFields = z.object({
  metric: z.enum(TARGET_METRICS, { error: say('metric') }),
  value: z
    .number({ error: say('value') })
    .int({ error: say('value') })
    .min(1, { error: say('value') })
    .max(1_000_000_000, { error: say('value') }),
  periodStart: dateString,
  periodEnd: dateString,
  industry: z.enum(INDUSTRIES).nullable().optional(),
  unitId: id.nullable().optional(),
  /** The officer the target is set for (decision 041). */
  ownerId: id.nullable().optional(),
  note: optionalText(500),
});

export const targetInput = targetFields.refine((t) => t.periodEnd >= t.periodStart, {
  path: ['periodEnd'],
  error: say('periodEnd'),
});
export type TargetInput = z.input<typeof targetInput>;
export const targetUpdateInput = z.object({ id, version, fields: targetInput });
export const targetDeactivateInput = z.object({ id, version });

export const campaignInput = z
  .object({ campaignStart: dateString, campaignEnd: dateString, version: z.number().int().min(0) })
  .refine((c) => c.campaignEnd >= c.campaignStart, { path: ['campaignEnd'], error: say('periodEnd') });
export type CampaignInput = z.input<typeof campaignInput>;
