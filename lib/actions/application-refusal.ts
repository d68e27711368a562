// The right-to-sell data layer answers refusals as data (a catalogue key, a field, values);
// the actions turn them into the wrapper's ActionError so they show at that field.
import 'server-only';
import type { ApplicationChange } from '../data/applications';
import { ActionError } from './action';

export function throwIfRefused(change: ApplicationChange): asserts change is Extract<ApplicationChange, { ok: true }> {
  if (!change.ok) throw new ActionError(change.key, change.field, change.params);
}
