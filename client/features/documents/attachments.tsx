import { ATTACH_ACTIONS, type DocumentTarget } from '../../../shared/domain/documents';
import type { Relation } from '../../../shared/domain/permissions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useCan } from '../../lib/permissions';
import { DocumentsSection } from './documents-section';

/**
 * Scans and replies on a problem, 批示 or 督办单 (issue 17): the same section as the project's, filtered to
 * the object; those who work on it may attach (ATTACH_ACTIONS), the project's writers may withdraw.
 */
export function Attachments({
  projectId,
  target,
  targetId,
  rel,
  folded = false,
}: {
  projectId: number;
  target: Exclude<DocumentTarget, 'project'>;
  targetId: number;
  rel: Relation;
  /** Behind a 附件 button until opened (a list of many objects). */
  folded?: boolean;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(!folded);
  if (!open)
    return (
      <Button variant="ghost" className="mt-1" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('documents.attachments')}
      </Button>
    );
  return (
    <div className="mt-2" data-testid={`attachments-${target}`}>
      <DocumentsSection
        title={t('documents.attachments')}
        projectId={projectId}
        target={target}
        targetId={targetId}
        canUpload={ATTACH_ACTIONS[target].some((a) => can(a, rel))}
        canWithdraw={can('documents.withdraw', rel)}
      />
    </div>
  );
}
