'use client';

import { useEffect } from 'react';
import { GeistSans } from 'geist/font/sans';
import en from '@/messages/en/pages.json';
import zhCN from '@/messages/zh-CN/pages.json';
import './globals.css';

// Replaces the root layout when the root layout itself fails, so neither the session nor
// the locale can be trusted here: the message is shown in both languages, from the same
// catalogue. Never the error's text or stack.
const MESSAGES = [
  { lang: 'en', text: en.error },
  { lang: 'zh-CN', text: zhCN.error },
] as const;

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen font-sans">
        <title>{`${en.error.title} · ${zhCN.error.title}`}</title>
        <main className="mx-auto max-w-xl space-y-8 px-4 py-16 text-center">
          {MESSAGES.map(({ lang, text }) => (
            <section key={lang} lang={lang}>
              <h1 className="text-2xl font-semibold text-slate-900">{text.title}</h1>
              <p className="mt-3 text-sm text-slate-600">{text.body}</p>
            </section>
          ))}
          <div className="flex flex-wrap justify-center gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex h-10 items-center gap-1.5 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
            >
              <span>{en.error.retry}</span>
              <span aria-hidden="true">·</span>
              <span lang="zh-CN">{zhCN.error.retry}</span>
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is the point: the app's own navigation is what failed */}
            <a href="/" className="inline-flex h-10 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-100">
              <span>{en.error.home}</span>
              <span aria-hidden="true">·</span>
              <span lang="zh-CN">{zhCN.error.home}</span>
            </a>
          </div>
          {digest ? <p className="font-mono text-xs text-slate-400">{en.error.reference.replace('{digest}', digest)}</p> : null}
        </main>
      </body>
    </html>
  );
}
