import { useTranslation } from 'react-i18next';
import { INDUSTRIES, type Industry } from '../../shared/domain/catalog';

/** The industry filter: 八大产业 in their order, '' for all. One select for the board and the chart. */
export function IndustrySelect({
  value,
  onChange,
  label,
  allLabel,
  className,
}: {
  value: Industry | undefined;
  onChange: (value: Industry | undefined) => void;
  label: string;
  allLabel: string;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={label}
      className={className}
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || undefined) as Industry | undefined)}
    >
      <option value="">{allLabel}</option>
      {INDUSTRIES.map((i) => (
        <option key={i} value={i}>
          {t(`industry.${i}`)}
        </option>
      ))}
    </select>
  );
}
