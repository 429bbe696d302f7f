import { Link } from './Link';

/** What a screen shows when the record it was opened for no longer exists: a message and a way back. */
export function NotFound({ message, back }: { message: string; back: string }) {
  return (
    <div className="screen">
      <p role="alert">{message}</p>
      <Link to={{ screen: 'team' }}>{back}</Link>
    </div>
  );
}
