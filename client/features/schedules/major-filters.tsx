import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { INDUSTRIES } from '../../../shared/domain/catalog';
import { FUNNEL_STAGES } from '../../../shared/domain/stages';
import type { OverviewFilter } from '../../../shared/schemas/schedules';
import { IndustrySelect } from '../../components/industry-select';
import { inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';

const LIGHT_FILTERS = ['red', 'yellow', 'green', 'none'] as const;
type SetFilter = (key: keyof OverviewFilter, value: string) => void;

/** The overview's filter, kept in the address so a filtered chart can be shared or printed again. */
export function useOverviewFilter(): [OverviewFilter, SetFilter] {
  const [params, setParams] = useSearchParams();
  const filter: OverviewFilter = {
    light: (LIGHT_FILTERS as readonly string[]).includes(params.get('light') ?? '')
      ? (params.get('light') as OverviewFilter['light'])
      : undefined,
    leaderId: params.get('leader') ? Number(params.get('leader')) : undefined,
    industry: (INDUSTRIES as readonly string[]).includes(params.get('industry') ?? '')
      ? (params.get('industry') as OverviewFilter['industry'])
      : undefined,
    stage: (FUNNEL_STAGES as readonly string[]).includes(params.get('stage') ?? '')
      ? (params.get('stage') as OverviewFilter['stage'])
      : undefined,
  };
  const set: SetFilter = (key, value) => {
    const next = new URLSearchParams(params);
    const name = key === 'leaderId' ? 'leader' : key;
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return [filter, set];
}

/** Light, leader, industry and stage selects. */
export function MajorFilters({ filter, setFilter }: { filter: OverviewFilter; setFilter: SetFilter }) {
  const { t } = useTranslation();
  const people = useQuery(trpc.directory.users.queryOptions());
  const leaders = (people.data ?? []).filter((u) => u.role === 'leader');
  return (
    <>
      <select
        aria-label={t('schedules.figures.light')}
        className={`${inputClass} !w-32`}
        value={filter.light ?? ''}
        onChange={(e) => setFilter('light', e.target.value)}
      >
        <option value="">{t('schedules.major.allLights')}</option>
        {LIGHT_FILTERS.map((l) => (
          <option key={l} value={l}>
            {t(`schedules.light.${l}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('schedules.major.leader')}
        className={`${inputClass} !w-36`}
        value={filter.leaderId ?? ''}
        onChange={(e) => setFilter('leaderId', e.target.value)}
      >
        <option value="">{t('schedules.major.allLeaders')}</option>
        {leaders.map((u) => (
          <option key={u.id} value={u.id} data-user-text="">
            {u.displayName}
          </option>
        ))}
      </select>
      <IndustrySelect
        label={t('board.allIndustries')}
        allLabel={t('schedules.major.allIndustries')}
        className={`${inputClass} !w-36`}
        value={filter.industry}
        onChange={(value) => setFilter('industry', value ?? '')}
      />
      <select
        aria-label={t('schedules.editor.linked')}
        className={`${inputClass} !w-28`}
        value={filter.stage ?? ''}
        onChange={(e) => setFilter('stage', e.target.value)}
      >
        <option value="">{t('schedules.major.allStages')}</option>
        {FUNNEL_STAGES.map((s) => (
          <option key={s} value={s}>
            {t(`stage.${s}`)}
          </option>
        ))}
      </select>
    </>
  );
}
