import { z } from 'zod';
import { msg } from './messages';
import { amountWan, dateString, id, optionalText, positiveAmountWan, version } from './fields';

/** 投产: the day the completed project started production; `version` is null when it is first set. */
export const productionInput = z.object({
  projectId: id,
  date: dateString,
  version: version.nullable(),
});
export type ProductionInput = z.input<typeof productionInput>;

/** 固定资产投资入统: an amount counted in the statistics on a date. */
export const fixedAssetInput = z.object({
  projectId: id,
  date: dateString,
  amount: positiveAmountWan,
  note: optionalText(500),
});
export type FixedAssetInput = z.input<typeof fixedAssetInput>;

const count = z
  .number({ error: () => msg('count') })
  .int({ error: () => msg('count') })
  .min(0, { error: () => msg('count') })
  .max(10_000_000, { error: () => msg('count') });

/** A year's 产值 and 税收 (万元) and 就业人数; `version` is null for a year not yet recorded. */
export const annualResultInput = z.object({
  projectId: id,
  year: z
    .number({ error: () => msg('yearRange') })
    .int({ error: () => msg('yearRange') })
    .min(2000, { error: () => msg('yearRange') })
    .max(2100, { error: () => msg('yearRange') }),
  output: amountWan,
  tax: amountWan,
  jobs: count,
  version: version.nullable(),
});
export type AnnualResultInput = z.input<typeof annualResultInput>;
