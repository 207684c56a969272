import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreNeutralised } from '../../shared/domain/cell-safety';

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 431 8888', "'+86 431 8888"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['华润中心', '华润中心'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
    expect(restoreNeutralised(neutraliseCell(input))).toBe(input);
  });

  it('leaves a quote that protects nothing', () => {
    expect(restoreNeutralised("'华润")).toBe("'华润");
  });
});
