import { type ReactNode, useId } from 'react';

/**
 * A labelled form control with its error message underneath, tied together for screen readers. `hint`
 * is a standing note under the control (why a locked field cannot be changed).
 */
export function Field({
  label,
  error,
  hint,
  required,
  children,
  className = '',
}: {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      {/* The required star is drawn by CSS so it is not part of the label's text or accessible name. */}
      <label
        htmlFor={id}
        className={`text-sm font-medium text-slate-700 ${required ? "after:ml-0.5 after:text-brand-600 after:content-['*']" : ''}`}
      >
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-amber-700" data-testid="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500';
