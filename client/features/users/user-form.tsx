import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ROLES } from '../../../shared/domain/catalog';
import { createUserInput } from '../../../shared/schemas/users';
import { Field, inputClass } from '../../components/ui/field';
import { FormButtons } from '../../components/ui/form-buttons';
import { toNumberOrNull } from '../../lib/form-values';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

// Editing an account changes neither its username nor its password (a reset does that).
const editUser = createUserInput.partial({ username: true, password: true });
export type UserValues = z.input<typeof editUser>;
export type UserOutput = z.output<typeof editUser>;

/** Create (with username and first password) or edit (name, role, unit, title) one account. */
export function UserForm({
  initial,
  creating,
  units,
  onSubmit,
  onCancel,
  onConflict,
}: {
  initial: UserValues;
  creating: boolean;
  units: { id: number; name: string }[];
  onSubmit: (values: UserOutput) => Promise<unknown>;
  onCancel: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const form = useForm<UserValues, unknown, UserOutput>({
    resolver: zodResolver(creating ? createUserInput : editUser),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form, { onConflict })(onSubmit);
  const text = (key: 'username' | 'displayName' | 'title' | 'password', label: string, required = true) => (
    <Field label={label} error={errors[key]?.message} required={required}>
      {(props) => (
        <input
          {...props}
          type={key === 'password' ? 'password' : 'text'}
          autoComplete={key === 'password' ? 'new-password' : 'off'}
          className={inputClass}
          {...form.register(key)}
        />
      )}
    </Field>
  );
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => void submit(e)} noValidate>
      {creating && text('username', t('users.username'))}
      {text('displayName', t('users.displayName'))}
      <Field label={t('users.role')} error={errors.role?.message} required>
        {(props) => (
          <select {...props} className={inputClass} {...form.register('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('users.unit')} error={errors.unitId?.message}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            {...form.register('unitId', { setValueAs: toNumberOrNull })}
          >
            <option value="">{t('users.noUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id} data-user-text="">
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('title', t('users.title_'), false)}
      {creating && text('password', t('users.password'))}
      <FormButtons
        label={t('users.save')}
        pending={isSubmitting}
        onCancel={onCancel}
        cancelLabel={t('users.cancel')}
        className=""
      />
    </form>
  );
}
