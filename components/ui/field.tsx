import { Label } from 'radix-ui';
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';

const CONTROL =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-600 aria-[invalid=true]:border-red-500';

interface FieldProps {
  name: string;
  /** The control's id when one form is repeated on a page (e.g. once per item); defaults to `name`. */
  id?: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  className?: string;
}

function describedBy(name: string, errors: string[] | undefined, hint: ReactNode) {
  const ids = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ name, label, errors, hint, className, children }: FieldProps & { children: ReactNode }) {
  // `name` here is the control's id (see TextAreaField): labels and messages hang off it.
  return (
    <div className={cn('space-y-1', className)}>
      <Label.Root htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </Label.Root>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose errors sit beside it and are announced (aria-describedby). */
export function TextField({ name, label, errors, hint, className, ...input }: FieldProps & ComponentProps<'input'>) {
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} className={className}>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={CONTROL}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  className,
  options,
  ...select
}: FieldProps & ComponentProps<'select'> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} className={className}>
      <select
        // React applies a select's defaultValue only when it mounts, and a form action resets
        // the form afterwards: without a remount, a value sent back after an error (nothing
        // typed is lost) would snap back to the first default.
        key={String(select.defaultValue ?? '')}
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={CONTROL}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({ name, id = name, label, errors, hint, className, ...area }: FieldProps & ComponentProps<'textarea'>) {
  return (
    <FieldFrame name={id} label={label} errors={errors} hint={hint} className={className}>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={CONTROL}
        {...area}
      />
    </FieldFrame>
  );
}
