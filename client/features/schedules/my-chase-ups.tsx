import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { trpc } from '../../lib/trpc';
import { ChaseUpList } from './chase-up-list';

/**
 * The open chase-up orders on a person's desk: those naming them and those on projects they lead.
 * Exported for the leader's desk (issue 3).
 */
export function MyChaseUps({ role, userId }: { role: string | undefined; userId: number | undefined }) {
  const { t } = useTranslation();
  const orders = useQuery(trpc.schedules.chaseUps.mine.queryOptions());
  return (
    <Section title={t('schedules.chase.mine')}>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <LoadError message={orders.error.message} />
      ) : (
        <ChaseUpList
          orders={orders.data}
          showProject
          canClose={(o) => role === 'admin' || role === 'leader' || o.assigneeId === userId}
        />
      )}
    </Section>
  );
}
