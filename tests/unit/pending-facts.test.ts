import { describe, expect, it } from 'vitest';
import { parseLedgerRow, planNewProject } from '../../shared/domain/ledger/row';
import { pendingFactsAt, stillPending } from '../../shared/domain/pending-facts';
import { planMove } from '../../shared/domain/transitions';

const entry = {
  name: '项目',
  investor: '投资方',
  industry: 'digital',
  estimatedInvestment: 100,
  channel: 'building',
  ownerAId: 1,
};
const signed = { ...entry, signingDate: '2026-01-01', agreedInvestment: 100, agreementType: 'investment' };

describe('pendingFactsAt: the facts of later stages a project lacks', () => {
  it.each([
    ['negotiating', entry, []],
    ['introduced', entry, ['signingDate', 'agreedInvestment', 'agreementType']],
    ['landed', { ...signed, landingDate: '2026-02-01' }, ['registeredEntity', 'creditCode', 'location']],
    [
      'started',
      { ...signed, location: ' ' },
      ['registeredEntity', 'creditCode', 'location', 'landingDate', 'startDate'],
    ],
    ['negotiating', { ...entry, channel: null }, []],
  ] as const)('at %s', (stage, values, pending) => {
    expect(pendingFactsAt(values, stage)).toEqual(pending);
  });
});

describe('stillPending: the flag shrinks and never grows', () => {
  it.each([
    [['registeredEntity', 'location'], { registeredEntity: '某公司' }, 'landed', ['location']],
    [['registeredEntity', 'location'], { registeredEntity: '某公司', location: '某楼' }, 'landed', []],
    [['registeredEntity'], { registeredEntity: '', creditCode: null }, 'landed', ['registeredEntity']],
    [['signingDate'], {}, 'negotiating', []],
    [[], { location: null }, 'landed', []],
  ] as const)('%j with %j at %s', (pending, values, stage, left) => {
    expect(stillPending(pending, values, stage)).toEqual(left);
  });
});

describe('a new ledger row: entry gate required, later facts pending', () => {
  const row = (cells: Record<string, unknown>) => parseLedgerRow(cells, {}, '2026-11-26');
  it('a 落地 row without 注册主体 is pending, not an error', () => {
    const { values, errors } = row({
      name: '甲',
      investor: '乙',
      industry: '数字',
      channel: '楼宇招商',
      estimatedInvestment: 100,
      stage: '落地',
      landingDate: '2026-03-01',
      ownerA: '王磊',
    });
    const plan = planNewProject(values, errors);
    expect(errors).toEqual({});
    expect(plan.pending).toEqual([
      'signingDate',
      'agreedInvestment',
      'registeredEntity',
      'creditCode',
      'location',
    ]);
  });
  it('a row without channel or owner is an error, unless a default owner is given', () => {
    const { values, errors } = row({
      name: '甲',
      investor: '乙',
      industry: '数字',
      estimatedInvestment: 100,
    });
    planNewProject(values, errors, 7);
    expect(errors).toEqual({ channel: { code: 'ledgerRequired' } });
  });
});

describe('planMove forward needs the pending facts too', () => {
  const landedPending = { ...signed, landingDate: '2026-02-01', stage: 'landed', status: 'active' } as const;
  it.each([
    ['started', { startDate: '2026-03-01' }, ['registeredEntity', 'creditCode', 'location']],
    ['started', { startDate: '2026-03-01', registeredEntity: 'x', creditCode: 'y', location: 'z' }, []],
    ['completed', {}, ['registeredEntity', 'creditCode', 'location', 'startDate', 'completionDate']],
  ] as const)('to %s with %j', (to, extra, missing) => {
    const plan = planMove({ ...landedPending, ...extra }, to);
    expect('missing' in plan && plan.missing).toEqual(missing);
  });
});
