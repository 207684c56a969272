import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { homePath } from '../../lib/home';
import { currentLanguage, setLanguage } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const info = useQuery(trpc.auth.loginInfo.queryOptions());
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        // Leaders land on their desk (领导工作台) unless they were heading somewhere else.
        const user = await queryClient.fetchQuery(trpc.auth.me.queryOptions());
        const next = params.get('next') ?? homePath(user?.role);
        await navigate(safeNext(next), { replace: true });
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password });
  };
  return (
    <div className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-700 to-red-900 p-4">
      <form onSubmit={submit} className="w-full max-w-sm rounded-xl bg-white p-8 shadow-2xl" noValidate>
        <div className="mb-6 text-center">
          <h1 className="text-xl font-semibold text-slate-900">{t('app.name')}</h1>
          <p className="mt-1 text-sm text-slate-500">{t('app.district')}</p>
        </div>
        <div className="flex flex-col gap-4">
          <Field label={t('login.username')}>
            {(p) => (
              <input
                {...p}
                className={inputClass}
                autoComplete="username"
                autoFocus
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('login.password')}>
            {(p) => (
              <input
                {...p}
                type="password"
                className={inputClass}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          {login.isError && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {login.error.data?.code === 'UNAUTHORIZED' ? t('login.failed') : login.error.message}
            </p>
          )}
          <Button
            type="submit"
            variant="primary"
            className="w-full py-2"
            disabled={login.isPending || !username || !password}
          >
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </Button>
          {info.data?.demoAccounts && (
            <p className="text-center text-xs text-slate-400">{t('login.demoHint')}</p>
          )}
          <button
            type="button"
            className="text-xs text-slate-500 underline"
            onClick={() => setLanguage(currentLanguage() === 'en' ? 'zh-CN' : 'en')}
          >
            {t('nav.language')}
          </button>
        </div>
      </form>
    </div>
  );
}
