import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ProjectFields, projectFields } from '../../../shared/schemas/project';
import { ProjectFieldInput } from '../../components/project-field-input';
import { Button } from '../../components/ui/button';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useDirectoryOptions } from '../../lib/use-directory';

const BASICS = [
  'name',
  'investor',
  'industry',
  'channel',
  'origin',
  'capitalType',
  'estimatedInvestment',
  'location',
] as const;
const GATES = [
  'signingDate',
  'agreedInvestment',
  'agreementType',
  'registeredEntity',
  'creditCode',
  'landingDate',
  'startDate',
  'completionDate',
] as const;
const FLAGS = ['isKey', 'isBond', 'isFirstStore'] as const;
const REQUIRED = new Set<string>([
  'name',
  'investor',
  'industry',
  'channel',
  'estimatedInvestment',
  'ownerAId',
]);

/**
 * The project form for create and edit: validated with the same zod schema as the server; the
 * server's field messages (gates of the current stage, a credit code in use) land under their fields.
 */
export function ProjectForm({
  defaultValues,
  showGates,
  submitLabel,
  onSubmit,
  onCancel,
  requiredGates = [],
  locked = {},
}: {
  defaultValues: Partial<ProjectFields>;
  showGates: boolean;
  submitLabel: string;
  onSubmit: (values: ProjectFields) => Promise<void>;
  onCancel: () => void;
  requiredGates?: readonly string[];
  /** Fields the person may not change, with the reason shown under each (shared model, decision 080). */
  locked?: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const options = useDirectoryOptions();
  const form = useForm<ProjectFields>({ resolver: zodResolver(projectFields), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const submit = useFormSubmit(form)(onSubmit);
  const err = (f: string) => errors[f as keyof ProjectFields]?.message;
  const required = (f: string) => REQUIRED.has(f) || requiredGates.includes(f);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-5">
      <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {BASICS.map((f) => (
          <ProjectFieldInput
            key={f}
            name={f}
            register={form.register}
            error={err(f)}
            required={required(f)}
            locked={locked[f]}
            className={f === 'name' ? 'sm:col-span-2' : ''}
          />
        ))}
        <ProjectFieldInput
          name="ownerAId"
          register={form.register}
          error={err('ownerAId')}
          required
          options={options.officers}
          locked={locked.ownerAId}
        />
        <ProjectFieldInput
          name="ownerBId"
          register={form.register}
          error={err('ownerBId')}
          options={options.officers}
          locked={locked.ownerBId}
        />
        <ProjectFieldInput
          name="unitId"
          register={form.register}
          error={err('unitId')}
          options={options.units}
        />
        <div className="flex flex-wrap items-end gap-4 pb-1.5">
          {FLAGS.map((f) => (
            <ProjectFieldInput key={f} name={f} register={form.register} />
          ))}
        </div>
        <ProjectFieldInput
          name="description"
          register={form.register}
          error={err('description')}
          className="sm:col-span-2"
        />
      </fieldset>
      {showGates && (
        <fieldset className="grid grid-cols-1 gap-3 border-t border-slate-100 pt-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-800">{t('project.gates')}</legend>
          {GATES.map((f) => (
            <ProjectFieldInput
              key={f}
              name={f}
              register={form.register}
              error={err(f)}
              required={required(f)}
              locked={locked[f]}
            />
          ))}
        </fieldset>
      )}
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
