import { creditCodeCheckChar } from '../../shared/domain/credit-code';

/** A valid unified social credit code, different for each n (check character computed per GB 32100). */
export function creditCodeFor(n: number): string {
  const first17 = `91220102${String(n).padStart(9, '0')}`;
  return first17 + (creditCodeCheckChar(first17) ?? '');
}
