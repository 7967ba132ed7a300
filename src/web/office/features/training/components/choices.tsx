import { useId } from 'react';

/** A group of checkboxes (several of a list), its legend, and the server's message for it. */
export function Choices(props: { legend: string; name: string; options: { code: string; label: string }[]; value: string[]; error?: string; onChange: (value: string[]) => void }) {
  const id = useId();
  return (
    <fieldset className="training-choices" aria-describedby={props.error ? `${id}-error` : undefined} aria-invalid={props.error ? true : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.code}>
          <input type="checkbox" name={props.name} value={o.code} checked={props.value.includes(o.code)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.value, o.code] : props.value.filter((v) => v !== o.code))} />
          {o.label}
        </label>
      ))}
      {props.error ? <p id={`${id}-error`} className="dt-field__error">{props.error}</p> : null}
    </fieldset>
  );
}
