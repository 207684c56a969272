import { useTranslation } from 'react-i18next';
import type { GateField } from '../../shared/domain/gates';
import { Badge } from './ui/badge';

/** The facts a project still lacks, as the person's language names them: 注册主体名称、落位地点. */
export function usePendingFieldsText(): (fields: readonly GateField[]) => string {
  const { t, i18n } = useTranslation();
  const separator = i18n.language.startsWith('zh') ? '、' : ', ';
  return (fields) => fields.map((f) => t(`field.${f}`)).join(separator);
}

/** 资料待补 with the missing facts beside it (nothing when the project is complete). */
export function PendingFactsBadge({ fields, compact }: { fields: readonly GateField[]; compact?: boolean }) {
  const { t } = useTranslation();
  const text = usePendingFieldsText();
  if (!fields.length) return null;
  const list = text(fields);
  return (
    <span className="inline-flex flex-wrap items-center gap-1" title={t('pending.missing', { fields: list })}>
      <Badge tone="amber">{t('pending.badge')}</Badge>
      {!compact && <span className="text-xs text-amber-800">{t('pending.missing', { fields: list })}</span>}
    </span>
  );
}
