import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  LINKABLE_STAGES,
  type LinkableStage,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../../shared/domain/schedule/templates';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { errorCode, errorMessage, fieldErrors } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { moveRow } from './milestone-rows';
import type { RouterOutputs } from '../../lib/trpc';

type Template = RouterOutputs['schedules']['templates']['list'][number];
type Step = { key: number; name: string; durationDays: number; linkedStage: LinkableStage | null };
let seq = 0;

/** Admin: the templates' steps and durations (saved as a new version) and the pro-rata thresholds. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useQuery(trpc.auth.me.queryOptions());
  const templates = useQuery(trpc.schedules.templates.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const isAdmin = me.data?.role === 'admin';
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
          <Button onClick={() => setCreating(true)}>＋ {t('schedules.templates.newTemplate')}</Button>
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
  const [name, setName] = useState(template?.name ?? '');
  const [kind, setKind] = useState<TemplateKind>(template?.kind ?? 'construction');
  const [steps, setSteps] = useState<Step[]>(() =>
    (template?.steps ?? [{ name: '', durationDays: 30, linkedStage: null }]).map((s) => ({
      key: ++seq,
      name: s.name,
      durationDays: s.durationDays,
      linkedStage: s.linkedStage,
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (i: number, patch: Partial<Step>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.schedules.templates.pathKey() });
  const onError = async (error: unknown) => {
    if (errorCode(error) === 'CONFLICT') {
      toast.error(t('conflict.title'), { description: t('conflict.body') });
      await refresh();
      return;
    }
    const fields = fieldErrors(error);
    setErrors(fields);
    if (!Object.keys(fields).length) toast.error(errorMessage(error, t('common.unknownError')));
  };
  const submit = async () => {
    setErrors({});
    try {
      const r = await save.mutateAsync({
        id: template?.id,
        version: template?.version,
        name,
        kind,
        steps: steps.map(({ name: n, durationDays, linkedStage }) => ({
          name: n,
          durationDays,
          linkedStage,
        })),
      });
      toast.success(t('schedules.templates.saved', { version: r.version }));
      await refresh();
      onDone?.();
    } catch (error) {
      await onError(error);
    }
  };
  const toggle = async () => {
    if (!template) return;
    try {
      await setActive.mutateAsync({ id: template.id, version: template.version, active: !template.active });
      await refresh();
    } catch (error) {
      await onError(error);
    }
  };
  const total = steps.reduce((sum, s) => sum + (Number.isFinite(s.durationDays) ? s.durationDays : 0), 0);

  return (
    <Section
      title={
        template
          ? `${template.name} · ${t(`schedules.kind.${template.kind}`)}`
          : t('schedules.templates.newTemplate')
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
              <Button variant="ghost" onClick={() => void toggle()}>
                {template.active ? t('schedules.templates.deactivate') : t('schedules.templates.activate')}
              </Button>
            )}
          </div>
        )
      }
    >
      <div className="flex flex-col gap-3" data-testid="template-editor">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label={t('schedules.templates.name')} required error={errors.name}>
            {(props) => (
              <input
                {...props}
                className={inputClass}
                value={name}
                disabled={!canEdit}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('schedules.templates.kind')} required>
            {(props) => (
              <select
                {...props}
                className={inputClass}
                value={kind}
                disabled={!canEdit}
                onChange={(e) => setKind(e.target.value as TemplateKind)}
              >
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
            {steps.map((s, i) => (
              <tr key={s.key} className="border-b border-slate-100">
                <td className="py-1.5 tabular-nums text-slate-400">{i + 1}</td>
                <td className="py-1.5 pr-2">
                  <input
                    aria-label={t('schedules.templates.steps')}
                    className={inputClass}
                    value={s.name}
                    disabled={!canEdit}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                </td>
                <td className="py-1.5 pr-2">
                  <input
                    aria-label={`${s.name} ${t('schedules.templates.duration')}`}
                    type="number"
                    min={0}
                    className={inputClass}
                    value={Number.isFinite(s.durationDays) ? s.durationDays : ''}
                    disabled={!canEdit}
                    onChange={(e) => set(i, { durationDays: e.target.valueAsNumber })}
                  />
                </td>
                <td className="py-1.5 pr-2">
                  <select
                    className={inputClass}
                    aria-label={t('schedules.templates.linked')}
                    value={s.linkedStage ?? ''}
                    disabled={!canEdit}
                    onChange={(e) =>
                      set(i, { linkedStage: (e.target.value || null) as LinkableStage | null })
                    }
                  >
                    <option value="">{t('schedules.stageLink.none')}</option>
                    {LINKABLE_STAGES.map((st) => (
                      <option key={st} value={st}>
                        {t(`schedules.stageLink.${st}`)}
                      </option>
                    ))}
                  </select>
                  {errors[`steps.${i}.linkedStage`] && (
                    <p className="text-xs text-red-600">{errors[`steps.${i}.linkedStage`]}</p>
                  )}
                </td>
                <td className="py-1.5 text-right whitespace-nowrap">
                  {canEdit && (
                    <>
                      <Button
                        variant="ghost"
                        className="px-1.5"
                        aria-label={t('schedules.editor.moveUp')}
                        disabled={i === 0}
                        onClick={() => setSteps(moveRow(steps, i, i - 1))}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="ghost"
                        className="px-1.5"
                        aria-label={t('schedules.editor.moveDown')}
                        disabled={i === steps.length - 1}
                        onClick={() => setSteps(moveRow(steps, i, i + 1))}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="ghost"
                        className="px-1.5 text-red-600"
                        aria-label={t('schedules.editor.remove')}
                        disabled={steps.length === 1}
                        onClick={() => setSteps(steps.filter((_, j) => j !== i))}
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
        {(errors.durationDays || errors.steps) && (
          <p className="text-xs text-red-600">{errors.durationDays ?? errors.steps}</p>
        )}
        <div className="flex items-center justify-between">
          <span className="text-xs text-slate-500">
            {t('schedules.templates.totalDays', { count: total })}
          </span>
          {canEdit && (
            <div className="flex gap-2">
              <Button
                variant="ghost"
                className="text-brand-600"
                onClick={() =>
                  setSteps([...steps, { key: ++seq, name: '', durationDays: 30, linkedStage: null }])
                }
              >
                ＋ {t('schedules.editor.add')}
              </Button>
              {onDone && <Button onClick={onDone}>{t('common.cancel')}</Button>}
              <Button variant="primary" onClick={() => void submit()} disabled={save.isPending}>
                {save.isPending
                  ? t('common.saving')
                  : template
                    ? t('schedules.templates.saveSteps')
                    : t('schedules.templates.create')}
              </Button>
            </div>
          )}
        </div>
      </div>
    </Section>
  );
}

function ThresholdsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.schedules.templates.thresholds.queryOptions());
  const save = useMutation(trpc.schedules.templates.saveThresholds.mutationOptions());
  const [draft, setDraft] = useState<{ yellowFrom: number; redAbove: number } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!current.data) return null;
  const values = draft ?? current.data;
  const submit = async () => {
    setErrors({});
    try {
      await save.mutateAsync({ ...values, version: current.data.version });
      toast.success(t('schedules.templates.thresholdsSaved'));
      setDraft(null);
      await queryClient.invalidateQueries({ queryKey: trpc.schedules.pathKey() });
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        toast.error(t('conflict.title'), { description: t('conflict.body') });
        setDraft(null);
        await current.refetch();
        return;
      }
      setErrors(fieldErrors(error));
    }
  };
  return (
    <Section title={t('schedules.templates.thresholds')}>
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('schedules.templates.yellowFrom')} error={errors.yellowFrom} className="w-48">
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={100}
              className={inputClass}
              disabled={!canEdit}
              value={values.yellowFrom}
              onChange={(e) => setDraft({ ...values, yellowFrom: e.target.valueAsNumber })}
            />
          )}
        </Field>
        <Field label={t('schedules.templates.redAbove')} error={errors.redAbove} className="w-56">
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={100}
              className={inputClass}
              disabled={!canEdit}
              value={values.redAbove}
              onChange={(e) => setDraft({ ...values, redAbove: e.target.valueAsNumber })}
            />
          )}
        </Field>
        {canEdit && (
          <Button variant="primary" onClick={() => void submit()} disabled={!draft || save.isPending}>
            {t('common.save')}
          </Button>
        )}
      </div>
      <p className="mt-2 text-xs text-slate-500">{t('schedules.templates.thresholdsHint')}</p>
    </Section>
  );
}
