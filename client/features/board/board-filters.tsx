import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../shared/domain/catalog';
import { IndustrySelect } from '../../components/industry-select';
import { inputClass } from '../../components/ui/field';
import { trpc } from '../../lib/trpc';
import { useBoardExtras } from './board-extras';
import type { useBoardFilters } from './use-board-filters';

const selectClass = `${inputClass} !w-auto`;

/** The office's flags as checkboxes: URL parameter, filter key, label. */
const FLAGS = [
  { param: 'key', key: 'keyOnly', label: 'board.keyOnly' },
  { param: 'bond', key: 'bondOnly', label: 'board.bondOnly' },
  { param: 'firstStore', key: 'firstStoreOnly', label: 'board.firstStoreOnly' },
  { param: 'pending', key: 'pendingOnly', label: 'pending.boardFilter' },
] as const;

export function BoardFilters({ filters }: { filters: ReturnType<typeof useBoardFilters> }) {
  const { t } = useTranslation();
  const { filter, update, clear, active } = filters;
  const { Filters } = useBoardExtras();
  const people = useQuery(trpc.directory.users.queryOptions());
  const units = useQuery(trpc.directory.units.queryOptions());
  const chains = useQuery(trpc.directory.chains.queryOptions());
  const [q, setQ] = useState(filter.q ?? '');
  // Typing updates the URL (and the query) after a short pause, not on every key; leaving the box (a
  // click on a card) or Enter updates it at once, so the pause cannot end after the click's navigation
  // began and pull the page back to the board.
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  const commit = useCallback(() => {
    clearTimeout(pause.current);
    if (q.trim() !== (filter.q ?? '')) update('q', q.trim() || undefined);
  }, [q, filter.q, update]);
  useEffect(() => {
    pause.current = setTimeout(commit, 300);
    return () => clearTimeout(pause.current);
  }, [commit]);
  // When the URL's search changes from outside (back button, clear), the box follows it.
  const [urlQ, setUrlQ] = useState(filter.q);
  if (filter.q !== urlQ) {
    setUrlQ(filter.q);
    setQ(filter.q ?? '');
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <input
        type="search"
        aria-label={t('board.search')}
        placeholder={t('board.search')}
        className={`${inputClass} !w-72`}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <IndustrySelect
        label={t('field.industry')}
        allLabel={t('board.allIndustries')}
        className={selectClass}
        value={filter.industry}
        onChange={(value) => update('industry', value)}
      />
      <select
        aria-label={t('field.ownerAId')}
        className={selectClass}
        value={filter.ownerId ?? ''}
        onChange={(e) => update('owner', e.target.value || undefined)}
      >
        <option value="">{t('board.allOwners')}</option>
        {(people.data ?? [])
          .filter((u) => u.role === 'staff')
          .map((u) => (
            <option key={u.id} value={u.id} data-user-text="">
              {u.displayName}
            </option>
          ))}
      </select>
      <select
        aria-label={t('field.channel')}
        className={selectClass}
        value={filter.channel ?? ''}
        onChange={(e) => update('channel', e.target.value || undefined)}
      >
        <option value="">{t('board.allChannels')}</option>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`channel.${c}`)}
          </option>
        ))}
      </select>
      <IdSelect
        label={t('field.unitId')}
        all={t('board.allUnits')}
        value={filter.unitId}
        options={units.data}
        onChange={(v) => update('unit', v)}
      />
      <IdSelect
        label={t('board.chain')}
        all={t('board.allChains')}
        value={filter.chainId}
        options={chains.data}
        onChange={(v) => update('chain', v)}
      />
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={filter.majorOnly ?? false}
          onChange={(e) => update('major', e.target.checked ? '1' : undefined)}
        />
        {t('board.majorOnly')}
      </label>
      <label className="flex items-center gap-1.5 text-sm text-slate-700">
        <input
          type="checkbox"
          checked={filter.stalledOnly ?? false}
          onChange={(e) => update('stalled', e.target.checked ? '1' : undefined)}
        />
        {t('board.stalledOnly')}
      </label>
      {FLAGS.map(({ param, key, label }) => (
        <label key={param} className="flex items-center gap-1.5 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={filter[key] ?? false}
            onChange={(e) => update(param, e.target.checked ? '1' : undefined)}
          />
          {t(label)}
        </label>
      ))}
      <Filters
        leaderId={filter.leaderId}
        taskForceId={filter.taskForceId}
        lanes={filters.lanes}
        onChange={update}
      />
      {active && (
        <button type="button" className="text-sm text-brand-600 hover:underline" onClick={clear}>
          {t('board.clearFilters')}
        </button>
      )}
    </div>
  );
}

/** A select over named records (units, chains) whose value goes to the URL as the id. */
function IdSelect({
  label,
  all,
  value,
  options = [],
  onChange,
}: {
  label: string;
  all: string;
  value: number | undefined;
  options?: { id: number; name: string }[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <select
      aria-label={label}
      className={selectClass}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id} data-user-text="">
          {o.name}
        </option>
      ))}
    </select>
  );
}
