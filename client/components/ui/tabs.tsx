import type { ReactNode } from 'react';

const STYLES = {
  /** Page sections: an underlined row of tabs. */
  line: {
    list: 'flex gap-2 border-b border-slate-200',
    tab: (on: boolean) =>
      `-mb-px border-b-2 px-3 py-2 text-sm font-medium ${on ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-500 hover:text-slate-800'}`,
  },
  /** Views of one table: pills. */
  pill: {
    list: 'flex flex-wrap gap-1',
    tab: (on: boolean) =>
      `rounded-md px-3 py-1 text-sm ${on ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50'}`,
  },
} as const;

/** A row of tabs (role tablist) choosing one of `items`; the parent keeps the choice (often in the URL). */
export function Tabs<T extends string>({
  items,
  value,
  onChange,
  label,
  look = 'pill',
  className = '',
}: {
  items: readonly T[];
  value: T;
  onChange: (item: T) => void;
  label: (item: T) => ReactNode;
  look?: keyof typeof STYLES;
  className?: string;
}) {
  return (
    <div className={`${STYLES[look].list} ${className}`} role="tablist">
      {items.map((item) => (
        <button
          key={item}
          type="button"
          role="tab"
          aria-selected={value === item}
          className={STYLES[look].tab(value === item)}
          onClick={() => onChange(item)}
        >
          {label(item)}
        </button>
      ))}
    </div>
  );
}

/** The pill look for a toggle button outside a tablist (aria-pressed), e.g. a period preset. */
export const pillClass = STYLES.pill.tab;
