'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * True when a key press belongs to what the user is typing or choosing: a text box, a
 * select (letters pick options there), anything editable. Shortcuts never fire then.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * A single-letter shortcut for the whole page (no modifier keys). Ignored while the user
 * types in a field, while an IME composes, and when another handler already took the key.
 */
export function useKeyboardShortcut(key: string, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.toLowerCase() !== key.toLowerCase()) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}

/**
 * Enter submits the form from a select too (browsers submit on Enter only from text
 * inputs), and Ctrl/⌘+Enter from a text area, where Enter alone starts a new line.
 */
export function submitOnEnter(event: React.KeyboardEvent<HTMLSelectElement | HTMLTextAreaElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const isTextArea = event.currentTarget instanceof HTMLTextAreaElement;
  if (isTextArea && !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/**
 * False until the page's script runs: shortcuts exist only from then on. Components mark
 * themselves `data-keyboard="ready"` with it, so a user (or a test) can tell a key press
 * will be heard.
 */
export function useKeyboardReady(): boolean {
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the point is to flip after hydration
  useEffect(() => setReady(true), []);
  return ready;
}
