import type { ReactNode } from 'react';
import { useUiStore } from '../store';
import { formatRoute, type Route } from '../store/routes';

/** An in-app link: a real `<a href>` (middle-click, screen readers) that navigates without reloading. */
export function Link({ to, children, className }: { to: Route; children: ReactNode; className?: string }) {
  const navigate = useUiStore((state) => state.navigate);
  return (
    <a
      href={formatRoute(to)}
      className={className}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
