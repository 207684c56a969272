import { useTranslation } from 'react-i18next';
import { linkButtonClass } from '../../components/ui/button';
import type { ProblemListInput } from '../../../shared/schemas/problems';

/** Download URL of the problem list for its filter (the same one the page shows). */
export function problemListUrl(filter: ProblemListInput): string {
  const set = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
  const params = new URLSearchParams();
  if (Object.keys(set).length) params.set('filter', JSON.stringify(set));
  const q = params.toString();
  return `/api/problems.xlsx${q ? `?${q}` : ''}`;
}

/** 导出清单: a plain link, the browser saves what the server sends. */
export function ProblemListExport({ filter }: { filter: ProblemListInput }) {
  const { t } = useTranslation();
  return (
    <a
      className={linkButtonClass}
      href={problemListUrl(filter)}
      title={t('problemTally.export.listHint')}
      download
    >
      {t('problemTally.export.list')}
    </a>
  );
}
