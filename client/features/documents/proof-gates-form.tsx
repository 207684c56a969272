import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SUGGESTED_KINDS } from '../../../shared/domain/documents';
import type { FunnelStage } from '../../../shared/domain/stages';
import { Button } from '../../components/ui/button';
import { UserText } from '../../components/ui/user-text';
import { Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { type SaveOptions, useFormSubmit } from '../../lib/use-form-submit';

const STAGES = ['introduced', 'landed', 'started', 'completed'] as const satisfies FunnelStage[];
type Values = Record<(typeof STAGES)[number], string[]>;

/**
 * 各阶段须有的佐证材料 (issue 17): per stage, the kinds a project must have to enter it. None by default;
 * the stage's suggested kinds are marked. Everyone may read it; an admin saves it.
 */
export function ProofGatesForm({
  canEdit,
  onSaved,
  onConflict,
}: { canEdit: boolean; onSaved: () => void } & SaveOptions) {
  const gates = useQuery(trpc.documents.gates.queryOptions());
  const kinds = useQuery(trpc.documents.kinds.queryOptions());
  if (!gates.data || !kinds.data) return <Loading />;
  return (
    <GatesForm
      key={gates.data.version}
      current={gates.data}
      kinds={kinds.data.filter((k) => k.active)}
      canEdit={canEdit}
      onSaved={onSaved}
      onConflict={onConflict}
    />
  );
}

function GatesForm({
  current,
  kinds,
  canEdit,
  onSaved,
  onConflict,
}: {
  current: { required: Partial<Values>; version: number };
  kinds: { key: string; label: string }[];
  canEdit: boolean;
  onSaved: () => void;
} & SaveOptions) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.documents.saveGates.mutationOptions());
  const form = useForm<Values>({
    defaultValues: Object.fromEntries(STAGES.map((s) => [s, current.required[s] ?? []])) as Values,
  });
  const submit = useFormSubmit(form, { onConflict })(async (values) => {
    // An unchecked group comes back as false, a single box as a string: both are made lists.
    const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
    const required = Object.fromEntries(STAGES.map((s) => [s, list(values[s])]));
    const { version } = await save.mutateAsync({ required, version: current.version });
    // What is saved, with its new version, is the form's starting point at once (as in stall-days-form).
    queryClient.setQueryData(trpc.documents.gates.queryKey(), { required, version });
    onSaved();
  });
  return (
    <form className="flex flex-col gap-3" noValidate onSubmit={(e) => void submit(e)}>
      <p className="text-sm text-slate-600">{t('documents.gatesHint')}</p>
      <div className="grid gap-3 sm:grid-cols-2" data-testid="proof-gates">
        {STAGES.map((stage) => (
          <fieldset key={stage} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{t(`stage.${stage}`)}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {kinds.map((k) => (
                <label key={k.key} className="flex items-center gap-1 text-sm">
                  <input type="checkbox" value={k.key} disabled={!canEdit} {...form.register(stage)} />
                  <UserText>{k.label}</UserText>
                  {SUGGESTED_KINDS[stage]?.includes(k.key) && (
                    <span className="text-xs text-slate-400">{t('documents.suggestedMark')}</span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      {canEdit ? (
        <div>
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
