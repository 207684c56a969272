import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissRecentChange, useFreshChange } from '../../lib/live';

/** How long the notice stays unless dismissed. */
const NOTICE_MS = 10 * 60_000;

/**
 * "王磊 刚刚修改了此项目": someone else changed the project while this page was open. The page has
 * already refreshed (the live stream refetches it); a form the person has open keeps their input, and
 * saving it merges or asks (decision 111).
 */
export function LiveNotice({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const [openedAt] = useState(() => Date.now());
  const change = useFreshChange(projectId, NOTICE_MS, openedAt);
  if (!change) return null;
  return (
    <div
      role="status"
      data-testid="live-notice"
      className="flex items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <span>{t('live.projectChanged', { name: change.by })}</span>
      <button
        type="button"
        className="rounded px-2 py-0.5 text-amber-900 underline-offset-2 hover:underline"
        onClick={() => dismissRecentChange(projectId)}
      >
        {t('live.dismiss')}
      </button>
    </div>
  );
}
