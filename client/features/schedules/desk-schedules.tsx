import { useQuery } from '@tanstack/react-query';
import { UserText } from '../../components/ui/user-text';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../components/ui/section';
import { trpc } from '../../lib/trpc';
import { LightBadge } from './light-badge';
import { MyChaseUps } from './my-chase-ups';

/**
 * The leader's desk part of 倒排工期: the lights of the major projects they lead (red first) and, on
 * their own desk, the open chase-up orders naming them or on their projects.
 */
export function DeskSchedules({
  leaderId,
  me,
}: {
  leaderId: number | undefined;
  me: { id: number; role: string } | null | undefined;
}) {
  const { t } = useTranslation();
  const overview = useQuery(
    trpc.schedules.overview.queryOptions({ leaderId }, { enabled: leaderId !== undefined }),
  );
  const rows = (overview.data?.rows ?? []).filter((r) => r.light !== null);
  const own = me?.id === leaderId;
  return (
    <>
      {rows.length > 0 && (
        <Section title={t('schedules.desk.lights')}>
          <ul className="flex flex-col divide-y divide-slate-100" data-testid="desk-lights">
            {rows.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
                <Link
                  to={`/projects/${r.id}#schedule`}
                  className="min-w-0 truncate text-sm text-slate-800 hover:text-brand-600"
                >
                  <UserText>{r.name}</UserText>
                </Link>
                <span className="flex shrink-0 items-center gap-2 text-xs text-slate-500">
                  {r.next && (
                    <span className="hidden sm:inline">
                      {t('schedules.figures.next')}
                      {t('punct.colon')}
                      <UserText>{r.next.name}</UserText> {r.next.plannedDate}
                    </span>
                  )}
                  {r.light && <LightBadge light={r.light} />}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {own && <MyChaseUps />}
    </>
  );
}
