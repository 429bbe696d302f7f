import type { ReactNode } from 'react';

/**
 * A link past what comes before it, to the element whose id is `to`, for the keyboard: focus moves
 * there (the element takes focus: `tabIndex={-1}` at least) and the address stays as it is. A plain
 * `href="#main"` would not do: routes live in the hash, and `#main` reads as no route, the team's.
 */
export function SkipLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(to)?.focus();
      }}
    >
      {children}
    </a>
  );
}
