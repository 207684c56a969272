import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { useCan } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { ChaseUpList } from './chase-up-list';

/**
 * The open chase-up orders on a person's desk: those naming them and those on projects they lead.
 * Exported for the leader's desk (issue 3).
 */
export function MyChaseUps() {
  const can = useCan();
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
          // Each order carries the person's relation to its project, with the assignee bit when it names them.
          canClose={(o) => can('chaseUp.close', o.rel)}
        />
      )}
    </Section>
  );
}
