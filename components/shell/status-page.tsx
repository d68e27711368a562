import type { ReactNode } from 'react';

/** The body of the 403 / 404 / error pages: a code, a plain sentence, and where to go next. */
export function StatusMessage({ code, title, children, actions }: { code?: string; title: string; children?: ReactNode; actions: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      {code ? <p className="text-sm font-semibold tracking-widest text-brand-600">{code}</p> : null}
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{title}</h1>
      {children ? <div className="mt-3 text-sm text-slate-600">{children}</div> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>
    </div>
  );
}
