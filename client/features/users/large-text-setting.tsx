import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';

/** 大字号 (issue 20): larger type on every page, kept with the person's account for every device. */
export function LargeTextSetting() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const set = useMutation(
    trpc.users.setLargeText.mutationOptions({
      // The page grows at once; a refused change goes back with the fresh answer.
      onMutate: ({ largeText }) =>
        qc.setQueryData(trpc.auth.me.queryKey(), (old) => old && { ...old, largeText }),
      onSettled: () => qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const on = !!me.data?.largeText;
  return (
    <section
      aria-labelledby="display-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="display-heading" className="text-base font-semibold">
        {t('users.display.title')}
      </h2>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          role="switch"
          className="mt-1 h-4 w-4 accent-brand-600"
          checked={on}
          disabled={!me.data}
          onChange={(e) => set.mutate({ largeText: e.target.checked })}
        />
        <span>
          <span className="font-medium">{t('users.display.largeText')}</span>
          <span className="block text-slate-500">{t('users.display.largeTextHint')}</span>
        </span>
      </label>
    </section>
  );
}
