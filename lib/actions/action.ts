// The one wrapper every server action goes through:
//   authenticate → authorize against the policy table → safeParse → run → revalidate →
//   redirect (outside try/catch, because redirect() works by throwing).
// Every action is a public endpoint, so these checks run here, inside, whatever the page
// or the proxy already checked.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getSessionUser, type SessionUser } from '../auth/session';
import { can, type Action } from '../authz/policy';
import { getServerTranslator } from '../i18n/server';
import { MESSAGES } from '../i18n/messages';
import { requestMeta, type RequestMeta } from '../request-meta';
import type { ActionState } from './action-state';

/**
 * A failure the user can act on: shown at a field, or above the form. Message keys are
 * catalogue keys under `errors.`, or a feature namespace's own key written in full
 * (e.g. `filing.errors.listingsUnknown`: see `isQualifiedKey`).
 */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = 'ActionError';
  }
}

/**
 * Whether a message key names its own catalogue namespace (`filing.…`), so a feature keeps
 * its messages in its own namespace instead of the shared `errors`/`validation` files.
 * `errors` and `validation` stay implicit for the keys written before this existed.
 */
function isQualifiedKey(key: string): boolean {
  const namespace = key.split('.', 1)[0]!;
  return key.includes('.') && namespace !== 'errors' && Object.hasOwn(MESSAGES.en, namespace);
}

const SECRET_FIELDS = /password|secret|token/i;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || SECRET_FIELDS.test(key)) continue;
    values[key] = value;
  }
  return values;
}

function formInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key);
    input[key] = all.length > 1 ? all : all[0];
  }
  return input;
}

export interface ActionContext {
  user: SessionUser;
  meta: RequestMeta;
}

type Outcome = { redirectTo?: string; success?: string } | void;

interface Definition<S extends z.ZodType, U> {
  schema: S;
  run: (input: z.output<S>, ctx: { user: U; meta: RequestMeta }) => Promise<Outcome>;
  /** Paths whose cached pages this action changes. */
  revalidate?: string[];
}

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** An action for signed-in users whose role the policy table allows `permission`. */
export function defineAction<S extends z.ZodType>(
  definition: Definition<S, SessionUser> & { permission: Action },
): FormAction {
  return wrap(definition.permission, definition);
}

/** An action anyone may call (sign-up, locale before sign-in). Still validated and audited. */
export function definePublicAction<S extends z.ZodType>(definition: Definition<S, SessionUser | null>): FormAction {
  return wrap(null, definition);
}

function wrap<S extends z.ZodType>(
  permission: Action | null,
  definition: Definition<S, SessionUser> | Definition<S, SessionUser | null>,
): FormAction {
  return async (_prev, formData) => {
    const values = formValues(formData);
    const t = await getServerTranslator();
    const user = await getSessionUser();
    if (permission !== null) {
      if (!user) return { fieldErrors: {}, formError: t('errors.signedOut'), values };
      if (!can(user.role, permission)) return { fieldErrors: {}, formError: t('errors.forbidden'), values };
    }
    const parsed = definition.schema.safeParse(formInput(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '_form');
        // Schemas carry catalogue keys as messages (lib/validations); translate them here.
        const message = issue.message.startsWith('validation.') || isQualifiedKey(issue.message) ? t(issue.message as never) : issue.message;
        (fieldErrors[field] ??= []).push(message);
      }
      const { _form, ...rest } = fieldErrors;
      return { fieldErrors: rest, formError: _form?.[0] ?? t('errors.checkFields'), values };
    }
    let outcome: Outcome;
    try {
      const run = definition.run as Definition<S, SessionUser | null>['run'];
      outcome = await run(parsed.data, { user, meta: await requestMeta() });
    } catch (error) {
      if (error instanceof ActionError) {
        const key = isQualifiedKey(error.messageKey) ? error.messageKey : `errors.${error.messageKey}`;
        const message = t(key as never, error.params as never);
        return error.field
          ? { fieldErrors: { [error.field]: [message] }, formError: null, values }
          : { fieldErrors: {}, formError: message, values };
      }
      console.error('Server action failed', error);
      return { fieldErrors: {}, formError: t('errors.unexpected'), values };
    }
    for (const path of definition.revalidate ?? []) revalidatePath(path);
    if (outcome?.redirectTo) redirect(outcome.redirectTo);
    return { fieldErrors: {}, formError: null, values: {}, success: outcome?.success ?? null };
  };
}
