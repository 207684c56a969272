import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { gatesUpTo } from '../../../shared/domain/gates';
import type { ProjectFields } from '../../../shared/schemas/project';
import { Dialog } from '../../components/ui/dialog';
import { errorCode, errorMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { type ConflictState, ConflictPanel } from './conflict-panel';
import { ProjectForm } from './project-form';
import type { ProjectDetail } from './project-types';

function formValues(p: ProjectDetail): ProjectFields {
  const {
    name,
    investor,
    industry,
    channel,
    origin,
    capitalType,
    estimatedInvestment,
    ownerAId,
    ownerBId,
    unitId,
  } = p;
  const { isKey, isBond, isFirstStore, description, location, signingDate, agreedInvestment, agreementType } =
    p;
  const { registeredEntity, creditCode, landingDate, startDate, completionDate } = p;
  return {
    name,
    investor,
    industry,
    channel,
    origin,
    capitalType,
    estimatedInvestment,
    ownerAId,
    ownerBId,
    unitId,
    isKey,
    isBond,
    isFirstStore,
    description,
    location,
    signingDate,
    agreedInvestment,
    agreementType,
    registeredEntity,
    creditCode,
    landingDate,
    startDate,
    completionDate,
  };
}

/**
 * Edits a project against the version shown; if someone saved in between, shows field by field what they
 * saved against what you typed, and lets you keep theirs or reapply yours on the new version.
 */
export function EditProjectDialog({
  project,
  open,
  onClose,
}: {
  project: ProjectDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.projects.update.mutationOptions());
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const saved = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
    ]);
    toast.success(t('project.saved'));
    setConflict(null);
    onClose();
  };
  const keepTheirs = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.projects.get.queryKey({ id: project.id }) });
    setConflict(null);
  };
  const reapplyMine = async () => {
    if (!conflict) return;
    try {
      await update.mutateAsync({ id: project.id, version: conflict.version, fields: conflict.mine });
    } catch (e) {
      setError(errorMessage(e, t('common.unknownError')));
      return;
    }
    await saved();
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('project.editTitle')} wide>
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          pending={update.isPending}
          onKeepTheirs={() => void keepTheirs()}
          onReapplyMine={() => void reapplyMine()}
        />
      )}
      {error && (
        <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <ProjectForm
        key={project.version}
        defaultValues={formValues(project)}
        showGates
        requiredGates={gatesUpTo(project.stage)}
        submitLabel={t('common.save')}
        onCancel={onClose}
        onSubmit={async (fields) => {
          setError(null);
          try {
            await update.mutateAsync({ id: project.id, version: project.version, fields });
          } catch (e) {
            if (errorCode(e) === 'CONFLICT') {
              const fresh = await queryClient.fetchQuery({
                ...trpc.projects.get.queryOptions({ id: project.id }),
                staleTime: 0,
              });
              setConflict({ mine: fields, theirs: formValues(fresh), version: fresh.version });
              return;
            }
            if (errorCode(e) !== 'BAD_REQUEST') setError(errorMessage(e, t('common.unknownError')));
            throw e;
          }
          await saved();
        }}
      />
    </Dialog>
  );
}
