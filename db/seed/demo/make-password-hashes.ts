/**
 * Writes db/seed/demo/password-hashes.ts: the demo password hashed once per demo account, each with its
 * own salt, at the current scrypt parameters (decision 130). Run it again when DEMO_PASSWORD, the
 * people or the parameters change (tests/api/demo-seed.test.ts says when):
 *
 *   npx tsx db/seed/demo/make-password-hashes.ts && npx prettier --write db/seed/demo/password-hashes.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '../../password';
import { DEMO_PASSWORD, PEOPLE } from './people';

const lines = [];
for (const p of PEOPLE) lines.push(`  ${p.username}: '${await hashPassword(DEMO_PASSWORD)}',`);
writeFileSync(
  join(import.meta.dirname, 'password-hashes.ts'),
  `// Made by db/seed/demo/make-password-hashes.ts: DEMO_PASSWORD hashed with scrypt, a salt per account.
// The password is public (the README prints it), so its hashes are too; hashing them at every first
// start cost seconds (decision 130).
export const DEMO_PASSWORD_HASHES: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`,
);
