import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MoveGateField } from '../../../shared/domain/gates';
import type { FunnelStage, ProjectState } from '../../../shared/domain/stages';
import type { MovePlan } from '../../../shared/domain/transitions';
import { msg } from '../../../shared/schemas/messages';
import { type GateValues, gateValues } from '../../../shared/schemas/project';
import type { DropCategory } from '../../../shared/domain/catalog';
import { ProjectFieldInput } from '../../components/project-field-input';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { FormAlert } from '../../components/ui/form-alert';
import { useFormSubmit } from '../../lib/use-form-submit';
import { ProofInputs, useProofFiles } from './proof-inputs';

export interface MoveRequest {
  project: { id: number; name: string; version: number };
  to: ProjectState;
  plan: MovePlan;
  /** Values to start the form with (e.g. the actual date a schedule milestone was given). */
  defaults?: Record<string, unknown>;
  /** Documents the stages entered require and the project lacks: asked for like missing dates. */
  proof?: { stage: FunnelStage; kinds: string[] }[];
}

export interface MovePayload {
  gates: GateValues;
  note: string | null;
  dropCategory: DropCategory | null;
}

const HINT: Record<
  MovePlan['kind'],
  'move.forwardHint' | 'move.backwardHint' | 'move.holdHint' | 'move.dropHint' | 'move.restoreHint' | null
> = {
  forward: 'move.forwardHint',
  backward: 'move.backwardHint',
  hold: 'move.holdHint',
  drop: 'move.dropHint',
  restore: 'move.restoreHint',
  resume: null,
};

/** The form a move needs: exactly the missing gate fields, plus a reason or category where required. */
function schemaFor(plan: MovePlan): z.ZodType<Record<string, unknown>, Record<string, unknown>> {
  const required = z
    .unknown()
    .refine((v) => v !== null && v !== undefined && v !== '', { error: () => msg('required') });
  const gateShape = Object.fromEntries(
    plan.missing.map((f) => [f, required.pipe(gateValues.shape[f as MoveGateField])]),
  );
  return z.object({
    ...gateShape,
    note: plan.needsReason
      ? z
          .string()
          .trim()
          .min(1, { error: () => msg('required') })
      : z.string().optional(),
    dropCategory: plan.needsDropCategory
      ? z.string().min(1, { error: () => msg('required') })
      : z.any().optional(),
  });
}

export function MoveDialog({
  request,
  onClose,
  onSubmit,
}: {
  request: MoveRequest | null;
  onClose: () => void;
  onSubmit: (req: MoveRequest, payload: MovePayload) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={request !== null}
      onClose={onClose}
      title={request ? t('move.title', { name: request.project.name, stage: t(`stage.${request.to}`) }) : ''}
    >
      {request && (
        <MoveForm
          key={`${request.project.id}-${request.to}`}
          request={request}
          onClose={onClose}
          onSubmit={onSubmit}
        />
      )}
    </Dialog>
  );
}

function MoveForm({
  request,
  onClose,
  onSubmit,
}: {
  request: MoveRequest;
  onClose: () => void;
  onSubmit: (req: MoveRequest, payload: MovePayload) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { plan } = request;
  const form = useForm<Record<string, unknown>>({
    mode: 'onSubmit',
    resolver: zodResolver(schemaFor(plan)),
    defaultValues: request.defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (f: string) => errors[f]?.message;
  const hint = HINT[plan.kind];
  const proof = useProofFiles(request);

  const submit = useFormSubmit(form, { inline: true })(async (data) => {
    // The documents first: a move refused for missing proof would otherwise undo nothing but cost a try.
    if (!(await proof.upload())) return;
    const gates = Object.fromEntries(plan.missing.map((f) => [f, data[f]])) as GateValues;
    await onSubmit(request, {
      gates,
      note: typeof data.note === 'string' && data.note.trim() ? data.note.trim() : null,
      dropCategory:
        typeof data.dropCategory === 'string' && data.dropCategory
          ? (data.dropCategory as DropCategory)
          : null,
    });
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-3">
      {hint && <p className="text-sm text-slate-600">{t(hint)}</p>}
      <ProofInputs proof={proof} />
      {plan.missing.map((f) => (
        <ProjectFieldInput key={f} name={f} register={form.register} required error={err(f)} />
      ))}
      {plan.needsDropCategory && (
        <ProjectFieldInput
          name="dropCategory"
          register={form.register}
          required
          error={err('dropCategory')}
        />
      )}
      {(plan.needsReason || plan.kind === 'forward' || plan.kind === 'resume') && (
        <ProjectFieldInput
          name="note"
          register={form.register}
          required={plan.needsReason}
          error={err('note')}
        />
      )}
      <FormAlert errors={errors} className="rounded-md bg-red-50 px-3 py-2 text-red-700" />
      <div className="mt-2 flex justify-end gap-2">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('move.submit')}
        </Button>
      </div>
    </form>
  );
}
