/**
 * A labelled form field with help text and an error slot, wired for assistive technology:
 * the input is described by its help and error, and marked invalid while an error shows.
 */
import { useId, type ReactNode } from 'react';
import { WarningIcon } from './icons';

export interface FieldRenderProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

export interface FieldProps {
  label: string;
  help?: string;
  error?: string | null;
  /** Text after the input, e.g. a unit. */
  suffix?: string;
  children: (props: FieldRenderProps) => ReactNode;
}

export function Field({ label, help, error, suffix, children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': Boolean(error) })}
        {suffix && <span className="field__suffix">{suffix}</span>}
      </div>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          <WarningIcon size={16} />
          <span>{error}</span>
        </p>
      )}
      {help && (
        <p className="field__help" id={helpId}>
          {help}
        </p>
      )}
    </div>
  );
}
