import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NoteText } from '../../components/note-text';
import { Empty, LoadError, Loading } from '../../components/ui/states';
import { withUserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import { trpc } from '../../lib/trpc';

/** The stage history, newest first: who moved the project, when, from where to where, and why. */
export function StageTimeline({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useQuery(trpc.projects.history.queryOptions({ id: projectId }));
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError message={history.error.message} />;
  if (!history.data.length) return <Empty>{t('project.noHistory')}</Empty>;
  return (
    <ol className="relative ml-2 border-l border-slate-200" data-testid="stage-history">
      {[...history.data].reverse().map((e) => (
        <li key={e.id} className="mb-4 ml-4">
          <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
          <p className="text-sm text-slate-900">
            {e.fromState ? (
              <>
                {t(`stage.${e.fromState}`)} <span className="text-slate-400">→</span>{' '}
                <strong>{t(`stage.${e.toState}`)}</strong>
              </>
            ) : (
              <>
                {t('project.created_event')} · <strong>{t(`stage.${e.toState}`)}</strong>
              </>
            )}
          </p>
          <p className="text-xs text-slate-500">
            {fmt.dateTime(e.at)} · {withUserText((name) => t('project.by', { name }), e.byName)}
            {e.dropCategory && ` · ${t(`dropCategory.${e.dropCategory}`)}`}
          </p>
          {e.note && (
            <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-xs text-slate-700">
              <NoteText note={e.note} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
