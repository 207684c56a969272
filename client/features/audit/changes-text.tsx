import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { type AuditNames, type Reader, readableChanges } from './readable';

/** The catalogue, formatters and names an audit row is read with, in the chosen language. */
export function useAuditReader(names: AuditNames | undefined): Reader {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  return {
    t: (key, options) => t(key, options ?? {}),
    exists: (key) => i18n.exists(key),
    money: fmt.money,
    date: fmt.date,
    dateTime: fmt.dateTime,
    names: names ?? { users: {}, units: {}, projects: {} },
  };
}

/**
 * An audit row's changes as the office reads them: field labels, labelled values, 万元, dates and
 * people by name, "before → after" for edits; the raw record stays one click away.
 */
export function ChangesText({
  reader,
  action,
  changes,
}: {
  reader: Reader;
  action: string;
  changes: unknown;
}) {
  const lines = readableChanges(reader, action, changes);
  if (changes == null) return <span className="text-slate-400">—</span>;
  return (
    <div className="flex flex-col gap-1">
      {lines.length > 0 && (
        <ul className="flex flex-col gap-0.5">
          {lines.map((l) => (
            <li key={l.field} className="break-words">
              <span className="text-slate-500">
                {l.label}
                {reader.t('punct.colon')}
              </span>
              {l.value !== undefined ? (
                <span data-user-text="">{l.value}</span>
              ) : (
                <>
                  <span className="text-red-700 line-through decoration-red-300" data-user-text="">
                    {l.before}
                  </span>
                  {' → '}
                  <span className="text-emerald-700" data-user-text="">
                    {l.after}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {lines.length === 0 && typeof changes !== 'object' && (
        <span>{typeof changes === 'string' ? changes : JSON.stringify(changes)}</span>
      )}
      <details className="text-xs text-slate-400">
        <summary className="cursor-pointer select-none">{reader.t('audit.raw')}</summary>
        <pre
          data-user-text=""
          className="mt-1 max-w-xl overflow-x-auto font-mono whitespace-pre-wrap break-all text-slate-500"
        >
          {JSON.stringify(changes, null, 2)}
        </pre>
      </details>
    </div>
  );
}
