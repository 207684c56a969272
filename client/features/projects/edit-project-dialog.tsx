import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { gatesUpTo } from '../../../shared/domain/gates';
import type { ProjectFields } from '../../../shared/schemas/project';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { errorCode, errorMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { ProjectForm } from './project-form';
import type { ProjectDetail } from './project-types';

function formValues(p: ProjectDetail): ProjectFields {
  const { name, investor, industry, channel, origin, capitalType, estimatedInvestment, ownerAId, ownerBId, unitId } = p;
  const { isKey, isBond, isFirstStore, description, location, signingDate, agreedInvestment, agreementType } = p;
  const { registeredEntity, creditCode, landingDate, startDate, completionDate } = p;
  return {
    name, investor, industry, channel, origin, capitalType, estimatedInvestment, ownerAId, ownerBId, unitId,
    isKey, isBond, isFirstStore, description, location, signingDate, agreedInvestment, agreementType,
    registeredEntity, creditCode, landingDate, startDate, completionDate,
  };
}

/** Edits a project against the version shown; if someone saved in between, says so and offers a reload. */
export function EditProjectDialog({ project, open, onClose }: { project: ProjectDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.projects.update.mutationOptions());
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.projects.get.queryKey({ id: project.id }) });
    setConflict(false);
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('project.editTitle')} wide>
      {conflict && (
        <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t('conflict.title')}</p>
          <p className="mt-1">{t('conflict.body')}</p>
          <Button className="mt-2" onClick={() => void reload()}>
            {t('conflict.reload')}
          </Button>
        </div>
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
              setConflict(true);
              return;
            }
            if (errorCode(e) !== 'BAD_REQUEST') setError(errorMessage(e, t('common.unknownError')));
            throw e;
          }
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
          ]);
          toast.success(t('project.saved'));
          onClose();
        }}
      />
    </Dialog>
  );
}
