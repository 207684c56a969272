import { describe, expect, it } from 'vitest';
import { positiveInt, withFilter } from '../../../client/lib/url-filters';
import { boardFilterFromParams } from '../../../client/features/board/board-url';

describe('URL filters', () => {
  it('reads a positive integer or nothing', () => {
    expect(positiveInt('12')).toBe(12);
    expect(positiveInt(null)).toBeUndefined();
    expect(positiveInt('')).toBeUndefined();
    expect(positiveInt('0')).toBeUndefined();
    expect(positiveInt('-3')).toBeUndefined();
    expect(positiveInt('1.5')).toBeUndefined();
    expect(positiveInt('abc')).toBeUndefined();
  });

  it('sets, replaces and removes one filter and keeps the others', () => {
    expect(withFilter('?stage=landed', 'industry', 'retail').toString()).toBe('stage=landed&industry=retail');
    expect(withFilter('?stage=landed', 'stage', 'started').toString()).toBe('stage=started');
    expect(withFilter('?stage=landed&q=x', 'stage', '').toString()).toBe('q=x');
    expect(withFilter('?stage=landed', 'stage', undefined).toString()).toBe('');
  });

  it('drops the reset keys (a page number) when a filter changes', () => {
    expect(withFilter('?page=3&q=a', 'q', 'b', ['page']).toString()).toBe('q=b');
    expect(withFilter('page=3', 'q', 'b').toString()).toBe('page=3&q=b');
  });
});

describe('the board filter from its URL', () => {
  const from = (search: string) =>
    Object.fromEntries(
      Object.entries(boardFilterFromParams(new URLSearchParams(search))).filter(([, v]) => v !== undefined),
    );

  it.each([
    ['nothing', '', {}],
    ['责任单位', 'unit=4', { unitId: 4 }],
    ['产业链', 'chain=2', { chainId: 2 }],
    [
      '重点, 专项债 and 首店',
      'key=1&bond=1&firstStore=1',
      { keyOnly: true, bondOnly: true, firstStoreOnly: true },
    ],
    ['资料待补', 'pending=1', { pendingOnly: true }],
    [
      'the older filters beside them',
      'industry=finance&stalled=1&unit=3',
      { industry: 'finance', stalledOnly: true, unitId: 3 },
    ],
    ['a flag other than 1 is off', 'key=0&bond=yes', {}],
    ['an id that is not a positive integer is left out', 'unit=0&chain=abc', {}],
    ['an unknown industry is left out', 'industry=mining', {}],
    ['the swimlane view is not a filter', 'lanes=1', {}],
  ])('%s', (_case, search, filter) => {
    expect(from(search)).toEqual(filter);
  });

  it('a filter written to the URL reads back (one parameter per filter, the others kept)', () => {
    const search = withFilter('?unit=4&lanes=1', 'firstStore', '1').toString();
    expect(search).toBe('unit=4&lanes=1&firstStore=1');
    expect(from(search)).toEqual({ unitId: 4, firstStoreOnly: true });
    expect(from(withFilter(search, 'unit', undefined).toString())).toEqual({ firstStoreOnly: true });
  });
});
