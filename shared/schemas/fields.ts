import { z } from 'zod';
import { isValidCreditCode } from '../domain/credit-code';
import { isValidDateString } from '../domain/dates';
import { hasBidiControl, isVisiblyEmpty } from '../domain/visible-text';
import { msg, validationLocale } from './messages';
// Only the two locales the app speaks; zod's generic messages follow the current language.
import enLocale from 'zod/v4/locales/en.js';
import zhLocale from 'zod/v4/locales/zh-CN.js';

const zhError = zhLocale().localeError;
const enError = enLocale().localeError;
z.config({ localeError: (issue) => (validationLocale() === 'en' ? enError : zhError)(issue) });

/** Reusable field schemas: messages are looked up when an error is raised, in the current language. */
/** Text without bidirectional controls (shared/domain/visible-text.ts). */
const honestText = () =>
  z
    .string({ error: () => msg('required') })
    .trim()
    .refine((v) => !hasBidiControl(v), { error: () => msg('bidiControl'), abort: true });

export const requiredText = (max = 200) =>
  honestText()
    .refine((v) => !isVisiblyEmpty(v), { error: () => msg('required'), abort: true })
    .refine((v) => v.length <= max, { error: () => msg('tooLong') });

export const optionalText = (max = 2000) =>
  honestText()
    .max(max, { error: () => msg('tooLong') })
    .transform((v) => (isVisiblyEmpty(v) ? null : v))
    .nullable()
    .optional();

export const dateString = z
  .string({ error: () => msg('date') })
  .refine(isValidDateString, { error: () => msg('date') });

export const optionalDate = z
  .union([z.literal(''), dateString])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const amountWan = z
  .number({ error: () => msg('amount') })
  .int({ error: () => msg('amount') })
  .min(0, { error: () => msg('amount') })
  .max(100_000_000, { error: () => msg('amount') });

/** An amount that must be above 0 (funds in place): one message, not "≥ 0" followed by "> 0". */
export const positiveAmountWan = z
  .number({ error: () => msg('positiveAmount') })
  .int({ error: () => msg('positiveAmount') })
  .min(1, { error: () => msg('positiveAmount') })
  .max(100_000_000, { error: () => msg('amount') });

export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, { error: () => msg('creditCode') });

export const id = z
  .number({ error: () => msg('required') })
  .int()
  .positive();
export const version = z.number().int().min(1);
