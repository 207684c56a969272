/** `setValueAs` for react-hook-form: an empty select or number input is null, anything else a number. */
export const toNumberOrNull = (v: unknown) => (v === '' || v == null ? null : Number(v));

/** `setValueAs` for a select whose empty option means "none". */
export const toTextOrNull = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** react-hook-form's nested errors as `path → message` (`milestones.2.plannedDate`), for row editors. */
export function flatErrors(errors: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!errors || typeof errors !== 'object') return out;
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message: unknown = (value as { message?: unknown }).message;
    if (typeof message === 'string') out[path] = message;
    Object.assign(out, flatErrors(value, path));
  }
  return out;
}
