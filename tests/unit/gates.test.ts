import { describe, expect, it } from 'vitest';
import { gateDateOrderError, gatesBetween, gatesUpTo, missingGates } from '../../shared/domain/gates';

describe('gatesUpTo: every gate of every stage up to and including it', () => {
  it.each([
    ['negotiating', ['name', 'investor', 'industry', 'estimatedInvestment', 'channel', 'ownerAId']],
    [
      'introduced',
      [
        'name',
        'investor',
        'industry',
        'estimatedInvestment',
        'channel',
        'ownerAId',
        'signingDate',
        'agreedInvestment',
        'agreementType',
      ],
    ],
    [
      'started',
      [
        'name',
        'investor',
        'industry',
        'estimatedInvestment',
        'channel',
        'ownerAId',
        'signingDate',
        'agreedInvestment',
        'agreementType',
        'registeredEntity',
        'creditCode',
        'location',
        'landingDate',
        'startDate',
      ],
    ],
  ] as const)('%s', (stage, gates) => {
    expect(gatesUpTo(stage)).toEqual(gates);
  });

  it('completed needs all 15 gate fields', () => {
    expect(gatesUpTo('completed')).toHaveLength(15);
  });
});

describe('gatesBetween: the gates a forward move needs', () => {
  it.each([
    ['negotiating', 'introduced', ['signingDate', 'agreedInvestment', 'agreementType']],
    ['introduced', 'landed', ['registeredEntity', 'creditCode', 'location', 'landingDate']],
    ['landed', 'started', ['startDate']],
    ['started', 'completed', ['completionDate']],
    [
      'negotiating',
      'landed',
      [
        'signingDate',
        'agreedInvestment',
        'agreementType',
        'registeredEntity',
        'creditCode',
        'location',
        'landingDate',
      ],
    ],
    [
      'introduced',
      'completed',
      ['registeredEntity', 'creditCode', 'location', 'landingDate', 'startDate', 'completionDate'],
    ],
    ['landed', 'landed', []],
    ['landed', 'introduced', []],
  ] as const)('%s → %s', (from, to, gates) => {
    expect(gatesBetween(from, to)).toEqual(gates);
  });
});

describe('missingGates', () => {
  it.each([
    [{ signingDate: '2026-01-01', agreedInvestment: 0, agreementType: 'framework' }, []],
    [{ signingDate: '', agreedInvestment: 100, agreementType: 'framework' }, ['signingDate']],
    [
      { signingDate: '2026-01-01', agreedInvestment: null, agreementType: undefined },
      ['agreedInvestment', 'agreementType'],
    ],
    [{}, ['signingDate', 'agreedInvestment', 'agreementType']],
  ])('%j → %j (0 万元 is a value, not a blank)', (values, missing) => {
    expect(missingGates(values, ['signingDate', 'agreedInvestment', 'agreementType'])).toEqual(missing);
  });
});

describe('gateDateOrderError: signing ≤ landing ≤ start ≤ completion', () => {
  it.each([
    [
      {
        signingDate: '2026-01-01',
        landingDate: '2026-02-01',
        startDate: '2026-03-01',
        completionDate: '2026-04-01',
      },
      null,
    ],
    [
      {
        signingDate: '2026-01-01',
        landingDate: '2026-01-01',
        startDate: '2026-01-01',
        completionDate: '2026-01-01',
      },
      null,
    ],
    [
      { signingDate: '2026-02-01', landingDate: '2026-01-31' },
      { field: 'landingDate', after: 'signingDate' },
    ],
    [
      { landingDate: '2026-03-01', startDate: '2026-02-28' },
      { field: 'startDate', after: 'landingDate' },
    ],
    [
      { signingDate: '2026-03-01', completionDate: '2026-02-01' },
      { field: 'completionDate', after: 'signingDate' },
    ],
    [
      { signingDate: '2026-03-01', landingDate: null, startDate: '2026-02-01' },
      { field: 'startDate', after: 'signingDate' },
    ],
    [
      { startDate: '2026-05-01', completionDate: '2026-04-30' },
      { field: 'completionDate', after: 'startDate' },
    ],
    [{}, null],
  ])('%j → %j', (values, error) => {
    expect(gateDateOrderError(values)).toEqual(error);
  });
});
