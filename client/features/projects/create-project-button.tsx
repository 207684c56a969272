import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from '../../lib/toast';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { trpc } from '../../lib/trpc';
import { useMayEver } from '../../lib/permissions';
import { ownerError } from '../../../shared/domain/permissions';
import { Loading } from '../../components/ui/states';
import { lazyWithStrings } from '../../lib/lazy';

const ProjectForm = lazyWithStrings(
  () => import('./project-form'),
  (m) => m.ProjectForm,
);

/** 新建项目: a lead enters the funnel at 洽谈; the person lands on its page afterwards. */
export function CreateProjectButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const me = useQuery(trpc.auth.me.queryOptions());
  const mayEver = useMayEver();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.projects.create.mutationOptions());
  if (!me.data || !mayEver('project.create')) return null;
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        + {t('board.newProject')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('project.createTitle')} wide>
        <Suspense fallback={<Loading />}>
          <ProjectForm
            // An officer is their own project's owner A; others pick one (owners are officers, decision 083).
            defaultValues={
              ownerError({ role: me.data.role, active: true }) === null ? { ownerAId: me.data.id } : {}
            }
            showGates={false}
            submitLabel={t('board.newProject')}
            onCancel={() => setOpen(false)}
            onSubmit={async (values) => {
              const { id } = await create.mutateAsync(values);
              await queryClient.invalidateQueries({ queryKey: trpc.board.pathKey() });
              setOpen(false);
              toast.success(t('project.created'));
              await navigate(`/projects/${id}`);
            }}
          />
        </Suspense>
      </Dialog>
    </>
  );
}
