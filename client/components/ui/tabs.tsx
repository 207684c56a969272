import type { ReactNode } from 'react';

const STYLES = {
  /** Page sections: an underlined row of tabs. */
  line: {
    list: 'flex gap-2 border-b border-slate-200',
    tab: (on: boolean) =>
      `-mb-px border-b-2 px-3 py-2 text-sm font-medium ${on ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-500 hover:text-slate-800'}`,
  },
  /** Filters of a list with counts: round chips. */
  chip: {
    list: 'flex flex-wrap items-center gap-2',
    tab: (on: boolean) =>
      `rounded-full px-3 py-1 text-sm ${on ? 'bg-slate-800 text-white' : 'bg-slate-100 text-slate-600 hover:bg-slate-200'}`,
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
  children,
}: {
  items: readonly T[];
  value: T;
  onChange: (item: T) => void;
  label: (item: T) => ReactNode;
  look?: keyof typeof STYLES;
  className?: string;
  /** Shown after the tabs, in the same row (a note, a count). */
  children?: ReactNode;
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
      {children}
    </div>
  );
}

/** The pill look for a toggle button outside a tablist (aria-pressed), e.g. a period preset. */
export const pillClass = STYLES.pill.tab;
