import type { ReactNode } from 'react';

/**
 * Text as people typed it (a name, a note): shown as is in every language. The mark tells the
 * English-page test that Chinese here is data, not a missing translation (decision 113); an element
 * that holds only such text carries `data-user-text` itself instead.
 */
export function UserText({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span data-user-text="" className={className}>
      {children}
    </span>
  );
}

/**
 * A translated sentence around one piece of user text, which comes back marked:
 * `withUserText((name) => t('leaders.desk.titleOf', { name }), leader.displayName)`.
 */
export function withUserText(sentence: (placeholder: string) => string, value: string): ReactNode {
  const [before, after = ''] = sentence('\u0001').split('\u0001');
  return (
    <>
      {before}
      <UserText>{value}</UserText>
      {after}
    </>
  );
}
