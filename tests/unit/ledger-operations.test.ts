import { describe, expect, it } from 'vitest';
import {
  type LedgerOperations,
  parseLedgerOperations,
  planOperations,
  type StoredOperations,
  writesOperations,
} from '../../shared/domain/ledger/operations';

const none: LedgerOperations = {
  productionDate: null,
  fixedAssets: null,
  year: null,
  output: null,
  tax: null,
  jobs: null,
};
const stored: StoredOperations = {
  production: { date: '2026-03-01', version: 2 },
  fixedAssetSum: 1000,
  years: new Map([[2025, { output: 500, tax: 20, jobs: 10, version: 1 }]]),
};

describe('reading the after-建成 cells of a ledger row', () => {
  it('reads 年度 and 就业人数 with their usual suffixes, amounts in the column unit', () => {
    const errors = {};
    const ops = parseLedgerOperations(
      { resultYear: '2025年', jobs: '１２０人', output: '1.2亿元', tax: 300, fixedAssets: 8000 },
      { fixedAssets: 'wan' },
      '2026-11-26',
      errors,
    );
    expect(ops).toEqual({
      productionDate: null,
      fixedAssets: 8000,
      year: 2025,
      output: 12000,
      tax: 300,
      jobs: 120,
    });
    expect(errors).toEqual({});
  });

  it('a year after this one, a fractional head count or a future 投产 is an error on its column', () => {
    const errors: Record<string, unknown> = {};
    parseLedgerOperations(
      { resultYear: 2027, jobs: 3.5, productionDate: '2026-12-01' },
      {},
      '2026-11-26',
      errors,
    );
    expect(Object.keys(errors).sort()).toEqual(['jobs', 'productionDate', 'resultYear']);
  });
});

describe('planning the after-建成 records of a row', () => {
  it('nothing given: nothing planned', () => {
    expect(planOperations(none, stored, true)).toBeNull();
  });

  it('a project not 建成 writes nothing and says so', () => {
    const plan = planOperations({ ...none, fixedAssets: 2000 }, undefined, false);
    expect(writesOperations(plan)).toBe(false);
    expect(plan?.notes).toHaveLength(1);
  });

  it('adds the difference to the 入统 total, never takes it back', () => {
    expect(planOperations({ ...none, fixedAssets: 1600 }, stored, true)?.addFixedAssets).toBe(600);
    const lower = planOperations({ ...none, fixedAssets: 900 }, stored, true);
    expect(writesOperations(lower)).toBe(false);
    expect(lower?.notes).toHaveLength(1);
  });

  it('a changed 投产 date names the version it corrects; the same date is nothing to do', () => {
    expect(planOperations({ ...none, productionDate: '2026-03-02' }, stored, true)?.production).toEqual({
      date: '2026-03-02',
      version: 2,
    });
    expect(writesOperations(planOperations({ ...none, productionDate: '2026-03-01' }, stored, true))).toBe(
      false,
    );
  });

  it('a year is written when new or different, at its version', () => {
    const same = { ...none, year: 2025, output: 500, tax: 20, jobs: 10 };
    expect(writesOperations(planOperations(same, stored, true))).toBe(false);
    expect(planOperations({ ...same, jobs: 12 }, stored, true)?.annual).toMatchObject({
      version: 1,
      jobs: 12,
    });
    expect(planOperations({ ...same, year: 2026 }, stored, true)?.annual).toMatchObject({ version: null });
  });
});
