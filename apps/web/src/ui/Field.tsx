import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** What a control needs to be named by its label and described by its error and hint. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

function describedBy(id: string, error: string | undefined, hint: ReactNode) {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

/** The error and hint under a control, with the ids its aria-describedby names. */
function FieldMessages({ id, error, hint }: { id: string; error: string | undefined; hint: ReactNode }) {
  return (
    <>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

/** A labelled control with its error and hint right below it; a screen reader reads both with the control. */
export function Field({
  label,
  error,
  hint,
  className = 'field',
  children,
}: {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, error, hint) })}
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

type InputFieldProps = {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'>;

/** A labelled text, e-mail, date… <input> for a string value, with its error and hint. */
export function InputField({ label, error, hint, value, onChange, ...input }: InputFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <input {...control} {...input} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

/** A labelled whole-number <input> (a string while typed, so an empty box stays empty), with its error and hint. */
export function NumberField(props: Omit<InputFieldProps, 'type' | 'inputMode'>) {
  return <InputField type="number" inputMode="numeric" {...props} />;
}

/** Radio buttons or checkboxes under a legend, with the group's error and hint. */
export function ChoiceGroup({
  legend,
  error,
  hint,
  children,
}: {
  legend: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={describedBy(id, error, hint)}>
      <legend>{legend}</legend>
      <div className="choice-group__choices">{children}</div>
      <FieldMessages id={id} error={error} hint={hint} />
    </fieldset>
  );
}

/** A single checkbox with its label beside it, and its error and hint below. */
export function CheckboxField({
  label,
  checked,
  onChange,
  error,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
        />
        {label}
      </label>
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}
