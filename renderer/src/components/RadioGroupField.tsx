import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

export type RadioChoice<V extends string> = {
  value: V;
  label: ReactNode;
};

type Props<V extends string> = {
  /** The visible label of the group (its accessible name). */
  label: string;
  choices: readonly RadioChoice<V>[];
  /** The chosen value; null when nothing is chosen yet. */
  value: V | null;
  onChange: (value: V) => void;
  /** A hint under the choices, announced with the group. */
  description?: string | undefined;
  /** A validation message; marks the group invalid. */
  error?: string | undefined;
  /** Locked (a finalised review, another tab editing): the choice shows but cannot change. */
  isDisabled?: boolean | undefined;
  /** Choices side by side (short labels) or one per line (long ones). */
  orientation?: 'horizontal' | 'vertical';
  /** The native inputs' name, for code that looks the group up in the page. */
  name?: string | undefined;
  className?: string | undefined;
};

/**
 * The app's one radio group: react-aria-components RadioGroup/Radio (arrows move
 * and choose inside the group, Tab leaves it; the native input stays, visually
 * hidden, so forms, print and tests see a real radio), with label, description
 * and error slots, styled like the other controls (`.radio` beside `.checkbox`).
 */
export function RadioGroupField<V extends string>({ label, choices, value, onChange, description, error, isDisabled, orientation = 'horizontal', name, className }: Props<V>) {
  return (
    <RadioGroup
      className={['field', 'radio-group', `radio-group-${orientation}`, className].filter(Boolean).join(' ')}
      orientation={orientation}
      value={value}
      isDisabled={isDisabled ?? false}
      isInvalid={error !== undefined}
      {...(name ? { name } : {})}
      onChange={(next) => {
        const choice = choices.find((candidate) => candidate.value === next);
        if (choice && choice.value !== value) onChange(choice.value);
      }}
    >
      <Label className="field-label">{label}</Label>
      <div className="radio-options">
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            <span>{choice.label}</span>
          </Radio>
        ))}
      </div>
      {description && (
        <Text slot="description" className="hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </RadioGroup>
  );
}
