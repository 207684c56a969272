import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { trpc } from '../../lib/trpc';
import { useSaveAction } from '../../lib/use-form-submit';

/** After an admin change: 已保存, and the lists that show units, leaders and groups refreshed. */
export function useAdminSaved() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.coordination.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.leaders.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.directory.pathKey() }),
    ]);
  const saved = async () => {
    toast.success(t('leaders.admin.saved'));
    await refresh();
  };
  return { saved, refresh };
}

/** A row action (停用/启用): reported like any save; the lists are refreshed either way. */
export function useAdminAction() {
  const { saved, refresh } = useAdminSaved();
  const act = useSaveAction({ onConflict: refresh });
  return async (run: () => Promise<unknown>) => {
    if (await act(run)) await saved();
    else await refresh();
  };
}
