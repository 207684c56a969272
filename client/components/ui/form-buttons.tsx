import { useTranslation } from 'react-i18next';
import { Button } from './button';

/** 取消 and the submit button at the foot of a form; the submit says 保存中… while it runs. */
export function FormButtons({
  label,
  pending,
  onCancel,
  cancelLabel,
  className = 'mt-2',
}: {
  label: string;
  pending: boolean;
  onCancel: () => void;
  cancelLabel?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`flex justify-end gap-2 ${className}`}>
      <Button onClick={onCancel}>{cancelLabel ?? t('common.cancel')}</Button>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? t('common.saving') : label}
      </Button>
    </div>
  );
}
