import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from './toast';
import { errorCode, errorMessage, fieldErrors } from './errors';

export interface SaveOptions {
  /**
   * CONFLICT: someone saved in between. The person is told so and this reloads (and usually closes), so
   * they retry on what is saved now. Without it the server's message is shown like any other.
   */
  onConflict?: () => unknown;
}

/**
 * What a failed save tells the person when no field can hold the message: a CONFLICT with `onConflict`
 * says "changed meanwhile" and reloads; anything else is the server's message (a field's, for a save
 * without a form) in the person's language. Returns that message, or null when it was a handled CONFLICT.
 */
function useReport(options: SaveOptions) {
  const { t } = useTranslation();
  return async (error: unknown): Promise<string | null> => {
    if (errorCode(error) === 'CONFLICT' && options.onConflict) {
      toast.error(t('conflict.title'), { description: t('conflict.body') });
      await options.onConflict();
      return null;
    }
    return Object.values(fieldErrors(error))[0] ?? errorMessage(error, t('common.unknownError'));
  };
}

/** The one way an action without a form (a toggle, a bulk change, a button) reports a failed save. */
export function useSaveAction(options: SaveOptions = {}) {
  const report = useReport(options);
  return async (save: () => Promise<unknown>): Promise<boolean> => {
    try {
      await save();
      return true;
    } catch (error) {
      const message = await report(error);
      if (message) toast.error(message);
      return false;
    }
  };
}

/**
 * The one way a form saves: react-hook-form validates with the shared zod schema first, then `save` runs
 * the mutation. The form's values are what the person edits (the schema picked or omitted down to them);
 * `save` adds the ids and version. The server's field messages land under their fields (in the person's
 * language); a message for a field the form does not hold, or for no field, is a toast, or with `inline`
 * goes to `errors.root.server` (shown by FormAlert).
 */
export function useFormSubmit<TIn extends FieldValues, TOut = TIn>(
  form: UseFormReturn<TIn, unknown, TOut>,
  options: SaveOptions & { inline?: boolean } = {},
) {
  const report = useReport(options);
  const held = (field: string) => {
    const top = field.split('.')[0] ?? field;
    return top in form.getValues() || top in (form.formState.defaultValues ?? {});
  };
  return (save: (values: TOut) => Promise<unknown>) =>
    form.handleSubmit(async (values) => {
      try {
        await save(values);
      } catch (error) {
        const fields = Object.entries(fieldErrors(error));
        for (const [field, message] of fields.filter(([f]) => held(f)))
          form.setError(field as Path<TIn>, { message });
        const unheld = fields.filter(([f]) => !held(f)).map(([, m]) => m);
        if (fields.length && !unheld.length) return;
        const message = unheld.length ? unheld.join('；') : await report(error);
        if (!message) return;
        if (options.inline) form.setError('root.server', { message });
        else toast.error(message);
      }
    });
}
