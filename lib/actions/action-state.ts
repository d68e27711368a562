// The one shape every form's server action returns. Forms render `fieldErrors` beside their
// fields, `formError` above the submit button, and refill inputs from `values` so nothing
// the user typed is lost on an error.
export interface ActionState {
  fieldErrors: Record<string, string[] | undefined>;
  formError: string | null;
  values: Record<string, string>;
  /** Set by actions that stay on the page after success (e.g. a saved-message banner). */
  success?: string | null;
}

export const initialActionState: ActionState = { fieldErrors: {}, formError: null, values: {} };
