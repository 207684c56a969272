import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { proofMissing } from '../../../shared/domain/documents';
import {
  type FunnelStage,
  isFunnelStage,
  type ProjectState,
  type ProjectStatus,
} from '../../../shared/domain/stages';
import { isRefusal, planMove } from '../../../shared/domain/transitions';
import { actionKey, lockedProjectFields } from '../../../shared/domain/permissions';
import { errorCode, errorMessage } from '../../lib/errors';
import { useRole } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import type { MovePayload, MoveRequest } from './move-dialog';
import { lazyWithStrings } from '../../lib/lazy';

// The dialog (and the form libraries it needs) loads the first time a move asks for input.
const MoveDialog = lazyWithStrings(
  () => import('./move-dialog'),
  (m) => m.MoveDialog,
);

export type MovableProject = {
  id: number;
  name: string;
  version: number;
  stage: FunnelStage;
  status: ProjectStatus;
} & Record<string, unknown>;

/**
 * A move in the UI: decides from the stage rules whether the move needs a dialog (missing gate
 * fields, a reason, a drop category) or can go straight to the server; reports refusals and conflicts.
 */
export function useMoveFlow({
  move,
  onReload,
}: {
  move: (req: MoveRequest, payload: MovePayload) => Promise<void>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const role = useRole();
  const queryClient = useQueryClient();
  // The documents each stage requires (an admin setting, usually none): asked before a forward move.
  const gates = useQuery(trpc.documents.gates.queryOptions());
  const [request, setRequest] = useState<MoveRequest | null>(null);

  const conflictToast = () =>
    toast.error(t('conflict.title'), {
      description: t('conflict.body'),
      action: { label: t('conflict.reload'), onClick: onReload },
      duration: 15_000,
    });

  const run = async (req: MoveRequest, payload: MovePayload) => {
    try {
      await move(req, payload);
      toast.success(t('board.moved', { name: req.project.name, stage: t(`stage.${req.to}`) }));
      setRequest(null);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setRequest(null);
        conflictToast();
        return;
      }
      throw error;
    }
  };

  /** The required documents a forward move lacks (fetched only when the setting asks for any). */
  const missingProof = async (project: MovableProject, to: ProjectState, forward: boolean) => {
    const required = gates.data?.required ?? {};
    if (!forward || !isFunnelStage(to) || !Object.keys(required).length) return [];
    const present = await queryClient.fetchQuery({
      ...trpc.documents.present.queryOptions({ projectId: project.id }),
      staleTime: 0,
    });
    return proofMissing(required, project.stage, to, present);
  };

  /**
   * The project with its gate fields for a forward move: a board card carries only what it shows, so
   * they are read from the server (projects.gates); fields the caller gives (a schedule's date) win.
   */
  const withGates = async (project: MovableProject, to: ProjectState): Promise<MovableProject> => {
    const first = planMove(project, to);
    if (isRefusal(first) || first.kind !== 'forward') return project;
    const gateValues = await queryClient.fetchQuery({
      ...trpc.projects.gates.queryOptions({ id: project.id }),
      staleTime: 0,
    });
    return { ...gateValues, ...project };
  };

  const requestMove = (card: MovableProject, to: ProjectState, defaults?: Record<string, unknown>) => {
    const failed = (error: unknown) =>
      toast.error(t('board.moveFailed', { reason: errorMessage(error, t('common.unknownError')) }));
    withGates(card, to)
      .then(async (project) => {
        const plan = planMove(project, to);
        if (isRefusal(plan)) {
          toast.error(t(`errors.${plan.code}`));
          return;
        }
        // A gate the person may not fill (a leader and the agreed amount, decision 080): say so before any dialog.
        const locked = role
          ? lockedProjectFields(role, typeof project.rel === 'number' ? project.rel : 0)
          : {};
        const lockedGate = plan.missing.map((f) => locked[f]).find(Boolean);
        if (lockedGate) {
          toast.error(t(`errors.action.${actionKey(lockedGate)}`));
          return;
        }
        const proof = await missingProof(project, to, plan.kind === 'forward');
        const req: MoveRequest = { project, to, plan, defaults, proof };
        if (plan.missing.length || plan.needsReason || plan.needsDropCategory || proof.length) {
          setRequest(req);
          return;
        }
        return run(req, { gates: {}, note: null, dropCategory: null });
      })
      .catch(failed);
  };

  const dialog = request && (
    <Suspense>
      <MoveDialog request={request} onClose={() => setRequest(null)} onSubmit={run} />
    </Suspense>
  );
  return { requestMove, dialog };
}
