import { useId, type ReactNode } from 'react';

type FieldProps = {
  label: string;
  /** The control's id, when something else must point at it; generated otherwise. */
  id?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({ label, id: givenId, error, hint, children }: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  inputId?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
};

export function TextField({ label, value, onChange, error, hint, multiline, rows = 3, maxLength, placeholder, inputId, autoFocus, readOnly, onKeyDown }: TextFieldProps) {
  return (
    <Field label={label} id={inputId} error={error} hint={hint}>
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            className="input grows"
            rows={rows}
            value={value}
            maxLength={maxLength}
            placeholder={placeholder}
            readOnly={readOnly}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
          />
        ) : (
          <input
            {...props}
            className="input"
            type="text"
            value={value}
            maxLength={maxLength}
            placeholder={placeholder}
            readOnly={readOnly}
            autoFocus={autoFocus}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
          />
        )
      }
    </Field>
  );
}

type SelectFieldProps = {
  label: string;
  /** The list's id, when something else must point at it; generated otherwise. */
  id?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  choices: readonly { value: string; label: string }[];
  /** A first choice with the empty value, labelled so (« — » while nothing is chosen, « Tous les cycles » for a filter); none when a value is always chosen. */
  empty?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
};

/** A labelled list to choose from (the browser's own `select`: keyboard, screen readers and type-ahead as every user knows them). */
export function SelectField({ label, id, value, onChange, choices, empty, error, hint }: SelectFieldProps) {
  return (
    <Field label={label} id={id} error={error} hint={hint}>
      {(props) => (
        <select {...props} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
