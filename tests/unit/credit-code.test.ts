import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from '../../shared/domain/credit-code';
import { creditCode } from '../../shared/schemas/fields';
import { creditCodeFor } from '../helpers/credit-code';

/** Swap the check character for another one from the alphabet. */
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '0' ? '1' : '0');

describe('creditCodeCheckChar (GB 32100-2015)', () => {
  it.each([
    ['91440300192203821', '6'], // 华为技术有限公司 914403001922038216
    ['9144030071526726X', 'G'], // 深圳市腾讯计算机系统有限公司 9144030071526726XG
    ['91330100716105852', 'F'], // 阿里巴巴（中国）有限公司 91330100716105852F
    ['91350100M000100Y4', '3'], // a widely quoted sample code
  ])('%s → %s', (first17, check) => {
    expect(creditCodeCheckChar(first17)).toBe(check);
  });

  it.each(['9144030019220382', '914403001922038216', '9144030019220382I'])(
    'refuses %s (length or alphabet)',
    (bad) => {
      expect(creditCodeCheckChar(bad)).toBeNull();
    },
  );
});

describe('isValidCreditCode', () => {
  const built = creditCodeFor(42);
  it.each([
    ['a real company code', '914403001922038216', true],
    ['a code ending in a letter', '9144030071526726XG', true],
    ['a code built with its check character', built, true],
    ['a wrong check character', wrongCheck(built), false],
    ['a real code with a wrong check character', '914403001922038217', false],
    ['17 characters', '91440300192203821', false],
    ['19 characters', '9144030019220382160', false],
    ['empty', '', false],
    ['lower case (the schema upper-cases first)', '9144030071526726xg', false],
    ['letters in the division code (3rd–8th)', '91A403001922038216', false],
  ])('%s: %s → %s', (_case, code, valid) => {
    expect(isValidCreditCode(code)).toBe(valid);
  });

  // I, O, Z, S, V are not in the alphabet: even with the check character recomputed they are refused.
  it.each(['I', 'O', 'Z', 'S', 'V'])('forbidden letter %s', (letter) => {
    const first17 = `9144030071526726${letter}`;
    expect(creditCodeCheckChar(first17)).toBeNull();
    expect(isValidCreditCode(`${first17}0`)).toBe(false);
  });
});

describe('the creditCode schema', () => {
  it('upper-cases and trims before checking', () => {
    expect(creditCode.parse(' 9144030071526726xg ')).toBe('9144030071526726XG');
  });

  it('names the rule in its message', () => {
    const result = creditCode.safeParse(wrongCheck(creditCodeFor(7)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('统一社会信用代码无效：应为18位，且校验位正确');
  });
});
