import { z } from 'zod';
import { id } from './fields';

export const markReadInput = z.object({ ids: z.array(id).max(200).optional() });
