// Stands in for the 'server-only' package under Vitest: the real one throws when imported
// outside a React Server Components build, which is exactly what tests are.
export {};
