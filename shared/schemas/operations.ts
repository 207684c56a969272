import { z } from 'zod';
import { msg } from './messages';
import { amountWan, dateString, id, version } from './fields';

/** 投产: the day the completed project started production; `version` is null when it is first set. */
export const productionInput = z.object({
  projectId: id,
  date: dateString,
  version: version.nullable(),
});
export type ProductionInput = z.input<typeof productionInput>;

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
