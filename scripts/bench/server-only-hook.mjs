// Loaded with --import by npm run bench: lets the bench import lib/data/* outside a React
// Server Components build. The real 'server-only' throws unless imported under the
// react-server condition, and that condition breaks next/navigation (it needs React's
// client build); the tests alias it the same way (vitest.config.ts).
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true, format: 'module' };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
