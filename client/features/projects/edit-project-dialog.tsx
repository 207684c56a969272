import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { gatesUpTo } from '../../../shared/domain/gates';
import { actionKey, lockedProjectFields } from '../../../shared/domain/permissions';
import { threeWayMerge, withMine } from '../../../shared/domain/three-way-merge';
import { type ProjectFields, pickProjectFields } from '../../../shared/schemas/project';
import { Dialog } from '../../components/ui/dialog';
import { errorCode, errorMessage } from '../../lib/errors';
import { useRole } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { type ConflictState, ConflictPanel } from './conflict-panel';
import { ProjectForm } from './project-form';
import type { ProjectDetail } from './project-types';

/** Another person saving in between rarely repeats; after this many merges the person decides. */
const MAX_AUTO_MERGES = 3;

/**
 * Edits a project against the version the person opened, keeping those values as the base of a three-way
 * merge. If someone saved in between, only the fields this person changed are reapplied on top of what was
 * saved; where both changed the same field, the conflict panel shows the clash and the person chooses.
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
  // What the person opened: a refetch of the project while they type must not move the merge base.
  const [opened] = useState(() => ({ values: pickProjectFields(project), version: project.version }));
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = (k: string) => t(`field.${k}`, { defaultValue: k });
  const role = useRole();
  // Owners and amounts the person may not change are shown locked, saying who may (decisions 080, 083).
  const locked = Object.fromEntries(
    Object.entries(role ? lockedProjectFields(role, project.rel) : {}).map(([field, action]) => [
      field,
      t(`errors.action.${actionKey(action!)}`),
    ]),
  );

  const saved = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() }),
    ]);
    toast.success(t('project.saved'));
    setConflict(null);
    onClose();
  };

  /** Saves `values` against `version`; on CONFLICT merges `mine` onto what was saved meanwhile. */
  const save = async (
    mine: ProjectFields,
    values: ProjectFields,
    version: number,
    merges = 0,
  ): Promise<void> => {
    try {
      await update.mutateAsync({ id: project.id, version, fields: values });
    } catch (e) {
      if (errorCode(e) !== 'CONFLICT') throw e;
      const fresh = await queryClient.fetchQuery({
        ...trpc.projects.get.queryOptions({ id: project.id }),
        staleTime: 0,
      });
      const theirs = pickProjectFields(fresh);
      const merge = threeWayMerge(opened.values, theirs, mine);
      if (merge.clashes.length === 0 && merges < MAX_AUTO_MERGES) {
        if (merge.theirs.length)
          toast.info(t('conflicts.merged', { fields: merge.theirs.map(label).join('、') }));
        return save(mine, merge.merged, fresh.version, merges + 1);
      }
      setConflict({ base: opened.values, theirs, mine, merge, version: fresh.version });
      return;
    }
    await saved();
  };

  const resolve = async (values: ProjectFields | null) => {
    if (!conflict) return;
    setError(null);
    if (!values) {
      // Nothing of mine left to save: show what they saved.
      await saved();
      return;
    }
    try {
      await save(values, values, conflict.version);
    } catch (e) {
      setError(errorMessage(e, t('common.unknownError')));
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('project.editTitle')} wide>
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          pending={update.isPending}
          onKeepTheirs={() => void resolve(conflict.merge.mine.length ? conflict.merge.merged : null)}
          onReapplyMine={() => void resolve(withMine(conflict.merge, conflict.mine))}
        />
      )}
      {error && (
        <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <ProjectForm
        defaultValues={opened.values}
        showGates
        requiredGates={gatesUpTo(project.stage)}
        locked={locked}
        submitLabel={t('common.save')}
        onCancel={onClose}
        onSubmit={(fields) => {
          setError(null);
          return save(fields, fields, opened.version);
        }}
      />
    </Dialog>
  );
}
