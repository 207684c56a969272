import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Section } from '../../components/ui/section';
import { Empty, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { AddProblemDialog } from './problem-dialogs';
import { ProblemList } from './problem-list';

/** The project's problems; `canRaise` is the shared model's `problem.raise` for the person on this project. */
export function ProjectProblemsSection({ projectId, canRaise }: { projectId: number; canRaise: boolean }) {
  const { t } = useTranslation();
  const list = useQuery(trpc.problems.list.queryOptions({ projectId }));
  const [adding, setAdding] = useState(false);
  return (
    <Section
      title={t('leaders.problems.section')}
      actions={canRaise && <Button onClick={() => setAdding(true)}>{t('leaders.problems.add')}</Button>}
    >
      {list.isPending ? (
        <Loading />
      ) : !list.data?.length ? (
        <Empty>{t('leaders.problems.empty')}</Empty>
      ) : (
        <ProblemList rows={list.data} showProject={false} />
      )}
      {adding && <AddProblemDialog projectId={projectId} open={adding} onClose={() => setAdding(false)} />}
    </Section>
  );
}
