import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { resetPasswordInput } from '../../../shared/schemas/users';
import { Field, inputClass } from '../../components/ui/field';
import { FormButtons } from '../../components/ui/form-buttons';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

const resetForm = resetPasswordInput.pick({ password: true });

/** An admin sets a temporary password; the person must replace it at the next sign-in. */
export function ResetPasswordForm({
  name,
  onSubmit,
  onCancel,
  onConflict,
}: {
  name: string;
  onSubmit: (password: string) => Promise<unknown>;
  onCancel: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof resetForm>>({
    resolver: zodResolver(resetForm),
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict })(({ password }) => onSubmit(password));
  return (
    <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
      <p className="text-sm text-slate-600">
        {name} — {t('users.resetHint')}
      </p>
      <Field label={t('users.tempPassword')} error={errors.password?.message} required>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            className={inputClass}
            {...form.register('password')}
          />
        )}
      </Field>
      <FormButtons
        label={t('users.resetPassword')}
        pending={isSubmitting}
        onCancel={onCancel}
        cancelLabel={t('users.cancel')}
        className=""
      />
    </form>
  );
}
