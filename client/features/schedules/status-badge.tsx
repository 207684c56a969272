import { useTranslation } from 'react-i18next';
import type { MilestoneStatus } from '../../../shared/domain/schedule/status';
import { Badge } from '../../components/ui/badge';

const TONE = {
  done_on_time: 'green',
  done_late: 'amber',
  due_soon: 'amber',
  overdue: 'red',
  upcoming: 'slate',
} as const;

export function StatusBadge({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`schedules.status.${status}`)}</Badge>;
}
