import { describe, expect, it } from 'vitest';
import { positiveInt, withFilter } from '../../../client/lib/url-filters';

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
