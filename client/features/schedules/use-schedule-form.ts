import { zodResolver } from '@hookform/resolvers/zod';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createScheduleInput } from '../../../shared/schemas/schedules';
import { flatErrors } from '../../lib/form-values';
import { checkRows, type EditRow } from './milestone-rows';
import { useRowMessages } from './use-row-messages';

const scheduleForm = createScheduleInput.pick({ targetDate: true, reason: true, milestones: true });
export type ScheduleValues = { targetDate: string; reason: string; milestones: EditRow[] };
export type ScheduleOutput = z.output<typeof scheduleForm>;

/**
 * A plan being created or adjusted: the server's schema plus the row checks it makes (and `extra` ones),
 * so each message shows under its row before saving. The rows are edited by MilestoneEditor.
 */
export function useScheduleForm(
  today: string,
  defaultValues: ScheduleValues,
  extra: (values: ScheduleOutput) => Record<string, string> = () => ({}),
) {
  const messages = useRowMessages();
  const schema = scheduleForm.superRefine((values, ctx) => {
    const errors = { ...checkRows(values.milestones, values.targetDate, today, messages), ...extra(values) };
    for (const [path, message] of Object.entries(errors))
      ctx.addIssue({
        code: 'custom',
        path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message,
      });
  });
  // The rows carry a React key and the proposal's hint beside the schema's fields, hence the wider input type.
  const resolver = zodResolver(schema) as unknown as Resolver<ScheduleValues, unknown, ScheduleOutput>;
  const form = useForm<ScheduleValues, unknown, ScheduleOutput>({ resolver, defaultValues });
  const rows = useWatch({ control: form.control, name: 'milestones' });
  const setRows = (next: EditRow[]) =>
    form.setValue('milestones', next, { shouldValidate: form.formState.isSubmitted });
  return { form, rows, setRows, errors: flatErrors(form.formState.errors) };
}
