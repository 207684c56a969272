import { z } from 'zod';
import { id, optionalText, requiredText, version } from './fields';
import { msg } from './messages';

/** 5–30 characters of digits, +, -, spaces and brackets, with at least 5 digits: 0571-8888 6666, +86 138… */
export function isPhone(v: string): boolean {
  return /^[0-9+()（）\-\s]{5,30}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5;
}

const phone = optionalText(30).refine((v) => v == null || isPhone(v), { error: () => msg('phone') });
const email = optionalText(100).refine((v) => v == null || z.email().safeParse(v).success, {
  error: () => msg('email'),
});

/** An investor's contact person on a project (联系人): what a person types. */
export const contactFields = z.object({
  name: requiredText(40),
  title: optionalText(40),
  phone,
  email,
  note: optionalText(500),
  isPrimary: z.boolean().optional(),
});
export type ContactFields = z.input<typeof contactFields>;

export const contactCreateInput = z.object({ projectId: id, fields: contactFields });
export const contactUpdateInput = z.object({ id, version, fields: contactFields });
export const contactRemoveInput = z.object({ id, version });
