import { useMutation } from '@tanstack/react-query';
import { toast } from '../../lib/toast';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';

/** Asks the server for the week's workbook and saves it as a download. */
export function useExportXlsx() {
  const { t } = useTranslation();
  return useMutation(
    trpc.review.exportXlsx.mutationOptions({
      onSuccess: ({ fileName, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(
          new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        );
        const a = document.createElement('a');
        a.href = url;
        a.download = fileName;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        toast.success(t('review.exported', { file: fileName }));
      },
      onError: (e) => toast.error(e.message),
    }),
  );
}
