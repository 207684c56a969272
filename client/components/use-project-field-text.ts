import { useTranslation } from 'react-i18next';
import { formatWanExact } from '../../shared/domain/money';
import { useFormat } from '../lib/format';
import { useDirectoryOptions } from '../lib/use-directory';
import { AMOUNT_FIELDS, DATE_FIELDS, SELECTS } from './project-field-input';

const PEOPLE = new Set(['ownerAId', 'ownerBId']);

/**
 * A project field's value as people read it: catalogue labels (教育健康, not education_health), amounts in
 * 万元 with separators, dates in words, people and units by name, flags as 是/否.
 */
export function useProjectFieldText(): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { officers, units } = useDirectoryOptions();
  return (field, value) => {
    if (value === null || value === undefined || value === '') return t('conflicts.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    // Exact 万元 with separators (190,000 万元): a clash of 190,000 and 190,050 must not both read 19.00 亿元.
    if (AMOUNT_FIELDS.has(field) && typeof value === 'number') return formatWanExact(value, fmt.lang);
    if (DATE_FIELDS.has(field) && typeof value === 'string') return fmt.date(value);
    if (typeof value !== 'string' && typeof value !== 'number') return JSON.stringify(value);
    if (SELECTS[field]) return t(`${field}.${value}` as 'industry.finance');
    const options = PEOPLE.has(field) ? officers : field === 'unitId' ? units : null;
    return options?.find((o) => o.value === value)?.label ?? String(value);
  };
}
