import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { documentKindsInput } from '../../../shared/schemas/documents';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

type Values = z.input<typeof documentKindsInput>;

/**
 * 材料类别 (issue 17): the admin renames, orders, adds and retires the kinds documents are filed under.
 * A kind is never deleted (documents keep it); a retired one takes no new files.
 */
export function KindsForm({
  canEdit,
  onSaved,
  onConflict,
}: { canEdit: boolean; onSaved: () => void } & SaveOptions) {
  const kinds = useQuery(trpc.documents.kinds.queryOptions());
  if (!kinds.data) return <Loading />;
  return (
    <Form
      key={kinds.data.map((k) => `${k.key}:${k.version}`).join()}
      current={kinds.data}
      canEdit={canEdit}
      onSaved={onSaved}
      onConflict={onConflict}
    />
  );
}

function Form({
  current,
  canEdit,
  onSaved,
  onConflict,
}: { current: Values['kinds']; canEdit: boolean; onSaved: () => void } & SaveOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.documents.saveKinds.mutationOptions());
  const form = useForm<Values>({
    resolver: zodResolver(documentKindsInput),
    defaultValues: { kinds: current },
  });
  const rows = useFieldArray({ control: form.control, name: 'kinds' });
  const submit = useFormSubmit(form, { onConflict })(async (values) => {
    // The kinds as saved, with their new versions, are the form's starting point at once.
    queryClient.setQueryData(trpc.documents.kinds.queryKey(), await save.mutateAsync(values));
    onSaved();
  });
  const errors = form.formState.errors.kinds;
  return (
    <form
      className="flex flex-col gap-2"
      noValidate
      onSubmit={(e) => void submit(e)}
      data-testid="document-kinds"
    >
      <p className="text-sm text-slate-600">{t('documents.kindsHint')}</p>
      {rows.fields.map((row, i) => (
        <div key={row.id} className="flex flex-wrap items-center gap-3">
          <input
            aria-label={t('documents.kindLabel', { n: i + 1 })}
            className={`${inputClass} max-w-48`}
            disabled={!canEdit}
            {...form.register(`kinds.${i}.label`)}
          />
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" disabled={!canEdit} {...form.register(`kinds.${i}.active`)} />
            {t('documents.kindActive')}
          </label>
          {errors?.[i]?.label?.message && (
            <span role="alert" className="text-sm text-red-700">
              {errors[i]?.label?.message}
            </span>
          )}
        </div>
      ))}
      {canEdit ? (
        <div className="flex gap-2">
          <Button onClick={() => rows.append({ label: '', active: true })}>{t('documents.kindAdd')}</Button>
          <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
      ) : (
        <span className="text-sm text-slate-500">{t('settings.stall.readOnly')}</span>
      )}
    </form>
  );
}
