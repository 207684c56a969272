import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/domain/catalog';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';

export interface UserValues {
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  title: string;
  password: string;
}

/** Create (with username and first password) or edit (name, role, unit, title) one account. */
export function UserForm({
  initial,
  creating,
  units,
  errors,
  pending,
  onSubmit,
  onCancel,
}: {
  initial: UserValues;
  creating: boolean;
  units: { id: number; name: string }[];
  errors: Record<string, string>;
  pending: boolean;
  onSubmit: (values: UserValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  const text = (key: 'username' | 'displayName' | 'title' | 'password', label: string, required = true) => (
    <Field label={label} error={errors[key]} required={required}>
      {(props) => (
        <input
          {...props}
          type={key === 'password' ? 'password' : 'text'}
          autoComplete={key === 'password' ? 'new-password' : 'off'}
          className={inputClass}
          value={v[key]}
          onChange={(e) => setV({ ...v, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form className="flex flex-col gap-3" onSubmit={submit} noValidate>
      {creating && text('username', t('users.username'))}
      {text('displayName', t('users.displayName'))}
      <Field label={t('users.role')} error={errors.role} required>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={v.role}
            onChange={(e) => setV({ ...v, role: e.target.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('users.unit')} error={errors.unitId}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={v.unitId ?? ''}
            onChange={(e) => setV({ ...v, unitId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('users.noUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('title', t('users.title_'), false)}
      {creating && text('password', t('users.password'))}
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>{t('users.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {t('users.save')}
        </Button>
      </div>
    </form>
  );
}
