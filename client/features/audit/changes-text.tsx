const text = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : (JSON.stringify(v) ?? '');

/** An audit row's changes, readable: "field: before → after" for diffs, key: value otherwise. */
export function ChangesText({ changes }: { changes: unknown }) {
  if (changes == null) return <span className="text-slate-400">—</span>;
  if (typeof changes !== 'object') return <span>{text(changes)}</span>;
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '∅' : text(v));
  return (
    <ul className="flex flex-col gap-0.5">
      {Object.entries(changes as Record<string, unknown>).map(([key, value]) => (
        <li key={key} className="break-all">
          <span className="font-mono text-xs text-slate-500">{key}</span>{' '}
          {Array.isArray(value) && value.length === 2 ? (
            <>
              <span className="text-red-700 line-through decoration-red-300">{show(value[0])}</span> →{' '}
              <span className="text-emerald-700">{show(value[1])}</span>
            </>
          ) : (
            <span>{show(value)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
