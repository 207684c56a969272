import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type ContactFields, contactFields } from '../../../shared/schemas/contacts';
import { Field, inputClass } from '../../components/ui/field';
import { FormAlert } from '../../components/ui/form-alert';
import { FormButtons } from '../../components/ui/form-buttons';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

const TEXT_FIELDS = [
  ['name', 'contacts.name', 'text'],
  ['title', 'contacts.jobTitle', 'text'],
  ['phone', 'contacts.phone', 'tel'],
  ['email', 'contacts.email', 'email'],
] as const;

/** Add or edit one contact: the shared schema validates, the server's field messages land under fields. */
export function ContactForm({
  initial,
  primaryLocked,
  onSubmit,
  onCancel,
  onConflict,
}: {
  initial: ContactFields;
  /** The primary contact stays primary until another one is made primary. */
  primaryLocked: boolean;
  onSubmit: (values: z.output<typeof contactFields>) => Promise<unknown>;
  onCancel: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const form = useForm<ContactFields, unknown, z.output<typeof contactFields>>({
    resolver: zodResolver(contactFields),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict, inline: true })(onSubmit);
  return (
    <form className="grid gap-3 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
      {TEXT_FIELDS.map(([name, label, type]) => (
        <Field key={name} label={t(label)} error={errors[name]?.message} required={name === 'name'}>
          {(p) => (
            <input {...p} type={type} autoComplete="off" className={inputClass} {...form.register(name)} />
          )}
        </Field>
      ))}
      <Field label={t('contacts.note')} error={errors.note?.message} className="sm:col-span-2">
        {(p) => <textarea {...p} rows={2} className={inputClass} {...form.register('note')} />}
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
        <input type="checkbox" disabled={primaryLocked} {...form.register('isPrimary')} />
        {t('contacts.primary')}
        <span className="text-xs text-slate-500">{t('contacts.isPrimaryHint')}</span>
      </label>
      <FormAlert errors={errors} />
      <FormButtons
        label={t('common.save')}
        pending={isSubmitting}
        onCancel={onCancel}
        className="sm:col-span-2"
      />
    </form>
  );
}
