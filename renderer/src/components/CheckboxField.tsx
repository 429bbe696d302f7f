import type { ReactNode } from 'react';

type Props = {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  children: ReactNode;
  isDisabled?: boolean | undefined;
  /** Ids of hints that explain the choice. */
  describedBy?: string | undefined;
  className?: string | undefined;
};

/**
 * The app's one checkbox: a native input inside its label (visually hidden,
 * so it is a real checkbox to forms, tests and readers, and the label's click
 * and the space bar toggle it), with the box drawn by CSS from `:checked`,
 * `:disabled` and `:focus-visible`. Native rather than react-aria's: the team
 * screen, drawn first, then loads no react-aria at all.
 *
 * Checkbox, not Switch, everywhere: every on/off in Jalon is either a value of a
 * form that is saved with it (limited leadership, unencrypted backup, guided
 * note), an acknowledgement, a pick in a list (journal notes, team columns) or a
 * filter of the current view (archived people, drafts in the heat map). None is
 * a setting that takes effect on its own, which is what a switch announces; one
 * kind of control keeps them all alike.
 */
export function CheckboxField({ isSelected, onChange, children, isDisabled, describedBy, className }: Props) {
  return (
    <label className={className ? `checkbox ${className}` : 'checkbox'}>
      <input
        type="checkbox"
        className="visually-hidden"
        checked={isSelected}
        disabled={isDisabled ?? false}
        onChange={(event) => onChange(event.currentTarget.checked)}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
      {/* The tick is drawn by CSS, so the label's text stays the words alone. */}
      <span className="checkbox-box" aria-hidden="true" />
      <span>{children}</span>
    </label>
  );
}
