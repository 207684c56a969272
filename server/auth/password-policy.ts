import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import { createRequire } from 'node:module';
import { fieldError } from '../errors';

/**
 * What a new password must not be, beyond the 12 characters the shared schema asks (issue 11, OWASP
 * ASVS 2.1.7): on the list of common and breached passwords that zxcvbn-ts ships (about 50,000, from
 * real breaches, kept up to date by that project), one character repeated, or containing the username.
 * Seeded demo accounts are hashed directly and not subject to it; people setting a password are.
 */
let common: Set<string> | undefined;
/** Loaded when a password is first set, not at start-up (decision 130): the list takes a while to load. */
function commonPasswords(): Set<string> {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)(
      '@zxcvbn-ts/language-common',
    ) as typeof ZxcvbnCommon;
    common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return common;
}

export function passwordProblem(
  password: string,
  username: string,
): 'passwordCommon' | 'passwordHasUsername' | 'passwordRepeated' | null {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || commonPasswords().has(lower.trim())) return 'passwordCommon';
  if (new Set(password).size === 1) return 'passwordRepeated';
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return 'passwordHasUsername';
  return null;
}

/** Throws a field error on `field` when the password breaks the policy. */
export function checkNewPassword(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw fieldError({ [field]: problem });
}
