import { useQuery } from '@tanstack/react-query';
import { Dialog, type ProjectDialogProps } from '../../components/ui/dialog';
import { LoadError, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { IssueChaseUpDialog } from './chase-up-dialogs';

/**
 * 督办 from the leader's desk (issue 16): the same dialog as the schedule tab, with the project's
 * milestones loaded when it opens; the overdue ones are offered, as there.
 */
export function DeskChaseUpDialog({ projectId, projectName, onClose }: ProjectDialogProps) {
  const data = useQuery(trpc.schedules.get.queryOptions({ projectId }));
  if (data.data?.schedule)
    return (
      <IssueChaseUpDialog
        projectId={projectId}
        projectName={projectName}
        milestones={data.data.schedule.milestones}
        milestoneId={data.data.schedule.milestones.find((m) => m.status === 'overdue')?.id ?? null}
        today={data.data.today}
        onClose={onClose}
      />
    );
  return (
    <Dialog open onClose={onClose} title={projectName}>
      {data.isError ? <LoadError message={data.error.message} /> : <Loading />}
    </Dialog>
  );
}
