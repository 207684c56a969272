import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';

/** Runs an admin save: toast on success, field messages back to the form, lists refreshed either way. */
export function useAdminSave() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return async (
    run: () => Promise<unknown>,
    setErrors?: (e: Record<string, string>) => void,
  ): Promise<boolean> => {
    try {
      await run();
      toast.success(t('leaders.admin.saved'));
      return true;
    } catch (e) {
      const f = fieldErrors(e);
      if (setErrors && Object.keys(f).length) setErrors(f);
      else toast.error(errorMessage(e, t('common.unknownError')));
      return false;
    } finally {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.coordination.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.leaders.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.directory.pathKey() }),
      ]);
    }
  };
}
