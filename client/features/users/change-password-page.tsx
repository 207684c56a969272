import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';

/** /account/password: everyone changes their own password; a temporary one sends people here first. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [values, setValues] = useState({ current: '', next: '', repeat: '' });
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.users.changePassword.mutationOptions({
      onSuccess: async () => {
        toast.success(t('users.account.done'));
        await qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        void navigate('/');
      },
      onError: (e) => toast.error(errorMessage(e, t('common.unknownError'))),
    }),
  );
  const errors = fieldErrors(change.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(values.next !== values.repeat);
    if (values.next !== values.repeat) return;
    change.mutate({ current: values.current, next: values.next });
  };
  const input = (key: keyof typeof values, label: string, error?: string) => (
    <Field label={label} error={error} required>
      {(props) => (
        <input
          {...props}
          type="password"
          autoComplete={key === 'current' ? 'current-password' : 'new-password'}
          className={inputClass}
          value={values[key]}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-3 p-4">
      <h1 className="text-lg font-semibold">{t('users.account.title')}</h1>
      {me.data?.mustChangePassword && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t('users.account.mustChange')}
        </p>
      )}
      <form
        className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        onSubmit={submit}
        noValidate
      >
        {input('current', t('users.account.current'), errors.current)}
        {input('next', t('users.account.next'), errors.next)}
        {input('repeat', t('users.account.repeat'), mismatch ? t('users.account.mismatch') : undefined)}
        <Button type="submit" variant="primary" disabled={change.isPending}>
          {t('users.account.submit')}
        </Button>
      </form>
    </div>
  );
}
