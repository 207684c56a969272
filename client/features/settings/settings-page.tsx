import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from '../../lib/toast';
import { Section } from '../../components/ui/section';
import { LoadError, Loading } from '../../components/ui/states';
import { useMayEver } from '../../lib/permissions';
import { trpc } from '../../lib/trpc';
import { KindsForm, ProofGatesForm } from '../documents';
import { StallDaysForm } from './stall-days-form';

/** /admin/settings: the settings the office owns (issue 15). Everyone may read; an admin edits. */
export function SettingsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const mayEver = useMayEver();
  const stall = useQuery(trpc.settings.stallDays.queryOptions());
  // Everything that judges 久未推进 reads the new days on its next load.
  const refresh = () => qc.invalidateQueries();

  if (stall.isError) return <LoadError message={stall.error.message} onRetry={() => void stall.refetch()} />;
  if (!stall.data) return <Loading />;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-3 p-4">
      <h1 className="text-lg font-semibold">{t('settings.title')}</h1>
      <Section title={t('settings.stall.title')}>
        <StallDaysForm
          key={stall.data.version}
          current={stall.data}
          canEdit={mayEver('office.manage')}
          onSaved={() => {
            toast.success(t('settings.stall.saved'));
            void refresh();
          }}
          onConflict={refresh}
        />
      </Section>
      <Section title={t('documents.gatesTitle')}>
        <ProofGatesForm
          canEdit={mayEver('office.manage')}
          onSaved={() => {
            toast.success(t('documents.gatesSaved'));
            void refresh();
          }}
          onConflict={refresh}
        />
      </Section>
      <Section title={t('documents.kindsTitle')}>
        <KindsForm
          canEdit={mayEver('office.manage')}
          onSaved={() => {
            toast.success(t('documents.kindsSaved'));
            void refresh();
          }}
          onConflict={refresh}
        />
      </Section>
    </div>
  );
}
