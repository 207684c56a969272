import { z } from 'zod';
import { contactCreateInput, contactRemoveInput, contactUpdateInput } from '../../shared/schemas/contacts';
import { addContact, listContacts, removeContact, updateContact } from '../services/contacts';
import { objectProcedure, readProcedure, router } from '../trpc';

/** The investor's contact people on a project: read by all who read it, changed by those who may edit it. */
export const contactsRouter = router({
  list: readProcedure
    .input(z.object({ projectId: z.number().int().positive() }))
    .query(({ ctx, input }) => listContacts(ctx.db, input.projectId)),

  add: objectProcedure('project.edit', contactCreateInput, {
    kind: 'project',
    id: (i) => i.projectId,
  }).mutation(({ ctx, input }) => addContact(ctx.db, ctx.user, input, ctx.now())),

  update: objectProcedure('project.edit', contactUpdateInput, { kind: 'contact', id: (i) => i.id }).mutation(
    ({ ctx, input }) => updateContact(ctx.db, ctx.user, input, ctx.now()),
  ),

  remove: objectProcedure('project.edit', contactRemoveInput, { kind: 'contact', id: (i) => i.id }).mutation(
    ({ ctx, input }) => removeContact(ctx.db, ctx.user, input, ctx.now()),
  ),
});
