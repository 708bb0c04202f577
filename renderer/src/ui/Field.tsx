// Labelled form fields with hints and errors tied to the control, so screen readers announce them.
import { type ChangeEvent, type ReactNode, useId } from 'react';
import { Icon } from './Icon';

interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

export function FieldShell({ label, hint, error, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error ? (
        <span className="error" id={errorId} role="alert">
          <Icon name="warning" size={16} /> {error}
        </span>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' | 'datetime-local' | 'search';
  multiline?: boolean;
  rows?: number;
  autoFocus?: boolean;
  name?: string;
  placeholder?: string;
  onBlur?: () => void;
}

export function TextField({ label, value, onChange, hint, error, type = 'text', multiline, rows, autoFocus, name, placeholder, onBlur }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          name,
          value,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          autoFocus,
          placeholder,
          onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
          onBlur,
        };
        return multiline ? <textarea {...common} rows={rows ?? 4} /> : <input {...common} type={type} />;
      }}
    </FieldShell>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string | undefined;
  name?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, hint, error, name }: SelectFieldProps<T>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
