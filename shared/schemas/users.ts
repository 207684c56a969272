import { z } from 'zod';
import { ROLES } from '../domain/catalog';
import { id, optionalText, requiredText, version } from './fields';
import { msg } from './messages';

/**
 * Passwords people set: at least 12 characters (OWASP ASVS 4.0.3, 2.1.1). The server also refuses
 * common and breached passwords and ones containing the username (server/auth/password-policy.ts).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const newPassword = z
  .string({ error: () => msg('required') })
  .min(PASSWORD_MIN_LENGTH, { error: () => msg('passwordLength') })
  .max(200, { error: () => msg('tooLong') });

export const role = z.enum(ROLES);

export const createUserInput = z.object({
  username: requiredText(50).regex(/^[A-Za-z0-9._-]+$/, { error: '用户名只能包含字母、数字和 . _ -' }),
  displayName: requiredText(50),
  role,
  unitId: id.nullable().optional(),
  title: optionalText(50),
  password: newPassword,
});

export const updateUserInput = z.object({
  id,
  version,
  displayName: requiredText(50),
  role,
  unitId: id.nullable().optional(),
  title: optionalText(50),
});

export const setUserActiveInput = z.object({ id, version, active: z.boolean() });
export const resetPasswordInput = z.object({ id, version, password: newPassword });

export const changePasswordInput = z
  .object({
    current: z
      .string()
      .min(1, { error: () => msg('required') })
      .max(200),
    next: newPassword,
  })
  .refine((v) => v.current !== v.next, { path: ['next'], error: '新密码不能与当前密码相同' });

/** A person's own display preference (大字号, issue 20). */
export const setLargeTextInput = z.object({ largeText: z.boolean() });

export type CreateUserInput = z.input<typeof createUserInput>;
export type UpdateUserInput = z.input<typeof updateUserInput>;
