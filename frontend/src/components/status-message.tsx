import type { ReactNode } from 'react';

/** A polite live region: loading, counts and errors are announced without moving focus. */
export function StatusMessage({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {children}
    </div>
  );
}
