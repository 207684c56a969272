import { z } from 'zod';
import { CHANNELS } from '../domain/catalog';
import { LEDGER_FIELDS } from '../domain/ledger/columns';
import { id } from './fields';
import { boardFilter } from './project';

const token = z.string().min(10).max(64);

/** How a sheet is read: which sheet, which column is which field, and what to do with known projects. */
export const importOptions = z.object({
  token,
  sheet: z.number().int().min(0).max(255),
  /** Field per column index (null: not imported); omitted: matched automatically by the headers. */
  mapping: z.array(z.enum(LEDGER_FIELDS).nullable()).max(500).optional(),
  /** A project already in the system (same name and investor, or same credit code). */
  onExisting: z.enum(['skip', 'update']).default('skip'),
  /** Create 责任单位 the sheet names that do not exist yet. */
  createUnits: z.boolean().default(false),
  /**
   * Values for new projects whose cell is missing or empty (old ledgers have no 招商方式 column and leave
   * 招商责任人 and 责任单位 blank). Never applied to an existing project: a blank cell leaves it as it is.
   */
  defaults: z
    .object({
      channel: z.enum(CHANNELS).nullable().default(null),
      ownerAId: id.nullable().default(null),
      unitId: id.nullable().default(null),
    })
    .default({ channel: null, ownerAId: null, unitId: null }),
});
export type ImportOptionsInput = z.input<typeof importOptions>;

export const PREVIEW_VIEWS = ['all', 'error', 'create', 'update', 'skip'] as const;
export type PreviewView = (typeof PREVIEW_VIEWS)[number];

export const previewInput = importOptions.extend({
  view: z.enum(PREVIEW_VIEWS).default('all'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

/** The export: the whole ledger, or the board as currently filtered (the board's own filter). */
export const ledgerExportQuery = boardFilter.extend({ scope: z.enum(['all', 'board']).default('all') });
export type LedgerExportQuery = z.infer<typeof ledgerExportQuery>;
