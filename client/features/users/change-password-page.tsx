import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from '../../lib/toast';
import { z } from 'zod';
import { changePasswordInput } from '../../../shared/schemas/users';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';
import { useFormSubmit } from '../../lib/use-form-submit';
import { LargeTextSetting } from './large-text-setting';

type Values = z.input<typeof changePasswordInput> & { repeat: string };

/** /account/password: everyone changes their own password; a temporary one sends people here first. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(trpc.auth.me.queryOptions());
  const change = useMutation(trpc.users.changePassword.mutationOptions());
  // The server's rules, and the new password typed twice alike.
  const schema = changePasswordInput
    .safeExtend({ repeat: z.string() })
    .refine((v) => v.next === v.repeat, { path: ['repeat'], error: () => t('users.account.mismatch') });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { current: '', next: '', repeat: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = useFormSubmit(form)(async ({ current, next }) => {
    await change.mutateAsync({ current, next });
    toast.success(t('users.account.done'));
    await qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
    void navigate('/');
  });
  const input = (key: keyof Values, label: string) => (
    <Field label={label} error={errors[key]?.message} required>
      {(props) => (
        <input
          {...props}
          type="password"
          autoComplete={key === 'current' ? 'current-password' : 'new-password'}
          className={inputClass}
          {...form.register(key)}
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
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        {input('current', t('users.account.current'))}
        {input('next', t('users.account.next'))}
        {input('repeat', t('users.account.repeat'))}
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {t('users.account.submit')}
        </Button>
      </form>
      <LargeTextSetting />
    </div>
  );
}
