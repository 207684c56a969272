import { type ReactNode, useState } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

/** A table whose headers sort it (click again to reverse); numbers right-aligned. */
export function SortableTable<T>({
  columns,
  rows,
  rowKey,
  label,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  label: string;
}) {
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const col = columns.find((c) => c.key === sort?.key);
  const sorted = col
    ? [...rows].sort((a, b) => {
        const x = col.value(a);
        const y = col.value(b);
        const cmp =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x ?? '').localeCompare(String(y ?? ''), 'zh-CN');
        return sort!.desc ? -cmp : cmp;
      })
    : rows;
  return (
    <table className="review-table w-full text-sm" aria-label={label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              className={c.numeric ? 'text-right' : 'text-left'}
              aria-sort={sort?.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
            >
              <button
                type="button"
                className="inline-flex items-center gap-1 hover:text-slate-900 print:hidden"
                onClick={() =>
                  setSort((s) => ({ key: c.key, desc: s?.key === c.key ? !s.desc : c.numeric === true }))
                }
              >
                {c.header}
                <span className="text-slate-400">{sort?.key === c.key ? (sort.desc ? '▼' : '▲') : '↕'}</span>
              </button>
              {/* On paper plain text: Chromium leaves buttons out of the headings it repeats on each page. */}
              <span className="hidden print:inline">{c.header}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={rowKey(r)}>
            {columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'text-right tabular-nums' : ''}>
                {c.render ? c.render(r) : (c.value(r) ?? '—')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
