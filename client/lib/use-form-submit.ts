import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { errorCode, errorMessage, fieldErrors } from './errors';

/**
 * The one way a form saves: react-hook-form validates with the shared zod schema first, then `save` runs
 * the mutation. The server's field messages land under their fields (in the person's language); a
 * CONFLICT (someone saved in between) says so and calls `onConflict` to refresh; anything else is a toast.
 * Resolves to true when the save went through.
 */
export function useFormSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  options: { onConflict?: () => unknown } = {},
) {
  const { t } = useTranslation();
  return (save: (values: T) => Promise<unknown>) =>
    form.handleSubmit(async (values) => {
      try {
        await save(values);
      } catch (error) {
        const fields = Object.entries(fieldErrors(error));
        for (const [field, message] of fields) form.setError(field as Path<T>, { message });
        if (fields.length) return;
        toast.error(errorMessage(error, t('common.unknownError')));
        if (errorCode(error) === 'CONFLICT') await options.onConflict?.();
      }
    });
}
