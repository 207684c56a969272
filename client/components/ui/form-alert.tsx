import type { FieldErrors, FieldValues } from 'react-hook-form';

/** A form's message that belongs to no field (set by useFormSubmit with `inline`), above its buttons. */
export function FormAlert<T extends FieldValues>({
  errors,
  className = '',
}: {
  errors: FieldErrors<T>;
  className?: string;
}) {
  const message = errors.root?.server?.message;
  if (!message) return null;
  return (
    <p role="alert" className={`text-sm text-red-600 ${className}`}>
      {message}
    </p>
  );
}
