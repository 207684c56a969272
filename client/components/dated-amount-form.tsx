import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { type DatedAmountInput, datedAmountInput } from '../../shared/schemas/project';
import { todayBusinessDate } from '../lib/format';
import { useFormSubmit } from '../lib/use-form-submit';
import { toAmount } from './project-field-input';
import { Button } from './ui/button';
import { Field, inputClass } from './ui/field';

/**
 * One dated amount in 万元 with a note, on a project: money in place (到位资金) and fixed-asset
 * investment counted (固定资产投资入统) are entered the same way. `save` sends it; the form then clears.
 */
export function DatedAmountForm({
  projectId,
  labels,
  save,
  className = '',
}: {
  projectId: number;
  labels: { date: string; amount: string; note: string; submit: string };
  save: (values: DatedAmountInput) => Promise<unknown>;
  className?: string;
}) {
  const form = useForm<DatedAmountInput>({
    resolver: zodResolver(datedAmountInput),
    defaultValues: { projectId, date: todayBusinessDate() },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form)(async (values) => {
    await save(values);
    form.reset({ projectId, date: todayBusinessDate(), amount: undefined, note: '' });
  });
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className={`grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-4 ${className}`}
    >
      <Field label={labels.date} error={errors.date?.message}>
        {(p) => <input {...p} type="date" className={inputClass} {...form.register('date')} />}
      </Field>
      <Field label={labels.amount} error={errors.amount?.message} required>
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            step={1}
            className={inputClass}
            {...form.register('amount', { setValueAs: toAmount })}
          />
        )}
      </Field>
      <Field label={labels.note} error={errors.note?.message}>
        {(p) => <input {...p} className={inputClass} {...form.register('note')} />}
      </Field>
      <div className="flex items-end justify-end">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {labels.submit}
        </Button>
      </div>
    </form>
  );
}
