import { creditCodeCheckChar } from '../../../shared/domain/credit-code';
import type { Rng } from './random';

/** 9 = registered by market regulation, 1 = enterprise; 220102 = 南关区, 长春市, 吉林省. */
const NANGUAN_PREFIX = '91220102';
const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The embedded organisation code (GB 11714) carries its own check digit; computing it makes the codes
 * pass stricter validators than ours. Letters count 10..35 by their place in the Latin alphabet.
 */
function orgCheck(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i] ?? '';
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 11) return '0';
  if (check === 10) return 'X';
  return String(check);
}

/** Unique, valid 统一社会信用代码 for companies registered in 南关区 (new-style "MA…" organisation codes). */
export class CreditCodes {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (;;) {
      let org = 'MA';
      for (let i = 0; i < 6; i++) org += ORG_ALPHABET[this.rng.int(0, ORG_ALPHABET.length - 1)];
      const orgCode = org + orgCheck(org);
      const first17 = NANGUAN_PREFIX + orgCode;
      const check = creditCodeCheckChar(first17);
      if (!check) continue;
      const code = first17 + check;
      if (this.used.has(code)) continue;
      this.used.add(code);
      return code;
    }
  }
}
