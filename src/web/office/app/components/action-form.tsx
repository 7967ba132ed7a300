import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../../ui';
import { FormError } from './form-error';

/**
 * One action on a record's page (answer an inquiry, accept an order): a titled form that shows the server's error
 * above its fields and sends on submit. `className` is the feature's own section style.
 */
export function ActionForm(props: { id: string; title: string; submit: string; error: unknown; busy: boolean; shown: string[]; onSubmit: () => void; children?: ReactNode; variant?: 'primary' | 'danger'; className?: string }) {
  return (
    <section className={props.className} aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <form noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); props.onSubmit(); }}>
        <FormError error={props.error} shownFields={props.shown} />
        {props.children}
        <div className="button-row">
          <Button type="submit" variant={props.variant ?? 'primary'} busy={props.busy}>
            {props.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
