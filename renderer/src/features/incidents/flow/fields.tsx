// Form controls for the flow's pages, with stable ids so the error summary can link to each field.
import type { ReactNode } from 'react';
import { Icon } from '../../../ui/Icon';

export const fieldId = (name: string) => `f-${name}`;

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="hint" id={id}>
      {children}
    </span>
  );
}

function ErrorText({ id, message }: { id: string; message: string }) {
  return (
    <span className="error" id={id}>
      <Icon name="warning" size={16} /> {message}
    </span>
  );
}

const describedBy = (name: string, hint: unknown, error: unknown) =>
  [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

interface TextInputProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'date' | 'tel';
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  onEnter?: () => void;
}

export function TextInput({ name, label, value, onChange, hint, error, type = 'text', multiline, rows, maxLength, onEnter }: TextInputProps) {
  const id = fieldId(name);
  const common = {
    id,
    name,
    value,
    maxLength,
    'aria-describedby': describedBy(name, hint, error),
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorText id={`${id}-error`} message={error} /> : null}
      {multiline ? (
        <textarea {...common} rows={rows ?? 4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={
            onEnter
              ? (e) => {
                  // Inside the page's form, Enter here means "add this", not "continue".
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    onEnter();
                  }
                }
              : undefined
          }
        />
      )}
    </div>
  );
}

interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface ChoiceProps<T extends string> {
  name: string;
  /** The question. Left out when the page heading is the question: pass `labelledBy` instead. */
  legend?: string;
  labelledBy?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly Option<T>[];
  inline?: boolean;
  /** Extra content revealed under the chosen option (GOV.UK "conditional reveal"). */
  reveal?: (value: T) => ReactNode;
}

function ChoiceShell({ name, legend, labelledBy, hint, error, inline, children }: Omit<ChoiceProps<string>, 'options' | 'reveal'> & { children: ReactNode }) {
  const id = fieldId(name);
  return (
    <fieldset
      className={`choices${inline ? ' inline' : ''}${error ? ' has-error' : ''}`}
      aria-labelledby={legend ? undefined : labelledBy}
      aria-describedby={describedBy(name, hint, error)}
    >
      {legend ? <legend>{legend}</legend> : null}
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorText id={`${id}-error`} message={error} /> : null}
      <div className="choice-list">{children}</div>
    </fieldset>
  );
}

/** One radio button or checkbox with its label and hint; the first option takes the field's id, so the error summary lands on it. */
function Choice<T extends string>(props: {
  type: 'radio' | 'checkbox';
  name: string;
  option: Option<T>;
  first: boolean;
  checked: boolean;
  onChange: () => void;
  children?: ReactNode;
}) {
  const { type, name, option: o, first, checked, onChange, children } = props;
  const id = first ? fieldId(name) : `${fieldId(name)}-${o.value}`;
  return (
    <div className="choice">
      <input type={type} id={id} name={name} value={o.value} checked={checked} onChange={onChange} aria-describedby={o.hint ? `${id}-h` : undefined} />
      <label htmlFor={id}>{o.label}</label>
      {o.hint ? (
        <span className="choice-hint" id={`${id}-h`}>
          {o.hint}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export function RadioGroup<T extends string>(props: ChoiceProps<T> & { value: T | null; onChange: (value: T) => void }) {
  const { name, options, value, onChange, reveal } = props;
  return (
    <ChoiceShell {...props}>
      {options.map((o, i) => (
        <Choice key={o.value} type="radio" name={name} option={o} first={i === 0} checked={value === o.value} onChange={() => onChange(o.value)}>
          {reveal && value === o.value ? <div className="reveal">{reveal(o.value)}</div> : null}
        </Choice>
      ))}
    </ChoiceShell>
  );
}

export function CheckboxGroup<T extends string>(props: ChoiceProps<T> & { values: readonly T[]; onChange: (values: T[]) => void }) {
  const { name, options, values, onChange } = props;
  return (
    <ChoiceShell {...props}>
      {options.map((o, i) => {
        const checked = values.includes(o.value);
        return (
          <Choice
            key={o.value}
            type="checkbox"
            name={name}
            option={o}
            first={i === 0}
            checked={checked}
            onChange={() => onChange(checked ? values.filter((v) => v !== o.value) : [...values, o.value])}
          />
        );
      })}
    </ChoiceShell>
  );
}

export function SelectInput({
  name,
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (v: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorText id={`${id}-error`} message={error} /> : null}
      <select
        id={id}
        name={name}
        value={value}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GOV.UK's error summary: what is missing, each linking to its field. Focused when it appears. */
export function ErrorSummary({ title, errors, summaryRef }: { title: string; errors: Record<string, string>; summaryRef: React.Ref<HTMLDivElement> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        <Icon name="warning" /> {title}
      </h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              onClick={(e) => {
                // Hash links would change the route; move focus to the field instead.
                e.preventDefault();
                document.getElementById(fieldId(field))?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
