import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../components/ui/user-text';
import { useFormat } from '../../lib/format';
import type { ProjectDetail } from './project-types';

/** Every field of a project, read-only, in the order the office reads a ledger row. */
export function ProjectDetails({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const none = t('common.none');
  const rows: [string, ReactNode][] = [
    [t('field.investor'), <UserText>{p.investor}</UserText>],
    [t('field.industry'), t(`industry.${p.industry}`)],
    [t('field.channel'), t(`channel.${p.channel}`)],
    [t('field.origin'), p.origin ? t(`origin.${p.origin}`) : none],
    [t('field.capitalType'), p.capitalType ? t(`capitalType.${p.capitalType}`) : none],
    [t('field.estimatedInvestment'), fmt.money(p.estimatedInvestment)],
    [t('field.agreedInvestment'), fmt.money(p.agreedInvestment)],
    [t('field.agreementType'), p.agreementType ? t(`agreementType.${p.agreementType}`) : none],
    [t('field.signingDate'), fmt.date(p.signingDate)],
    [t('field.registeredEntity'), p.registeredEntity ? <UserText>{p.registeredEntity}</UserText> : none],
    [t('field.creditCode'), p.creditCode ?? none],
    [t('field.location'), p.location ? <UserText>{p.location}</UserText> : none],
    [t('field.landingDate'), fmt.date(p.landingDate)],
    [t('field.startDate'), fmt.date(p.startDate)],
    [t('field.completionDate'), fmt.date(p.completionDate)],
    [t('field.ownerAId'), <UserText>{p.ownerAName}</UserText>],
    [t('field.ownerBId'), p.ownerBName ? <UserText>{p.ownerBName}</UserText> : none],
    [t('field.unitId'), p.unitName ? <UserText>{p.unitName}</UserText> : none],
  ];
  const flags = (['isKey', 'isBond', 'isFirstStore'] as const)
    .filter((f) => p[f])
    .map((f) => t(`field.${f}`));
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2.5 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
      <div>
        <dt className="text-xs text-slate-500">{t('project.flags')}</dt>
        <dd className="text-slate-900">{flags.length ? fmt.list(flags) : none}</dd>
      </div>
      {p.description && (
        <div className="sm:col-span-2 lg:col-span-3">
          <dt className="text-xs text-slate-500">{t('field.description')}</dt>
          <dd className="whitespace-pre-wrap text-slate-900" data-user-text="">
            {p.description}
          </dd>
        </div>
      )}
    </dl>
  );
}
