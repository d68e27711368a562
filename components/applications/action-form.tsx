'use client';

// One small form for the right-to-sell screens (journey 3): each form there is a handful of
// fields posted to one server action. Errors sit beside their fields (aria-describedby),
// values come back after an error, the submit button is disabled while pending. Control ids
// are prefixed with the form's `id`, since several forms share a page (an invoice and a
// letter both have a document and an issuer).
import { useActionState, type ReactNode } from 'react';
import { FileUpload } from '@/components/documents/file-upload';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import type { DocumentKind } from '@/lib/generated/prisma/enums';
import { cn } from '@/lib/cn';

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

interface Base {
  name: string;
  label: string;
  hint?: string;
}

export type FieldSpec =
  | (Base & { type: 'text' | 'date' | 'number'; defaultValue?: string; min?: number })
  | (Base & { type: 'textarea'; defaultValue?: string; rows?: number })
  | (Base & { type: 'select'; options: { value: string; label: string }[]; defaultValue?: string })
  | (Base & { type: 'file'; kind: DocumentKind })
  | (Base & { type: 'checkboxes'; options: { value: string; label: ReactNode }[] })
  /** No control: only the errors the action reports under `name` (a rule over the whole application). */
  | { type: 'errors'; name: string };

const CONTROL =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-500';

function Errors({ id, errors }: { id: string; errors: string[] | undefined }) {
  return errors?.length ? (
    <p id={id} className="text-sm text-red-700" role="alert">
      {errors.join(' ')}
    </p>
  ) : null;
}

function Field({ spec, formId, state }: { spec: FieldSpec; formId: string; state: ActionState }) {
  const errors = state.fieldErrors[spec.name];
  const id = `${formId}-${spec.name}`;
  const errorId = `${id}-error`;
  if (spec.type === 'errors') return <Errors id={errorId} errors={errors} />;
  if (spec.type === 'file') return <FileUpload name={spec.name} kind={spec.kind} label={spec.label} errors={errors} hint={spec.hint} />;
  const hintId = spec.hint ? `${id}-hint` : null;
  const describedBy = [errors?.length ? errorId : null, hintId].filter(Boolean).join(' ') || undefined;
  const invalid = errors?.length ? true : undefined;
  if (spec.type === 'checkboxes') {
    const ticked = new Set((state.values[spec.name] ?? '').split(','));
    return (
      <fieldset className="space-y-2" aria-describedby={describedBy}>
        <legend className="text-sm font-medium text-slate-800">{spec.label}</legend>
        {spec.options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name={spec.name} value={o.value} defaultChecked={ticked.has(o.value)} className="mt-0.5 accent-brand-600" />
            <span>{o.label}</span>
          </label>
        ))}
        {spec.hint ? <p id={hintId!} className="text-xs text-slate-500">{spec.hint}</p> : null}
        <Errors id={errorId} errors={errors} />
      </fieldset>
    );
  }
  const value = state.values[spec.name] ?? spec.defaultValue ?? '';
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {spec.label}
      </label>
      {spec.type === 'textarea' ? (
        <textarea key={value} id={id} name={spec.name} rows={spec.rows ?? 3} defaultValue={value} aria-invalid={invalid} aria-describedby={describedBy} className={CONTROL} />
      ) : spec.type === 'select' ? (
        <select key={value} id={id} name={spec.name} defaultValue={value} aria-invalid={invalid} aria-describedby={describedBy} className={CONTROL}>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          key={value}
          id={id}
          name={spec.name}
          type={spec.type}
          defaultValue={value}
          {...(spec.min !== undefined ? { min: spec.min } : {})}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={CONTROL}
        />
      )}
      {spec.hint ? (
        <p id={hintId!} className="text-xs text-slate-500">
          {spec.hint}
        </p>
      ) : null}
      <Errors id={errorId} errors={errors} />
    </div>
  );
}

export interface ActionFormProps {
  id: string;
  action: FormAction;
  title?: string;
  intro?: string;
  hidden?: Record<string, string | number>;
  fields?: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Several submit buttons (e.g. confirm / deny), each posting `name=value`. */
  choices?: { name: string; value: string; label: string; variant?: 'primary' | 'secondary' | 'danger' }[];
  className?: string;
}

export function ActionForm({ id, action, title, intro, hidden = {}, fields = [], submitLabel, pendingLabel, variant = 'primary', choices, className }: ActionFormProps) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} noValidate className={cn('space-y-4', className)} aria-labelledby={title ? `${id}-title` : undefined} aria-label={title ? undefined : submitLabel}>
      {title ? (
        <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {title}
        </h3>
      ) : null}
      {intro ? <p className="text-sm text-slate-600">{intro}</p> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {fields.map((spec) => (
        <Field key={spec.name} spec={spec} formId={id} state={state} />
      ))}
      <Alert tone="error">{state.formError}</Alert>
      {state.success ? <Alert tone="success">{state.success}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {choices ? (
          choices.map((c) => (
            <SubmitButton key={c.value} name={c.name} value={c.value} variant={c.variant ?? 'primary'} pendingLabel={pendingLabel}>
              {c.label}
            </SubmitButton>
          ))
        ) : (
          <SubmitButton variant={variant} pendingLabel={pendingLabel}>
            {submitLabel}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
