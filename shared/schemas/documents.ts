import { z } from 'zod';
import { DOCUMENT_TARGETS } from '../domain/documents';
import { id, requiredText, version } from './fields';

const kindKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const target = z.enum(DOCUMENT_TARGETS);

/** The upload route's query (the bytes are the body, the name the X-File-Name header). */
export const documentUploadQuery = z.object({
  projectId: z.coerce.number().int().positive(),
  kind: kindKey,
  target: target.default('project'),
  targetId: z.coerce.number().int().positive().optional(),
  supersedes: z.coerce.number().int().positive().optional(),
});
export type DocumentUploadQuery = z.output<typeof documentUploadQuery>;

export const documentListInput = z.object({
  projectId: id,
  target: target.optional(),
  targetId: id.optional(),
});

export const documentWithdrawInput = z.object({ id, version, reason: requiredText(200) });

/** The admin's catalogue of kinds: renamed, added, retired (a kind in use is never deleted). */
export const documentKindsInput = z.object({
  kinds: z
    // An existing kind names the version the admin saw (a stale one is a CONFLICT); a new one has neither.
    .array(
      z.object({
        key: kindKey.optional(),
        version: version.optional(),
        label: requiredText(20),
        active: z.boolean(),
      }),
    )
    .min(1)
    .max(30),
});

/** The kinds each stage's gate requires (an admin setting; none by default). */
export const documentGatesInput = z.object({
  required: z.partialRecord(
    z.enum(['introduced', 'landed', 'started', 'completed']),
    z.array(kindKey).max(10),
  ),
  version: z.number().int().min(0),
});
