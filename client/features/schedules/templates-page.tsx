import { zodResolver } from '@hookform/resolvers/zod';
import { UserText } from '../../components/ui/user-text';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import type { z } from 'zod';
import { LINKABLE_STAGES, TEMPLATE_KINDS } from '../../../shared/domain/schedule/templates';
import { saveTemplateInput, type ThresholdsInput, thresholdsInput } from '../../../shared/schemas/schedules';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { toTextOrNull } from '../../lib/form-values';
import { trpc } from '../../lib/trpc';
import { useFormSubmit, useSaveAction } from '../../lib/use-form-submit';
import { useMayEver } from '../../lib/permissions';
import type { RouterOutputs } from '../../lib/trpc';

type Template = RouterOutputs['schedules']['templates']['list'][number];
type TemplateValues = z.input<typeof templateForm>;
// What the person edits; the save adds which template (and version) it replaces.
const templateForm = saveTemplateInput.omit({ id: true, version: true });

/** Admin: the templates' steps and durations (saved as a new version) and the pro-rata thresholds. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const mayEver = useMayEver();
  const templates = useQuery(trpc.schedules.templates.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const isAdmin = mayEver('office.manage');
  if (templates.isPending) return <Loading />;
  if (templates.isError) return <LoadError message={templates.error.message} />;
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-4 p-4">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t('schedules.templates.title')}</h1>
          <p className="mt-1 text-sm text-slate-500">{t('schedules.templates.subtitle')}</p>
        </div>
        {isAdmin && !creating && (
          <Button onClick={() => setCreating(true)}>+ {t('schedules.templates.newTemplate')}</Button>
        )}
      </header>
      <ThresholdsSection canEdit={isAdmin} />
      {creating && <TemplateEditor template={null} canEdit onDone={() => setCreating(false)} />}
      {templates.data.map((tpl) => (
        <TemplateEditor key={`${tpl.id}-${tpl.version}`} template={tpl} canEdit={isAdmin} />
      ))}
    </div>
  );
}

function TemplateEditor({
  template,
  canEdit,
  onDone,
}: {
  template: Template | null;
  canEdit: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.schedules.templates.save.mutationOptions());
  const setActive = useMutation(trpc.schedules.templates.setActive.mutationOptions());
  const form = useForm<TemplateValues, unknown, z.output<typeof templateForm>>({
    resolver: zodResolver(templateForm),
    defaultValues: {
      name: template?.name ?? '',
      kind: template?.kind ?? 'construction',
      steps: template?.steps ?? [{ name: '', durationDays: 30, linkedStage: null }],
    },
  });
  const steps = useFieldArray({ control: form.control, name: 'steps' });
  const { errors, isSubmitting } = form.formState;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.templates.pathKey() });
  const submit = useFormSubmit(form, { onConflict: refresh })(async (values) => {
    const r = await save.mutateAsync({ id: template?.id, version: template?.version, ...values });
    toast.success(t('schedules.templates.saved', { version: r.version }));
    await refresh();
    onDone?.();
  });
  const act = useSaveAction({ onConflict: refresh });
  const toggle = (tpl: Template) =>
    act(async () => {
      await setActive.mutateAsync({ id: tpl.id, version: tpl.version, active: !tpl.active });
      await refresh();
    });
  const total = useWatch({ control: form.control, name: 'steps' }).reduce(
    (sum, s) => sum + (Number.isFinite(s.durationDays) ? Number(s.durationDays) : 0),
    0,
  );
  const stepError = errors.steps?.root?.message ?? errors.steps?.message;

  return (
    <Section
      title={
        template ? (
          <>
            <UserText>{template.name}</UserText> · {t(`schedules.kind.${template.kind}`)}
          </>
        ) : (
          t('schedules.templates.newTemplate')
        )
      }
      actions={
        template && (
          <div className="flex items-center gap-2 text-xs">
            <Badge tone={template.active ? 'green' : 'slate'}>
              {template.active ? t('schedules.templates.active') : t('schedules.templates.inactive')}
            </Badge>
            <Badge tone="blue">{t('schedules.templates.version', { version: template.version })}</Badge>
            <span className="text-slate-500">
              {template.inUse
                ? t('schedules.templates.inUse', { count: template.inUse })
                : t('schedules.templates.unused')}
            </span>
            {canEdit && (
              <Button variant="ghost" onClick={() => void toggle(template)}>
                {template.active ? t('schedules.templates.deactivate') : t('schedules.templates.activate')}
              </Button>
            )}
          </div>
        )
      }
    >
      <form
        className="flex flex-col gap-3"
        data-testid="template-editor"
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label={t('schedules.templates.name')} required error={errors.name?.message}>
            {(props) => (
              <input {...props} className={inputClass} disabled={!canEdit} {...form.register('name')} />
            )}
          </Field>
          <Field label={t('schedules.templates.kind')} required>
            {(props) => (
              <select {...props} className={inputClass} disabled={!canEdit} {...form.register('kind')}>
                {TEMPLATE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`schedules.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th className="w-8 py-1.5 font-medium">{t('schedules.editor.order')}</th>
              <th className="py-1.5 font-medium">{t('schedules.templates.steps')}</th>
              <th className="w-32 py-1.5 font-medium" title={t('schedules.templates.durationHint')}>
                {t('schedules.templates.duration')}
              </th>
              <th className="w-36 py-1.5 font-medium">{t('schedules.templates.linked')}</th>
              <th className="w-28" />
            </tr>
          </thead>
          <tbody>
            {steps.fields.map((s, i) => (
              <tr key={s.id} className="border-b border-slate-100">
                <td className="py-1.5 tabular-nums text-slate-400">{i + 1}</td>
                <td className="py-1.5 pr-2">
                  <input
                    aria-label={t('schedules.templates.steps')}
                    className={inputClass}
                    disabled={!canEdit}
                    {...form.register(`steps.${i}.name`)}
                  />
                  <RowError message={errors.steps?.[i]?.name?.message} />
                </td>
                <td className="py-1.5 pr-2">
                  <input
                    aria-label={`${s.name} ${t('schedules.templates.duration')}`}
                    data-user-text=""
                    type="number"
                    min={0}
                    className={inputClass}
                    disabled={!canEdit}
                    {...form.register(`steps.${i}.durationDays`, { valueAsNumber: true })}
                  />
                  <RowError message={errors.steps?.[i]?.durationDays?.message} />
                </td>
                <td className="py-1.5 pr-2">
                  <select
                    className={inputClass}
                    aria-label={t('schedules.templates.linked')}
                    disabled={!canEdit}
                    {...form.register(`steps.${i}.linkedStage`, { setValueAs: toTextOrNull })}
                  >
                    <option value="">{t('schedules.stageLink.none')}</option>
                    {LINKABLE_STAGES.map((st) => (
                      <option key={st} value={st}>
                        {t(`schedules.stageLink.${st}`)}
                      </option>
                    ))}
                  </select>
                  <RowError message={errors.steps?.[i]?.linkedStage?.message} />
                </td>
                <td className="py-1.5 text-right whitespace-nowrap">
                  {canEdit && (
                    <>
                      <Button
                        variant="ghost"
                        className="px-1.5"
                        aria-label={t('schedules.editor.moveUp')}
                        disabled={i === 0}
                        onClick={() => steps.move(i, i - 1)}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="ghost"
                        className="px-1.5"
                        aria-label={t('schedules.editor.moveDown')}
                        disabled={i === steps.fields.length - 1}
                        onClick={() => steps.move(i, i + 1)}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="ghost"
                        className="px-1.5 text-red-600"
                        aria-label={t('schedules.editor.remove')}
                        disabled={steps.fields.length === 1}
                        onClick={() => steps.remove(i)}
                      >
                        ✕
                      </Button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <RowError message={stepError} />
        <div className="flex items-center justify-between">
          <span className="text-xs text-slate-500">
            {t('schedules.templates.totalDays', { count: total })}
          </span>
          {canEdit && (
            <div className="flex gap-2">
              <Button
                variant="ghost"
                className="text-brand-600"
                onClick={() => steps.append({ name: '', durationDays: 30, linkedStage: null })}
              >
                + {t('schedules.editor.add')}
              </Button>
              {onDone && <Button onClick={onDone}>{t('common.cancel')}</Button>}
              <Button type="submit" variant="primary" disabled={isSubmitting}>
                {isSubmitting
                  ? t('common.saving')
                  : template
                    ? t('schedules.templates.saveSteps')
                    : t('schedules.templates.create')}
              </Button>
            </div>
          )}
        </div>
      </form>
    </Section>
  );
}

function RowError({ message }: { message: string | undefined }) {
  return message ? <p className="text-xs text-red-600">{message}</p> : null;
}

function ThresholdsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const current = useQuery(trpc.schedules.templates.thresholds.queryOptions());
  return (
    <Section title={t('schedules.templates.thresholds')}>
      {current.data && (
        // A new version (saved here or by someone else) starts the form again from what is saved.
        <ThresholdsForm key={current.data.version} current={current.data} canEdit={canEdit} />
      )}
      <p className="mt-2 text-xs text-slate-500">{t('schedules.templates.thresholdsHint')}</p>
    </Section>
  );
}

function ThresholdsForm({ current, canEdit }: { current: ThresholdsInput; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.schedules.templates.saveThresholds.mutationOptions());
  const form = useForm<ThresholdsInput>({ resolver: zodResolver(thresholdsInput), defaultValues: current });
  const { errors, isDirty, isSubmitting } = form.formState;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
  const submit = useFormSubmit(form, { onConflict: refresh })(async (values) => {
    const { version } = await save.mutateAsync(values);
    // What is saved, with its new version, is the form's starting point at once (the form starts again
    // now, not when the refetch arrives and perhaps discards a change made meanwhile).
    queryClient.setQueryData(trpc.schedules.templates.thresholds.queryKey(), { ...values, version });
    toast.success(t('schedules.templates.thresholdsSaved'));
    await refresh();
  });
  const percent = (name: 'yellowFrom' | 'redAbove', className: string) => (
    <Field label={t(`schedules.templates.${name}`)} error={errors[name]?.message} className={className}>
      {(props) => (
        <input
          {...props}
          type="number"
          min={0}
          max={100}
          className={inputClass}
          disabled={!canEdit}
          {...form.register(name, { valueAsNumber: true })}
        />
      )}
    </Field>
  );
  return (
    <form className="flex flex-wrap items-end gap-3" noValidate onSubmit={(e) => void submit(e)}>
      {percent('yellowFrom', 'w-48')}
      {percent('redAbove', 'w-56')}
      {canEdit && (
        <Button type="submit" variant="primary" disabled={!isDirty || isSubmitting}>
          {t('common.save')}
        </Button>
      )}
    </form>
  );
}
