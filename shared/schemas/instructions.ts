import { z } from 'zod';
import { dateString, id, requiredText, version } from './fields';

export const instructionInput = z.object({ projectId: id, text: requiredText(1000), replyBy: dateString });
export type InstructionInput = z.input<typeof instructionInput>;
export const replyInstructionInput = z.object({ id, version, reply: requiredText(2000) });
export type ReplyInstructionInput = z.input<typeof replyInstructionInput>;
