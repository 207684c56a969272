import { z } from 'zod';
import { dateString, id } from './fields';

export const auditListInput = z
  .object({
    userId: id.optional(),
    entity: z.string().trim().max(50).optional(),
    entityId: id.optional(),
    /** Prefix of the action ('project.' or 'auth.login_failed'). */
    action: z.string().trim().max(80).optional(),
    from: dateString.optional(),
    to: dateString.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(10).max(200).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], error: '结束日期不能早于开始日期' });

export type AuditListInput = z.input<typeof auditListInput>;
