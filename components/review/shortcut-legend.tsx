/** The page's keyboard shortcuts, always visible, so nobody has to guess them. */
export function ShortcutLegend({ title, shortcuts, footnote }: { title: string; shortcuts: { key: string; label: string }[]; footnote?: string }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
      <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {shortcuts.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <kbd className="rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs text-slate-800 shadow-sm">{s.key}</kbd>
            <span>{s.label}</span>
          </li>
        ))}
      </ul>
      {footnote ? <p className="mt-2 text-xs text-slate-500">{footnote}</p> : null}
    </section>
  );
}
